/**
 * Bytes on the wire of a first search, measured in Chromium on the built search page served with
 * gzip for text on 127.0.0.1 (shared by bench-search.ts and bench.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { type LexiconData, prepareLexicon } from '../../src/lib/search/lexicon.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { serveGzip } from './serve-gzip.ts';

/** Kinds of file a first search loads, for the breakdown. */
function kindOf(path: string): string {
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/index/')) return 'index chunks';
	if (path.startsWith('/pagefind/filter/')) return 'filter chunks';
	if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'index metadata';
	if (path.startsWith('/pagefind/wasm')) return 'wasm';
	if (path === '/pagefind/pagefind.js') return 'pagefind.js';
	if (path.startsWith('/search/') && path.endsWith('.json')) return 'lexicon';
	if (path.startsWith('/_astro/')) return 'search page script';
	return 'page';
}

/** Bytes on the wire of one first search on the search page, in a fresh browser profile, by kind of file. */
export async function firstSearchBytes(
	site: string,
	queries: readonly string[],
): Promise<Record<string, { total: number; results: string; kinds: Record<string, number> }>> {
	const server = await serveGzip(site);
	const core = prepareLexicon(
		JSON.parse(readFileSync(join(site, 'search', 'lexicon.json'), 'utf8')) as LexiconData,
	);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const out: Record<string, { total: number; results: string; kinds: Record<string, number> }> = {};
	try {
		for (const query of queries) {
			const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
			await context.route('**/*', (route) =>
				new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
			);
			const page = await context.newPage();
			const sizes: Promise<[string, number]>[] = [];
			page.on('requestfinished', (request) => {
				sizes.push(
					request
						.sizes()
						.then((size) => [
							new URL(request.url()).pathname,
							size.responseBodySize + size.responseHeadersSize,
						]),
				);
			});
			await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
			await page.waitForSelector('body[data-search-ready]', { timeout: 120_000 });
			const status = (await page.locator('#search-status').textContent()) ?? '';
			const kinds: Record<string, number> = {};
			let total = 0;
			await page.waitForLoadState('networkidle');
			// Why without the people unless the query is the pinyin of a name: the page shows the
			// results first and loads them afterwards (see search-page.ts).
			const needsPeople =
				/^[a-z\s']+$/iu.test(query) && parseQuery(core, query).pinyin.length === 0;
			for (const [path, bytes] of await Promise.all(sizes)) {
				if (path === '/search-sw-register.js') continue;
				if (path === '/search/lexicon-people.json' && !needsPeople) continue;
				kinds[kindOf(path)] = (kinds[kindOf(path)] ?? 0) + bytes;
				total += bytes;
			}
			out[query] = { total, results: status, kinds };
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return out;
}
