import { describe, expect, test } from 'vitest';
import {
	DEFAULT_LIST_PAGE_SIZE,
	laterPages,
	ownListPages,
	ownPages,
	pageCount,
	pagedUrl,
	pageOf,
	pageParam,
	pager,
	paginate,
	parseListPageSize,
} from '../../src/lib/site/pagination.ts';

describe('parseListPageSize', () => {
	test('is the default when unset or empty, a whole number otherwise', () => {
		expect(parseListPageSize(undefined)).toBe(DEFAULT_LIST_PAGE_SIZE);
		expect(parseListPageSize(' ')).toBe(DEFAULT_LIST_PAGE_SIZE);
		expect(parseListPageSize(' 25 ')).toBe(25);
	});

	test('refuses anything else, naming the setting', () => {
		for (const bad of ['0', '-3', '2.5', 'ten']) {
			expect(() => parseListPageSize(bad)).toThrow(/HENGYANG_LIST_PAGE_SIZE.*at least 1/u);
		}
	});
});

describe('paginate', () => {
	test('cuts a list into pages that hold every item once, in order', () => {
		const items = Array.from({ length: 7 }, (_, index) => index);
		const pages = paginate(items, 3);
		expect(pages.map((page) => page.items)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
		expect(pages.map((page) => [page.number, page.count, page.total, page.start])).toEqual([
			[1, 3, 7, 0],
			[2, 3, 7, 3],
			[3, 3, 7, 6],
		]);
		expect(pages.flatMap((page) => page.items)).toEqual(items);
	});

	test('gives an empty list one empty page, and a list of exactly one page one page', () => {
		expect(paginate([], 10)).toEqual([{ number: 1, count: 1, total: 0, start: 0, items: [] }]);
		expect(paginate([1, 2], 2)).toHaveLength(1);
		expect(pageCount(0, 5)).toBe(1);
		expect(pageCount(11, 5)).toBe(3);
	});

	test('knows the page of a position', () => {
		expect([0, 2, 3, 5, 6].map((position) => pageOf(position, 3))).toEqual([1, 1, 2, 2, 3]);
	});
});

describe('page counts for the file plan', () => {
	test('a list with pages of its own has none when it fits one page, else every page', () => {
		expect(ownListPages(100, 100)).toBe(0);
		expect(ownListPages(101, 100)).toBe(2);
		expect(ownListPages(0, 100)).toBe(0);
	});

	test('a list with pages of its own has them only when it is longer than one page', () => {
		expect(ownPages([1, 2], 2)).toEqual([]);
		expect(ownPages([1, 2, 3], 2).map((page) => page.items)).toEqual([[1, 2], [3]]);
		expect(ownPages([1, 2, 3], 2)).toHaveLength(ownListPages(3, 2));
	});

	test('a list whose first page is its page adds the pages after it', () => {
		expect(laterPages(0, 10)).toBe(0);
		expect(laterPages(10, 10)).toBe(0);
		expect(laterPages(25, 10)).toBe(2);
	});
});

describe('URLs', () => {
	test('the first page is the list’s own URL, the others under page/N/', () => {
		expect(pagedUrl('/genres/xiaoxi/', 1)).toBe('/genres/xiaoxi/');
		expect(pagedUrl('/genres/xiaoxi/', 3)).toBe('/genres/xiaoxi/page/3/');
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(3)).toBe('page/3');
		expect(() => pagedUrl('/genres/xiaoxi', 2)).toThrow(/end in \//u);
	});
});

describe('pager', () => {
	const numbers = (base: string, number: number, count: number): (number | '…')[] =>
		pager(base, number, count).items.map((item) => (item.kind === 'gap' ? '…' : item.number));

	test('shows the first, the last and two either side, with gaps', () => {
		expect(numbers('/x/', 1, 1)).toEqual([1]);
		expect(numbers('/x/', 1, 4)).toEqual([1, 2, 3, 4]);
		expect(numbers('/x/', 50, 1000)).toEqual([1, '…', 48, 49, 50, 51, 52, '…', 1000]);
		expect(numbers('/x/', 4, 1000)).toEqual([1, 2, 3, 4, 5, 6, '…', 1000]);
		expect(numbers('/x/', 1000, 1000)).toEqual([1, '…', 998, 999, 1000]);
	});

	test('links the previous and next pages and marks the current one', () => {
		const links = pager('/x/', 2, 3);
		expect(links.previous).toBe('/x/');
		expect(links.next).toBe('/x/page/3/');
		expect(links.items.filter((item) => item.kind === 'page' && item.current)).toEqual([
			{ kind: 'page', number: 2, href: '/x/page/2/', current: true },
		]);
		expect(pager('/x/', 1, 3).previous).toBeUndefined();
		expect(pager('/x/', 3, 3).next).toBeUndefined();
	});
});
