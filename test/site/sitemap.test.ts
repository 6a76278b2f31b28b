import { describe, expect, test } from 'vitest';
import { sitemapFiles } from '../../src/lib/site/sitemap.ts';

const site = new URL('https://example.org/');

describe('sitemapFiles', () => {
	test('lists every page folder of the HTML files, sorted, under an index', () => {
		const [index, first, ...rest] = sitemapFiles(site, [
			'people/b/index.html',
			'index.html',
			'articles/a/index.html',
			'pagefind/x.html',
		]);
		expect(rest).toEqual([]);
		expect(index?.name).toBe('sitemap-index.xml');
		expect(index?.xml).toContain('<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap>');
		expect(first?.name).toBe('sitemap-0.xml');
		expect([...(first?.xml ?? '').matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1])).toEqual([
			'https://example.org/',
			'https://example.org/articles/a/',
			'https://example.org/people/b/',
		]);
	});

	test('splits the URLs into files of at most perFile, each named in the index', () => {
		const files = sitemapFiles(site, ['a/index.html', 'b/index.html', 'c/index.html'], 2);
		expect(files.map((file) => file.name)).toEqual([
			'sitemap-index.xml',
			'sitemap-0.xml',
			'sitemap-1.xml',
		]);
		expect(files[2]?.xml).toContain('<loc>https://example.org/c/</loc>');
		expect(files[0]?.xml).toContain('sitemap-1.xml');
	});

	test('escapes what XML needs escaped', () => {
		expect(sitemapFiles(site, ['a&b/index.html'])[1]?.xml).toContain('a&amp;b/');
	});
});
