import { describe, expect, test } from 'vitest';
import {
	type PagefindApi,
	type PagefindFragment,
	type PagefindSearchOptions,
	searchArchive,
	VERIFY_LIMIT,
} from '../../src/lib/search/engine.ts';
import {
	BRACKETS,
	excerptToTerminal,
	formatCounts,
	formatOutcome,
} from '../../src/lib/search/format-cli.ts';
import { readSearchState } from '../../src/lib/search/url-state.ts';
import { fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();

/** A stand-in for Pagefind: every page is a candidate; counts every page's filters; records calls. */
function fakePagefind(
	fragments: PagefindFragment[],
): PagefindApi & { calls: [string | null, PagefindSearchOptions | undefined][] } {
	const calls: [string | null, PagefindSearchOptions | undefined][] = [];
	return {
		calls,
		search(term, options) {
			calls.push([term, options]);
			const region: Record<string, number> = {};
			for (const fragment of fragments)
				for (const value of fragment.filters.region ?? []) region[value] = (region[value] ?? 0) + 1;
			return Promise.resolve({
				results: fragments.map((fragment, i) => ({
					id: String(i),
					score: 1,
					data: () => Promise.resolve(fragment),
				})),
				filters: { region },
			});
		},
	};
}

/** A page whose text is `content`. */
function page(n: number, content: string, region = '珠晖区'): PagefindFragment {
	return {
		url: `/articles/a-${n}/`,
		content,
		meta: { title: `第${n}篇`, date: '2023-01-30' },
		filters: { region: [region] },
	};
}

const search = (pagefind: PagefindApi, params: string, pageSize?: number) =>
	searchArchive(pagefind, lexicon, readSearchState(new URLSearchParams(params)), pageSize);

describe('searchArchive', () => {
	test('hands Pagefind the tokens and words, the filters and the sort', async () => {
		const pagefind = fakePagefind([page(1, '珠晖项目建设')]);
		await search(pagefind, 'q=珠晖 项目&region=珠晖区&sort=date');
		const key = lexicon.data.entries.find((entry) => entry.term === '珠晖区')?.key ?? '';
		expect(pagefind.calls).toEqual([
			[`${key} 项目`, { filters: { region: '珠晖区' }, sort: { date: 'desc' } }],
		]);
	});

	test('asks Pagefind nothing for an empty query, or for a term in no article', async () => {
		const pagefind = fakePagefind([page(1, '正文')]);
		expect((await search(pagefind, '')).results).toEqual([]);
		expect((await search(pagefind, 'q=祁东')).results).toEqual([]);
		expect(pagefind.calls).toEqual([]);
	});

	test('lists a filter without a query newest first', async () => {
		const pagefind = fakePagefind([page(1, '正文')]);
		const outcome = await search(pagefind, 'region=珠晖区');
		expect(pagefind.calls[0]).toEqual([
			null,
			{ filters: { region: '珠晖区' }, sort: { date: 'desc' } },
		]);
		expect(outcome.total).toBe(1);
	});

	test('keeps only pages holding every word as typed, verbatim segments first', async () => {
		const pagefind = fakePagefind([page(1, '项目和建设'), page(2, '没有'), page(3, '项目建设')]);
		const outcome = await search(pagefind, 'q=项目 建设');
		expect(outcome.results.map((item) => item.url)).toEqual(['/articles/a-3/', '/articles/a-1/']);
		expect(outcome.results.map((item) => item.verbatim)).toEqual([true, false]);
		expect(outcome.complete).toBe(true);
		expect(outcome.counts.region).toEqual({ 珠晖区: 2 });
	});

	test('offers the pages with some of the words when none has them all', async () => {
		const outcome = await search(fakePagefind([page(1, '火热'), page(2, '人民')]), 'q=火星殖民');
		expect(outcome.results).toEqual([]);
		expect(outcome.partial.map((item) => item.url)).toEqual(['/articles/a-1/', '/articles/a-2/']);
	});

	test('checks a large candidate set only until the page is full, and says so', async () => {
		const many = Array.from({ length: VERIFY_LIMIT * 3 }, (_, i) =>
			page(i, i % 2 === 0 ? '项目' : '无关', i < 10 ? '珠晖区' : '雁峰区'),
		);
		const outcome = await search(fakePagefind(many), 'q=项目', 10);
		expect(outcome.results).toHaveLength(10);
		expect(outcome.complete).toBe(false);
		expect(outcome.candidates).toBe(VERIFY_LIMIT * 3);
		expect(outcome.counts.region).toEqual({ 珠晖区: 10, 雁峰区: VERIFY_LIMIT * 3 - 10 });
		const second = await search(fakePagefind(many), 'q=项目&page=2', 10);
		expect(second.results[0]?.url).toBe('/articles/a-20/');
	});

	test('links each result to its first match with a text directive', async () => {
		const outcome = await search(
			fakePagefind([page(1, '开头。落实三高四新战略，很好')]),
			'q=三高四新',
		);
		expect(outcome.results[0]?.link).toBe(
			`/articles/a-1/#:~:text=${encodeURIComponent('落实')}-,${encodeURIComponent('三高四新')},-${encodeURIComponent('战略')}`,
		);
	});
});

describe('the terminal output', () => {
	test('prints entries, the count, and each result with its excerpt', async () => {
		const outcome = await search(fakePagefind([page(1, '珠晖区委&会议')]), 'q=珠晖区委');
		expect(formatOutcome(outcome)).toEqual([
			'地区：珠晖区（1 篇）/regions/zhuhui/',
			'找到 1 篇，按相关度排列',
			'1. 第1篇',
			'   2023-01-30  /articles/a-1/',
			'   【珠晖区委】&会议',
		]);
		expect(formatCounts(outcome)).toEqual(['地区：珠晖区 1']);
		expect(excerptToTerminal('a&lt;<mark>b</mark>', BRACKETS)).toBe('a<【b】');
	});

	test('says when nothing matched every word and when counts are estimates', async () => {
		const partial = await search(fakePagefind([page(1, '火热')]), 'q=火星');
		expect(formatOutcome(partial)).toContain('没有文章包含全部字词；以下 1 篇包含其中一部分：');
		const many = Array.from({ length: VERIFY_LIMIT + 5 }, (_, i) => page(i, '项目'));
		const estimate = await search(fakePagefind(many), 'q=项目&sort=date', 2);
		expect(formatOutcome(estimate)[0]).toBe(
			`找到 至少 ${estimate.total} 篇（候选 ${VERIFY_LIMIT + 5} 篇，未全部核对），按日期排列`,
		);
	});
});
