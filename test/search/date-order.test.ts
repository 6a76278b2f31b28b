import { describe, expect, test } from 'vitest';
import { dateOrder, withDateOrder } from '../../src/lib/search/date-order.ts';
import type { PagefindApi, PagefindResult } from '../../src/lib/search/engine.ts';

const result = (id: string): PagefindResult => ({
	id,
	score: 1,
	data: () => Promise.reject(new Error('not loaded')),
});

describe('dateOrder', () => {
	test('lists dated pages newest first, ties by id, undated left out', () => {
		expect(
			dateOrder([
				{ id: 'b', date: '2022-01-01' },
				{ id: 'c', date: null },
				{ id: 'a', date: '2023-05-01' },
				{ id: 'd', date: '2022-01-01' },
				{ id: 'e', date: undefined },
			]),
		).toEqual(['a', 'b', 'd']);
	});
});

describe('withDateOrder', () => {
	const calls: unknown[] = [];
	const pagefind: PagefindApi = {
		search: (term, options) => {
			calls.push([term, options]);
			return Promise.resolve({
				results: ['x', 'old', 'new', 'mid'].map(result),
				filters: { year: { '2022': 3 } },
			});
		},
	};
	let loads = 0;
	const sorted = withDateOrder(pagefind, () => {
		loads++;
		return Promise.resolve(['new', 'mid', 'old']);
	});

	test('sorts by the date order without asking Pagefind to, and leaves undated out', async () => {
		const desc = await sorted.search('q', { filters: { year: '2022' }, sort: { date: 'desc' } });
		expect(desc?.results.map((r) => r.id)).toEqual(['new', 'mid', 'old']);
		expect(desc?.filters).toEqual({ year: { '2022': 3 } });
		const asc = await sorted.search(null, { sort: { date: 'asc' } });
		expect(asc?.results.map((r) => r.id)).toEqual(['old', 'mid', 'new']);
		expect(calls).toEqual([
			['q', { filters: { year: '2022' } }],
			[null, {}],
		]);
		expect(loads).toBe(1);
	});

	test('does not load the date order for a search by relevance', async () => {
		const before = loads;
		const plain = await sorted.search('q', { filters: {} });
		expect(plain?.results.map((r) => r.id)).toEqual(['x', 'old', 'new', 'mid']);
		expect(loads).toBe(before);
	});
});
