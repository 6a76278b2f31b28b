import { describe, expect, test } from 'vitest';
import {
	archiveChars,
	buildCharMap,
	formPinyin,
	glossaryUrl,
} from '../../src/lib/search/lexicon-build.ts';
import { findTerms } from '../../src/lib/search/lexicon.ts';
import { firstUnitTable, foldText } from '../../src/lib/search/text.ts';
import { termToken } from '../../src/lib/search/tokens.ts';
import { fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();
const entry = (term: string) => lexicon.data.entries.find((item) => item.term === term);
const terms = (text: string) =>
	findTerms(lexicon, foldText(text, lexicon.data.charMap)).map((span) => span.entry.term);

describe('buildLexicon', () => {
	test('lists every gazetteer region with its short forms, the slogans and the people', () => {
		expect(entry('珠晖区')?.forms.map((form) => form.text)).toEqual(['珠晖区', '珠晖']);
		expect(entry('三高四新')?.kind).toBe('slogan');
		expect(entry('周琪')?.kind).toBe('person');
		expect(entry('魏中发')?.url).toBe('/search/?q=%E9%AD%8F%E4%B8%AD%E5%8F%91');
		expect(entry('周琪')?.url).toBe('/search/?reporter=%E5%91%A8%E7%90%AA');
	});

	test('folds a glossary alias into its entry', () => {
		expect(entry('七大任务')?.forms.map((form) => form.text)).toEqual(['七大任务', '七任务']);
		expect(entry('七任务')).toBeUndefined();
	});

	test('counts the articles that use each entry', () => {
		expect(entry('三高四新')?.articles).toBe(1);
		expect(entry('衡阳市')?.articles).toBe(1);
		expect(entry('耒阳市')?.articles).toBe(1);
		expect(entry('祁东县')?.articles).toBe(0);
	});

	test('gives every region and slogan a token of qx and seven letters, none the start of another', () => {
		const tokens = lexicon.data.entries.map((item) => item.key);
		for (const token of tokens) expect(token).toMatch(/^qx[a-z]{7}$/);
		expect(new Set(tokens).size).toBe(tokens.length);
		expect(termToken('slogan', '三高四新')).toBe(entry('三高四新')?.key);
	});

	test('links regions to their page and slogans to their glossary entry', () => {
		expect(entry('耒阳市')?.url).toBe('/regions/leiyang/');
		expect(entry('三高四新')?.url).toBe('/glossary/san-gao-si-xin/');
		expect(glossaryUrl('一核四新')).toBe('/glossary/yi-he-si-xin/');
	});

	test('spells every form in toneless pinyin and initials, names with surname readings', () => {
		expect(formPinyin('三高四新', 'slogan')).toEqual({ pinyin: 'sangaosixin', initials: 'sgsx' });
		expect(formPinyin('耒阳', 'region')).toEqual({ pinyin: 'leiyang', initials: 'ly' });
		expect(formPinyin('曾军', 'person').pinyin).toBe('zengjun');
	});
});

describe('buildCharMap', () => {
	test('maps the traditional forms of the archive’s characters to simplified ones', () => {
		const map = buildCharMap(['衡阳市发展']);
		expect(map['陽']).toBe('阳');
		expect(map['發']).toBe('发');
		expect(map['髮']).toBe('发');
		expect(map['衡']).toBeUndefined();
	});

	test('leaves out characters that have nothing to do with the archive', () => {
		expect(buildCharMap(['衡阳'])['龍']).toBeUndefined();
	});
});

describe('archiveChars', () => {
	test('gives the characters `for…of` reads, surrogate pairs whole and lone halves alone', () => {
		const texts = ['衡陽衡阳，ＡＢ', '𠀋𠀋a\ud800', '\udc00b\ud83d\ude00', '', '\ud800\udc00衡'];
		expect([...archiveChars(texts)].sort()).toEqual(
			[...new Set(texts.flatMap((text) => Array.from(text)))].sort(),
		);
	});
});

describe('findTerms', () => {
	test('finds a slogan as one whole term, never its characters', () => {
		expect(terms('落实“三高四新”战略')).toEqual(['三高四新']);
		expect(terms('三高和四新是两回事')).toEqual([]);
	});

	test('prefers the longest form at each position', () => {
		expect(terms('珠晖区委')).toEqual(['珠晖区']);
		expect(terms('珠晖的发展')).toEqual(['珠晖区']);
	});

	test('applies the gazetteer’s rules: 衡阳日报 is no place, nor 南岳衡山 the county', () => {
		expect(terms('衡阳日报讯')).toEqual([]);
		expect(terms('南岳衡山')).toEqual(['南岳区']);
		expect(terms('依美园（衡阳）实业')).toEqual([]);
		expect(terms('我市')).toEqual(['衡阳市']);
	});

	test('matches a short slogan only between non-Han characters', () => {
		expect(terms('新增“四上”企业')).toEqual(['四上']);
		expect(terms('第四上岗')).toEqual([]);
		expect(terms('落实七任务要求')).toEqual([]);
		expect(terms('“七任务”')).toEqual(['七大任务']);
	});

	test('reads traditional characters through the character map', () => {
		expect(terms('耒陽市')).toEqual(['耒阳市']);
	});

	test('finds people only when asked to', () => {
		const folded = foldText('周琪报道', lexicon.data.charMap);
		expect(findTerms(lexicon, folded)).toEqual([]);
		expect(findTerms(lexicon, folded, ['person']).map((span) => span.entry.term)).toEqual(['周琪']);
	});
});

describe('firstUnitTable', () => {
	test('marks the first UTF-16 unit of each string, and nothing for an empty one', () => {
		const table = firstUnitTable(['三高四新', '衡阳', '', '𠀀x']);
		expect(table['三'.codePointAt(0) ?? 0]).toBe(1);
		expect(table['衡'.charCodeAt(0)]).toBe(1);
		expect(table['𠀀'.charCodeAt(0)]).toBe(1);
		expect(table['高'.charCodeAt(0)]).toBe(0);
		expect(table.reduce((sum, unit) => sum + unit, 0)).toBe(3);
	});
});
