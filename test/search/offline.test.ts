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
			'/pagefind/fragment/x.pf_fragment',
			'/pagefind/pagefind-entry.json?ts=t',
			'/pagefind/pagefind.js',
			'/search/',
		]);
		expect(manifest.bytes).toBe(181);
	});

	test('caches only the core of a site over the budget', () => {
		const manifest = offlineManifest(files, 't', 100);
		expect(manifest.complete).toBe(false);
		expect(manifest.urls).toEqual([
			'/',
			'/pagefind/pagefind-entry.json?ts=t',
			'/pagefind/pagefind.js',
			'/search/',
		]);
	});

	test('writes the manifest as a script for importScripts', () => {
		expect(manifestScript({ tag: 't', urls: ['/'], bytes: 1, complete: true })).toContain(
			'self.OFFLINE_MANIFEST = {"tag":"t","urls":["/"],"bytes":1,"complete":true};',
		);
	});
});
