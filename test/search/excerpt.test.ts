import { describe, expect, test } from 'vitest';
import {
	buildExcerpt,
	excerptSegments,
	matchRanges,
	readableParts,
	resultExcerpt,
	textDirective,
} from '../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { SEARCH_BLOCK_MARKER } from '../../src/lib/search/tokens.ts';
import { fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();

describe('readableParts', () => {
	test('cuts the hidden search block off the visible text and keeps its credits line', () => {
		const content = `正文。 ${SEARCH_BLOCK_MARKER}. qxabcdefg qxabcdefg. 署名 全媒体记者 周琪. 耒阳市`;
		expect(readableParts(content)).toEqual({ visible: '正文。', credits: '署名 全媒体记者 周琪' });
		expect(readableParts('只有正文')).toEqual({ visible: '只有正文', credits: '' });
	});
});

describe('matchRanges', () => {
	test('marks every form of a queried region, and not the same characters in 衡阳日报', () => {
		const query = parseQuery(lexicon, '衡阳市');
		const text = '衡阳日报讯 我市和衡阳的发展';
		expect(matchRanges(lexicon, text, query).map((r) => text.slice(r.start, r.end))).toEqual([
			'我市',
			'衡阳',
		]);
	});

	test('marks literal pieces in traditional text through the character map', () => {
		const query = parseQuery(lexicon, '高质量发展');
		const text = '推動高質量發展，高质量发展';
		expect(matchRanges(lexicon, text, query).map((r) => text.slice(r.start, r.end))).toEqual([
			'高質量發展',
			'高质量发展',
		]);
	});

	test('merges overlapping matches', () => {
		const query = parseQuery(lexicon, '高质量 质量发展');
		expect(matchRanges(lexicon, '高质量发展', query)).toEqual([{ start: 0, end: 5 }]);
	});
});

describe('buildExcerpt', () => {
	test('shows the densest stretch of matches with them marked and the text escaped', () => {
		const text = `${'甲'.repeat(100)}<b>三高四新</b>${'乙'.repeat(100)}`;
		const at = text.indexOf('三高四新');
		const excerpt = buildExcerpt(text, [{ start: at, end: at + 4 }], 40);
		expect(excerpt.html).toContain('&lt;b&gt;<mark>三高四新</mark>&lt;/b&gt;');
		expect(excerpt.html.startsWith('…')).toBe(true);
		expect(excerpt.html.endsWith('…')).toBe(true);
		expect(excerpt.plain).toContain('<b>三高四新</b>');
		expect(excerpt.firstMatch).toBe('三高四新');
	});

	test('shows the opening of the text when nothing matches', () => {
		const excerpt = buildExcerpt('开头的话。', []);
		expect(excerpt).toEqual({
			plain: '开头的话。',
			html: '开头的话。',
			firstMatch: null,
			directive: null,
		});
	});

	test('turns its HTML back into marked and unmarked text', () => {
		expect(excerptSegments('a &lt;<mark>三高</mark>&amp;')).toEqual([
			{ text: 'a <', marked: false },
			{ text: '三高', marked: true },
			{ text: '&', marked: false },
		]);
	});
});

describe('textDirective', () => {
	test('carries the rest of the clause around the match as prefix and suffix', () => {
		const text = '同时，全面落实“三高四新”战略定位，加快推进';
		const at = text.indexOf('三高四新');
		expect(decodeURIComponent(textDirective(text, { start: at, end: at + 4 }))).toBe(
			'全面落实“-,三高四新,-”战略定位',
		);
	});

	test('encodes the characters a directive uses as syntax and drops context cut mid-clause', () => {
		const text = `${'字'.repeat(40)}a-b,c${'字'.repeat(40)}`;
		const at = text.indexOf('a-b,c');
		expect(textDirective(text, { start: at, end: at + 5 })).toBe('a%2Db%2Cc');
	});
});

describe('resultExcerpt', () => {
	test('quotes the credits line when the query matches only there, without a directive', () => {
		const content = `正文没有名字。 ${SEARCH_BLOCK_MARKER}. 署名 全媒体记者 周琪`;
		const excerpt = resultExcerpt(lexicon, content, parseQuery(lexicon, '周琪'));
		expect(excerpt.html).toBe('署名 全媒体记者 <mark>周琪</mark>');
		expect(excerpt.directive).toBeNull();
	});
});
