/** How a site's pages are split into parts, and what Pagefind is given of a page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	pagefindInput,
	partCount,
	partKey,
	partOf,
	splitIntoParts,
} from '../../src/lib/search/index-parts.ts';

const urls = (n: number): { url: string }[] =>
	Array.from({ length: n }, (_, i) => ({ url: `/articles/2020-01-${i}-x/` }));

describe('partCount', () => {
	test('is one part while the site fits in one, else an even number of parts of at most partPages on average', () => {
		expect(partCount(0, 1000)).toBe(1);
		expect(partCount(1000, 1000)).toBe(1);
		expect(partCount(1001, 1000)).toBe(2);
		expect(partCount(2001, 1000)).toBe(4);
		expect(partCount(10015, 1000)).toBe(12);
	});
});

describe('splitIntoParts', () => {
	test('puts every page in one part, each part in URL order', () => {
		const pages = urls(500).reverse();
		const split = splitIntoParts(pages, 4);
		expect(split).toHaveLength(4);
		expect(
			split
				.flat()
				.map((page) => page.url)
				.sort(),
		).toEqual(pages.map((page) => page.url).sort());
		for (const part of split) {
			expect(part.map((page) => page.url)).toEqual(part.map((page) => page.url).sort());
			// A hash spreads the pages: no part is far from a quarter.
			expect(part.length).toBeGreaterThan(90);
			expect(part.length).toBeLessThan(160);
		}
	});

	test('leaves every other page in its part when a page is added', () => {
		const pages = urls(200);
		const added = [...pages, { url: '/articles/2024-05-01-new/' }];
		const split = splitIntoParts(pages, 4);
		const next = splitIntoParts(added, 4);
		const changed = next.filter((part, i) => JSON.stringify(part) !== JSON.stringify(split[i]));
		expect(changed).toHaveLength(1);
		expect(changed[0]).toContainEqual({ url: '/articles/2024-05-01-new/' });
		expect(partOf('/articles/2024-05-01-new/', 4)).toBe(next.indexOf(changed[0] ?? []));
	});
});

describe('pagefindInput', () => {
	const page = (related: string): string =>
		`<!DOCTYPE html><html lang="zh-CN"><head><title>T</title></head><body><nav>${related}</nav><article data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><article><p>内</p></article><p>文</p></article><aside>${related}</aside></body></html>`;

	test('gives the html tag and the body element, nested elements of its name included', () => {
		expect(pagefindInput(page('相关'))).toBe(
			'<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><article><p>内</p></article><p>文</p></article></body></html>',
		);
	});

	test('does not change with what lies outside the body element', () => {
		expect(pagefindInput(page('甲'))).toBe(pagefindInput(page('乙 丙')));
	});

	test('gives the page whole when Pagefind would read something outside the body element', () => {
		const cases = [
			'<html><body><p>没有</p></body></html>',
			'<html><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div></body></html>',
			'<html><body><span data-pagefind-filter="x:y"></span><div data-pagefind-body>a</div></body></html>',
			'<html><body><div data-pagefind-body>a</div><meta data-pagefind-meta="k:v"></body></html>',
			'<html><body><div data-pagefind-body>a<div>b</div></body></html>',
		];
		for (const html of cases) expect(pagefindInput(html), html).toBe(html);
	});
});

describe('partKey', () => {
	test('changes with the salt, a URL, a digest or the order, not otherwise', () => {
		const pages = [
			{ url: '/a/', digest: 'x' },
			{ url: '/b/', digest: 'y' },
		];
		const key = partKey('1.6.0', pages);
		expect(
			partKey(
				'1.6.0',
				pages.map((p) => ({ ...p })),
			),
		).toBe(key);
		expect(partKey('1.6.1', pages)).not.toBe(key);
		expect(
			partKey('1.6.0', [pages[0] ?? { url: '', digest: '' }, { url: '/b/', digest: 'z' }]),
		).not.toBe(key);
		expect(partKey('1.6.0', [...pages].reverse())).not.toBe(key);
		expect(
			partKey('1.6.0', [
				{ url: '/a/', digest: 'x/b/' },
				{ url: '', digest: 'y' },
			]),
		).not.toBe(key);
	});
});

describe('the templates', () => {
	test('only the article page carries data-pagefind-body (the build indexes articles/ alone)', () => {
		const carriers: string[] = [];
		for (const entry of readdirSync('src', { recursive: true, withFileTypes: true }))
			if (entry.isFile() && /\.(?:astro|ts|tsx|js|md|mdx|html)$/u.test(entry.name)) {
				const path = relative('.', join(entry.parentPath, entry.name));
				const text = readFileSync(path, 'utf8');
				// An attribute in markup (not a mention in a comment or a doc line).
				if (/<[a-z][^>]*\sdata-pagefind-body\b/iu.test(text)) carriers.push(path);
			}
		expect(carriers).toEqual([join('src', 'pages', 'articles', '[id].astro')]);
	});
});
