import { describe, expect, test } from 'vitest';
import { formatSource, toArticleSummary, toArticleView } from '../../src/lib/site/article-view.ts';
import { makeArticle } from './make-article.ts';

describe('toArticleSummary', () => {
	test('gives URL, Chinese date, kicker and regions', () => {
		const summary = toArticleSummary(
			makeArticle({
				kicker: '珠晖区委经济工作会议提出——',
				regions: ['珠晖区', '衡阳市'],
			}),
		);
		expect(summary).toEqual({
			id: '2023-01-30-yi-gao-zhi-liang',
			url: '/articles/2023-01-30-yi-gao-zhi-liang/',
			title: '以高质量发展谱写中国式现代化珠晖新篇章',
			kicker: '珠晖区委经济工作会议提出——',
			date: '2023-01-30',
			dateLabel: '2023年1月30日',
			regions: ['珠晖区', '衡阳市'],
		});
	});

	test('gives null for a missing kicker and 日期不详 for no date', () => {
		const summary = toArticleSummary(
			makeArticle({ date: null, dateBasis: { method: 'none', evidence: '' } }),
		);
		expect(summary.kicker).toBeNull();
		expect(summary.date).toBeNull();
		expect(summary.dateLabel).toBe('日期不详');
	});

	test('gives one frozen summary per article object, which the article’s regions cannot change', () => {
		const article = makeArticle({ regions: ['珠晖区'] });
		const summary = toArticleSummary(article);
		expect(toArticleSummary(article)).toBe(summary);
		expect(Object.isFrozen(summary) && Object.isFrozen(summary.regions)).toBe(true);
		article.regions.push('衡阳市');
		expect(summary.regions).toEqual(['珠晖区']);
		expect(toArticleSummary({ ...article })).not.toBe(summary);
	});
});

describe('formatSource', () => {
	test('gives file, line range and position on the page', () => {
		expect(
			formatSource({
				file: '000_72aa891a18cfbd1b.txt',
				part: 2,
				lines: [3, 136],
			}),
		).toBe('000_72aa891a18cfbd1b.txt 第3–136行（本版第2篇）');
	});

	test('gives a single line once', () => {
		expect(formatSource({ file: 'a.txt', part: 1, lines: [7, 7] })).toBe(
			'a.txt 第7行（本版第1篇）',
		);
	});
});

describe('toArticleView', () => {
	const article = makeArticle({
		subtitle: '——写在2023年之际',
		dateline: '衡阳日报讯（全媒体记者 周琪）',
		credits: [
			{ role: '策划', name: '刘敏' },
			{
				role: '全媒体记者',
				name: '周琪',
				affiliation: '衡阳日报',
				contribution: '文',
			},
		],
		people: [{ name: '魏中发', post: '区委书记' }],
		captions: [
			{ text: '爱洁股份生产线。', credit: '唐俊 摄', line: 62 },
			{ text: '无署名的图片说明。', line: 70 },
		],
		doubts: [
			{ line: 40, kind: 'order', note: '两段顺序可能颠倒。' },
			{ line: 90, kind: 'caption-placement', note: '说明可能属于下一篇。' },
		],
	});
	const view = toArticleView(article);

	test('keeps subtitle and dateline as printed', () => {
		expect(view.subtitle).toBe('——写在2023年之际');
		expect(view.dateline).toBe('衡阳日报讯（全媒体记者 周琪）');
	});

	test('explains the date basis', () => {
		expect(view.dateBasisLabel).toBe(
			'月日见原文，年份据文中所记年份。依据：1月30日；年份据“2023年”',
		);
	});

	test('groups credits by role', () => {
		expect(view.creditGroups).toEqual([
			{ role: '策划', entries: [{ name: '刘敏', label: '刘敏' }] },
			{ role: '全媒体记者', entries: [{ name: '周琪', label: '周琪（衡阳日报 · 文）' }] },
		]);
	});

	test('gives people with their posts', () => {
		expect(view.people).toEqual([{ name: '魏中发', post: '区委书记' }]);
	});

	test('gives captions with a null credit where none was printed, and their raw lines', () => {
		expect(view.captions).toEqual([
			{
				text: '爱洁股份生产线。',
				credit: '唐俊 摄',
				lineUrl: '/pages/000_72aa891a18cfbd1b/#L62',
			},
			{
				text: '无署名的图片说明。',
				credit: null,
				lineUrl: '/pages/000_72aa891a18cfbd1b/#L70',
			},
		]);
	});

	test('labels doubts in Chinese and links each to its raw line', () => {
		expect(view.doubts).toEqual([
			{
				line: 40,
				kindLabel: '段落顺序',
				note: '两段顺序可能颠倒。',
				lineUrl: '/pages/000_72aa891a18cfbd1b/#L40',
			},
			{
				line: 90,
				kindLabel: '图片说明位置',
				note: '说明可能属于下一篇。',
				lineUrl: '/pages/000_72aa891a18cfbd1b/#L90',
			},
		]);
	});

	test('links regions to their pages and the genre to its list', () => {
		expect(view.regionLinks).toEqual([{ name: '珠晖区', url: '/regions/zhuhui/' }]);
		expect(view.genreLink).toEqual({ label: '通讯', url: '/genres/tongxun/' });
	});

	test('marks a date worked out from the page as inferred, a printed one not', () => {
		expect(view.dateInferred).toBe(true);
		const printed = toArticleView(
			makeArticle({ dateBasis: { method: 'full-date', evidence: '2023年1月30日' } }),
		);
		expect(printed.dateInferred).toBe(false);
	});

	test('points the source at the raw page, at the article’s first line', () => {
		expect(view.sourceFile).toBe('000_72aa891a18cfbd1b.txt');
		expect(view.pageUrl).toBe('/pages/000_72aa891a18cfbd1b/');
		expect(view.sourceUrl).toBe('/pages/000_72aa891a18cfbd1b/#L3');
	});

	test('gives genre and source', () => {
		expect(view.genre).toBe('通讯');
		expect(view.sourceLabel).toBe('000_72aa891a18cfbd1b.txt 第3–136行（本版第1篇）');
	});

	test('gives nulls for what the page did not print', () => {
		const bare = toArticleView(makeArticle({ genre: null }));
		expect(bare.subtitle).toBeNull();
		expect(bare.dateline).toBeNull();
		expect(bare.genre).toBeNull();
		expect(bare.creditGroups).toEqual([]);
		expect(bare.column).toBeNull();
		expect(bare.byline).toBeNull();
		expect(bare.genreLink).toEqual({ label: '体裁不详', url: '/genres/buxiang/' });
		expect(bare.doubts).toEqual([]);
	});
});
