import { describe, expect, test } from 'vitest';
import { compareNewestFirst, sortNewestFirst } from '../../src/lib/site/article-order.ts';

describe('sortNewestFirst', () => {
	test('puts later dates first', () => {
		const sorted = sortNewestFirst([
			{ id: 'a', date: '2022-12-31' },
			{ id: 'b', date: '2023-01-30' },
			{ id: 'c', date: '2023-01-02' },
		]);
		expect(sorted.map((article) => article.id)).toEqual(['b', 'c', 'a']);
	});

	test('puts undated articles last, ordered by id', () => {
		const sorted = sortNewestFirst([
			{ id: 'z', date: null },
			{ id: 'b', date: null },
			{ id: 'old', date: '2001-01-01' },
		]);
		expect(sorted.map((article) => article.id)).toEqual(['old', 'b', 'z']);
	});

	test('orders articles of the same day by id', () => {
		const sorted = sortNewestFirst([
			{ id: '2023-01-30-b', date: '2023-01-30' },
			{ id: '2023-01-30-a', date: '2023-01-30' },
		]);
		expect(sorted.map((article) => article.id)).toEqual(['2023-01-30-a', '2023-01-30-b']);
	});

	test('gives the same order whatever the input order', () => {
		const articles = [
			{ id: 'a', date: '2023-01-01' },
			{ id: 'b', date: null },
			{ id: 'c', date: '2023-01-01' },
			{ id: 'd', date: '2022-06-01' },
		];
		const expected = sortNewestFirst(articles).map((article) => article.id);
		expect(sortNewestFirst([...articles].reverse()).map((article) => article.id)).toEqual(expected);
	});

	test('does not change the array it is given', () => {
		const articles = [
			{ id: 'a', date: '2022-01-01' },
			{ id: 'b', date: '2023-01-01' },
		];
		sortNewestFirst(articles);
		expect(articles.map((article) => article.id)).toEqual(['a', 'b']);
	});

	test('compares an article with itself as equal', () => {
		const article = { id: 'a', date: null };
		expect(compareNewestFirst(article, article)).toBe(0);
	});
});
