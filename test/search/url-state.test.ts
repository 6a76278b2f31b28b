import { describe, expect, test } from 'vitest';
import {
	readSearchState,
	searchPageUrl,
	writeSearchParams,
} from '../../src/lib/search/url-state.ts';

describe('search URL state', () => {
	test('reads the query, known filters, sort and page from URL parameters', () => {
		const state = readSearchState(
			new URLSearchParams('q= 三高四新 &region=珠晖区&color=red&sort=date&page=2'),
		);
		expect(state).toEqual({ q: '三高四新', filters: { region: '珠晖区' }, sort: 'date', page: 2 });
	});

	test('falls back to relevance and page 1 for anything else', () => {
		expect(readSearchState(new URLSearchParams('sort=x&page=-3&year='))).toEqual({
			q: '',
			filters: {},
			sort: 'relevance',
			page: 1,
		});
	});

	test('writes a state back without its defaults', () => {
		const params = writeSearchParams({
			q: '珠晖',
			filters: { year: '2023' },
			sort: 'relevance',
			page: 1,
		});
		expect(params.toString()).toBe('q=%E7%8F%A0%E6%99%96&year=2023');
	});

	test('builds search page URLs', () => {
		expect(searchPageUrl({})).toBe('/search/');
		expect(searchPageUrl({ reporter: '周琪', sort: 'date' })).toBe(
			'/search/?reporter=%E5%91%A8%E7%90%AA&sort=date',
		);
	});
});
