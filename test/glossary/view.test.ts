import { describe, expect, test } from 'vitest';
import { toArchiveArticle, sortOldestFirst } from '../../src/lib/glossary/archive.ts';
import { toLinkTerms } from '../../src/lib/glossary/link-terms.ts';
import { sloganLinks, sloganUrl } from '../../src/lib/glossary/slogan-links.ts';
import {
	articleParagraphUrl,
	glossaryUrl,
	paragraphId,
	regionUrl,
} from '../../src/lib/glossary/urls.ts';
import { monthLabel, placeLabel } from '../../src/lib/glossary/view.ts';
import type { Article } from '../../src/schemas/article.ts';
import { makeEntry } from './fixtures.ts';

describe('labels', () => {
	test('write a month in Chinese, and say so when the date is unknown', () => {
		expect(monthLabel('2023-01')).toBe('2023年1月');
		expect(monthLabel(null)).toBe('日期不详');
	});

	test('say where in the article an occurrence stands', () => {
		expect(placeLabel({ block: 'headline', paragraph: null })).toBe('标题');
		expect(placeLabel({ block: 'heading', paragraph: 4 })).toBe('小标题（其下第4段）');
		expect(placeLabel({ block: 'heading', paragraph: null })).toBe('小标题');
		expect(placeLabel({ block: 'paragraph', paragraph: 3 })).toBe('第3段');
	});
});

describe('URLs', () => {
	test('lead to entries, regions and paragraphs, ending in a slash before any anchor', () => {
		expect(glossaryUrl('san-hua')).toBe('/glossary/san-hua/');
		expect(regionUrl('zhuhui')).toBe('/regions/zhuhui/');
		expect(paragraphId(12)).toBe('p-12');
		expect(articleParagraphUrl('2023-01-30-a', 12)).toBe('/articles/2023-01-30-a/#p-12');
		expect(articleParagraphUrl('2023-01-30-a', null)).toBe('/articles/2023-01-30-a/');
		expect(articleParagraphUrl('2023-01-30-a')).toBe('/articles/2023-01-30-a/');
	});
});

describe('toLinkTerms', () => {
	test('gives each entry’s slug, forms and expansion, in slug order', () => {
		expect(
			toLinkTerms([makeEntry('五个一'), makeEntry('七大任务', { aliases: ['七任务'] })]),
		).toEqual([
			{
				slug: 'qi-da-ren-wu',
				term: '七大任务',
				forms: ['七大任务', '七任务'],
				expansion: '七大任务的含义',
			},
			{ slug: 'wu-ge-yi', term: '五个一', forms: ['五个一'], expansion: '五个一的含义' },
		]);
	});
});

describe('archive articles', () => {
	test('keep what the glossary needs of the frontmatter', () => {
		const data = {
			id: 'x',
			title: '题',
			kicker: '引',
			date: null,
			regions: ['珠晖区'],
			slogans: ['三化'],
			captions: [{ text: '推进“三化”。', credit: '■唐俊 摄' }],
		} as unknown as Article;
		expect(toArchiveArticle(data, '正文')).toEqual({
			id: 'x',
			title: '题',
			kicker: '引',
			subtitle: undefined,
			date: null,
			regions: ['珠晖区'],
			slogans: ['三化'],
			body: '正文',
			captions: ['推进“三化”。'],
		});
	});

	test('sort oldest first, undated last, ties by id', () => {
		const sorted = sortOldestFirst([
			{ id: 'b', date: null },
			{ id: 'c', date: '2023-01-30' },
			{ id: 'a', date: '2023-01-30' },
			{ id: 'd', date: '2022-02-07' },
			{ id: 'a', date: null },
		]);
		expect(sorted.map((article) => `${article.id}${article.date ?? ''}`)).toEqual([
			'd2022-02-07',
			'a2023-01-30',
			'c2023-01-30',
			'a',
			'b',
		]);
	});
});

describe('slogan links', () => {
	const entries = [makeEntry('七大任务', { aliases: ['七任务'] })];

	test('resolve a slogan by term or alias to its page, or to nothing', () => {
		const index = new Map([['七任务', 'qi-da-ren-wu']]);
		expect(sloganUrl('七任务', index)).toBe('/glossary/qi-da-ren-wu/');
		expect(sloganUrl('五连优', index)).toBeNull();
	});

	test('give each slogan of an article its entry’s headword, page and expansion', () => {
		expect(sloganLinks(['七任务', '五连优'], entries)).toEqual([
			{
				slogan: '七任务',
				term: '七大任务',
				url: '/glossary/qi-da-ren-wu/',
				expansion: '七大任务的含义',
			},
			{ slogan: '五连优', term: null, url: null, expansion: null },
		]);
	});
});
