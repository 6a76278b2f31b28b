import { describe, expect, test } from 'vitest';
import {
	blockAnchor,
	blockKindLabels,
	type PageArticle,
	toPageSegments,
	toPageSummary,
} from '../../src/lib/site/page-view.ts';
import { blockKindSchema, type PageRecord } from '../../src/schemas/page.ts';

const articles = new Map<string, PageArticle>([
	['a', { id: 'a', title: '第一篇', date: '2022-02-07' }],
	['b', { id: 'b', title: '第二篇', date: '2022-02-11' }],
]);

const record: PageRecord = {
	file: '003_aac00d1867b0bacf.txt',
	encoding: 'utf-8',
	sha256: '0'.repeat(64),
	articles: ['a', 'b'],
	blocks: [
		{ line: 3, column: 0, text: '标题一', kind: 'title', article: 'a' },
		{ line: 9, column: 0, text: '标题二', kind: 'title', article: 'b' },
		{ line: 33, column: 0, text: '衡阳日报讯', kind: 'dateline', article: 'b' },
		{ line: 33, column: 5, text: '正文', kind: 'paragraph', article: 'b' },
		{ line: 51, column: 0, text: '续一', kind: 'paragraph', article: 'a' },
		{ line: 117, column: 0, text: '扫码看专题', kind: 'furniture', article: null },
		{ line: 119, column: 0, text: '值班编委', kind: 'furniture', article: null },
	],
};

describe('blockAnchor', () => {
	test('gives a line’s first block L<line>, later blocks on it their column too', () => {
		expect(blockAnchor({ line: 33, column: 0 }, true)).toBe('L33');
		expect(blockAnchor({ line: 33, column: 5 }, false)).toBe('L33-5');
	});
});

describe('blockKindLabels', () => {
	test('names every kind of block in Chinese', () => {
		for (const kind of blockKindSchema.options)
			expect(blockKindLabels[kind]).toMatch(/\p{Script=Han}/u);
	});
});

describe('toPageSegments', () => {
	const segments = toPageSegments(record, articles);

	test('keeps every block, in printed order', () => {
		expect(segments.flatMap((segment) => segment.blocks.map((block) => block.text))).toEqual(
			record.blocks.map((block) => block.text),
		);
	});

	test('cuts runs where the article changes and groups furniture', () => {
		expect(
			segments.map((segment) => [
				segment.article?.id ?? null,
				segment.blocks.length,
				segment.continued,
			]),
		).toEqual([
			['a', 1, false],
			['b', 3, false],
			['a', 1, true],
			[null, 2, false],
		]);
	});

	test('numbers articles by their order on the page and links them', () => {
		expect(segments[1]?.article).toEqual({
			id: 'b',
			title: '第二篇',
			url: '/articles/b/',
			number: 2,
		});
	});

	test('anchors every line once, so links to a raw line always land', () => {
		const anchors = segments.flatMap((segment) => segment.blocks.map((block) => block.anchor));
		expect(anchors).toEqual(['L3', 'L9', 'L33', 'L33-5', 'L51', 'L117', 'L119']);
		expect(new Set(anchors).size).toBe(anchors.length);
	});

	test('falls back to the id for an article it does not know', () => {
		const orphan = toPageSegments(
			{ articles: [], blocks: [{ line: 1, column: 0, text: 'x', kind: 'title', article: 'z' }] },
			new Map(),
		);
		expect(orphan[0]?.article).toMatchObject({ id: 'z', title: 'z', number: 1 });
	});
});

describe('toPageSummary', () => {
	test('summarises file, counts, articles and date range', () => {
		expect(toPageSummary(record, articles)).toEqual({
			stem: '003_aac00d1867b0bacf',
			file: '003_aac00d1867b0bacf.txt',
			url: '/pages/003_aac00d1867b0bacf/',
			encoding: 'utf-8',
			blockCount: 7,
			furnitureCount: 2,
			articles: [
				{ id: 'a', title: '第一篇', url: '/articles/a/' },
				{ id: 'b', title: '第二篇', url: '/articles/b/' },
			],
			dateRange: ['2022-02-07', '2022-02-11'],
		});
	});

	test('gives no date range when no article is dated', () => {
		expect(toPageSummary({ ...record, articles: ['z'] }, articles).dateRange).toBeNull();
	});
});
