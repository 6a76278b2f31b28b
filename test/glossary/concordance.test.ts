import { describe, expect, test } from 'vitest';
import {
	articleEntrySlugs,
	CONTEXT_CHARS,
	findOccurrences,
	glossaryForms,
} from '../../src/lib/glossary/concordance.ts';
import { formIndex } from '../../src/lib/glossary/glossary.ts';
import { occurrenceUrl } from '../../src/lib/glossary/urls.ts';
import { placeLabel } from '../../src/lib/glossary/view.ts';
import { makeArticle, makeEntry } from './fixtures.ts';

const qiDa = makeEntry('七大任务', { aliases: ['七任务'] });
const sanHua = makeEntry('三化');
const entries = [qiDa, sanHua];

describe('articleEntrySlugs', () => {
	test('resolves an article’s slogans to entries and drops unknown ones', () => {
		const index = formIndex(entries);
		expect([...articleEntrySlugs({ slogans: ['七任务', '三化', '九九'] }, index)]).toEqual([
			'qi-da-ren-wu',
			'san-hua',
		]);
	});
});

describe('glossaryForms', () => {
	test('lists every term and alias, longest first', () => {
		expect(glossaryForms(entries).map((form) => form.form)).toEqual(['七大任务', '七任务', '三化']);
	});
});

describe('findOccurrences', () => {
	test('finds each form in headline, headings and paragraphs, with the paragraph to link to', () => {
		const article = makeArticle(
			'2023-01-30-a',
			'聚焦“七任务”。\n\n## 推行“三化”\n\n“三化”治理见效。',
			{
				title: '珠晖推进“七大任务”',
				slogans: ['七任务', '三化'],
			},
		);
		const found = findOccurrences([article], entries);
		expect(
			found.map(({ form, block, paragraph, left, right }) => [form, block, paragraph, left, right]),
		).toEqual([
			['七大任务', 'headline', null, '珠晖推进“', '”'],
			['七任务', 'paragraph', 1, '聚焦“', '”。'],
			['三化', 'heading', 2, '推行“', '”'],
			['三化', 'paragraph', 2, '“', '”治理见效。'],
		]);
		expect(found[1]).toMatchObject({
			slug: 'qi-da-ren-wu',
			term: '七大任务',
			articleId: '2023-01-30-a',
			date: '2023-01-30',
		});
	});

	test('finds a form in a photo caption, after the body, linked to the article’s captions', () => {
		const article = {
			...makeArticle('2023-01-30-a', '推行“三化”。', { slogans: ['三化'] }),
			captions: ['“三化”小区一角。'],
		};
		const found = findOccurrences([article], entries);
		expect(found.map(({ block, paragraph, right }) => [block, paragraph, right])).toEqual([
			['paragraph', 1, '”。'],
			['caption', null, '”小区一角。'],
		]);
		expect(found.map((occurrence) => occurrenceUrl(occurrence))).toEqual([
			'/articles/2023-01-30-a/#p-1',
			'/articles/2023-01-30-a/#captions-heading',
		]);
		expect(placeLabel({ block: 'caption', paragraph: null })).toBe('图片说明');
	});

	test('searches an article only for the entries its frontmatter names', () => {
		const article = makeArticle('2023-01-30-a', '推行“三化”，聚焦七任务。', { slogans: ['三化'] });
		expect(findOccurrences([article], entries).map((occurrence) => occurrence.form)).toEqual([
			'三化',
		]);
	});

	test('skips articles that use no entry', () => {
		expect(findOccurrences([makeArticle('2023-01-30-a', '三化')], entries)).toEqual([]);
	});

	test('lists the oldest article first, undated ones last', () => {
		const found = findOccurrences(
			[
				makeArticle('c', '三化', { slogans: ['三化'], date: null }),
				makeArticle('b', '三化', { slogans: ['三化'], date: '2023-03-20' }),
				makeArticle('a', '三化', { slogans: ['三化'], date: '2022-02-07' }),
			],
			entries,
		);
		expect(found.map((occurrence) => occurrence.articleId)).toEqual(['a', 'b', 'c']);
	});

	test('keeps at most CONTEXT_CHARS characters on each side, never cutting a character in two', () => {
		const before = '𠀀'.repeat(CONTEXT_CHARS + 5);
		const after = '甲'.repeat(CONTEXT_CHARS + 5);
		const [occurrence] = findOccurrences(
			[makeArticle('a', `${before}三化${after}`, { slogans: ['三化'] })],
			entries,
		);
		expect(occurrence?.left).toBe('𠀀'.repeat(CONTEXT_CHARS));
		expect(occurrence?.right).toBe('甲'.repeat(CONTEXT_CHARS));
	});
});
