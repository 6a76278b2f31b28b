import { describe, expect, test } from 'vitest';
import { fileUrl, manifestScript, offlineManifest } from '../../src/lib/search/offline.ts';

const files = [
	{ path: 'index.html', size: 10 },
	{ path: 'articles/a/index.html', size: 100 },
	{ path: 'search/index.html', size: 10 },
	{ path: 'pagefind/pagefind.js', size: 10 },
	{ path: 'pagefind/pagefind-entry.json', size: 1 },
	{ path: 'pagefind/pagefind-ui.js', size: 1000 },
	{ path: 'pagefind/fragment/x.pf_fragment', size: 50 },
	{ path: 'sw.js', size: 1 },
	{ path: 'search/offline-manifest.js', size: 1 },
	{ path: 'people/index.html', size: 5 },
	{ path: 'people/wang-yi/index.html', size: 5 },
	{ path: 'dates/index.html', size: 5 },
	{ path: 'dates/2023/01/index.html', size: 5 },
	{ path: 'data/articles.json', size: 5 },
	{ path: 'atom.xml', size: 5 },
	{ path: 'sitemap-0.xml', size: 5 },
	{ path: 'glossary/san-gao-si-xin/index.html', size: 5 },
	{ path: 'glossary/san-gao-si-xin/uses/index.html', size: 1 },
	{ path: 'genres/xiaoxi/index.html', size: 1 },
	{ path: 'genres/xiaoxi/page/2/index.html', size: 1 },
	{ path: 'regions/hengyang/index.html', size: 1 },
	{ path: 'regions/hengyang/articles/page/2/index.html', size: 1 },
	{ path: 'figures/index.html', size: 1 },
	{ path: 'figures/others/index.html', size: 1 },
];

describe('offlineManifest', () => {
	test('serves directory pages at their directory URL and asks for the entry with its tag', () => {
		expect(fileUrl('index.html', 't')).toBe('/');
		expect(fileUrl('articles/a/index.html', 't')).toBe('/articles/a/');
		expect(fileUrl('pagefind/pagefind-entry.json', 't')).toBe('/pagefind/pagefind-entry.json?ts=t');
		expect(fileUrl('data/articles.json', 't')).toBe('/data/articles.json');
	});

	test('caches the whole site within the budget, never Pagefind’s unused UI or the worker itself', () => {
		const manifest = offlineManifest(files, 't', 1000);
		expect(manifest.complete).toBe(true);
		expect(manifest.urls).toEqual([
			'/',
			'/articles/a/',
			'/atom.xml',
			'/data/articles.json',
			'/dates/',
			'/dates/2023/01/',
			'/figures/',
			'/figures/others/',
			'/genres/xiaoxi/',
			'/genres/xiaoxi/page/2/',
			'/glossary/san-gao-si-xin/',
			'/glossary/san-gao-si-xin/uses/',
			'/pagefind/fragment/x.pf_fragment',
			'/pagefind/pagefind-entry.json?ts=t',
			'/pagefind/pagefind.js',
			'/people/',
			'/people/wang-yi/',
			'/regions/hengyang/',
			'/regions/hengyang/articles/page/2/',
			'/search/',
			'/sitemap-0.xml',
		]);
		expect(manifest.bytes).toBe(228);
	});

	test('caches only the core of a site over the budget: no page per article, name or day, no exports, no list’s later pages', () => {
		const manifest = offlineManifest(files, 't', 100);
		expect(manifest.complete).toBe(false);
		expect(manifest.urls).toEqual([
			'/',
			'/dates/',
			'/figures/',
			'/genres/xiaoxi/',
			'/glossary/san-gao-si-xin/',
			'/pagefind/pagefind-entry.json?ts=t',
			'/pagefind/pagefind.js',
			'/people/',
			'/regions/hengyang/',
			'/search/',
		]);
	});

	test('writes the manifest as a script for importScripts', () => {
		expect(manifestScript({ tag: 't', urls: ['/'], bytes: 1, complete: true })).toContain(
			'self.OFFLINE_MANIFEST = {"tag":"t","urls":["/"],"bytes":1,"complete":true};',
		);
	});
});
