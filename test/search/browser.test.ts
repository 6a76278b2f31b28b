/**
 * The search page in real Chromium: a subset of the query suite through the page's own form,
 * excerpts, filters, the jump to the match on the article page, offline use through the service
 * worker with the network cut, and a strict Content-Security-Policy. Build first: npm run build.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { searchArchive } from '../../src/lib/search/engine.ts';
import { loadBuiltSearch } from '../../src/lib/search/pagefind-node-fs.ts';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';
import { articleIdOf, precisionRecall, reportLine, suite, suiteState } from './suite-fixture.ts';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * The CSP the README documents for hosting the site: scripts from the site only, plus
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly; workers (the service worker) from the site only.
 */
export const STRICT_CSP = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

let browser: Browser | undefined;
const servers: StaticServer[] = [];
const report: string[] = [];

/** Chromium, started once. */
async function startBrowser(): Promise<Browser> {
	if (!existsSync(`${distDir}search/index.html`))
		throw new Error(`no built site in ${distDir}: run \`npm run build\` first`);
	if (!existsSync(chromiumPath))
		throw new Error(
			`no Chromium at ${chromiumPath} (set CHROMIUM_PATH): apt-get install -y chromium fonts-noto-cjk`,
		);
	browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	return browser;
}

/** A fresh server of dist/ on 127.0.0.1 (each offline test cuts its own). */
async function serve(): Promise<StaticServer> {
	const server = await serveDirectory(distDir);
	servers.push(server);
	return server;
}

afterAll(async () => {
	if (report.length > 0) console.log(`search query suite in Chromium:\n${report.join('\n')}`);
	await browser?.close();
	for (const server of servers) await server.close().catch(() => undefined);
});

/** A new context whose pages may only reach 127.0.0.1; problems (console errors, failures) are collected. */
async function newContext(
	options: { csp?: string } = {},
): Promise<{ context: BrowserContext; problems: string[] }> {
	const context = await (await startBrowser()).newContext({ locale: 'zh-CN' });
	const problems: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
		if (options.csp === undefined || route.request().resourceType() !== 'document')
			return route.continue();
		const response = await route.fetch();
		return route.fulfill({
			response,
			headers: { ...response.headers(), 'content-security-policy': options.csp },
		});
	});
	context.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
	return { context, problems };
}

/** Opens the search page for a query and waits for its results. */
async function searchFor(page: Page, origin: string, params: string): Promise<string[]> {
	await page.goto(`${origin}/search/?${params}`);
	await page.waitForSelector('body[data-search-ready]', { timeout: 30_000 });
	return page
		.locator('#search-results > li h2 a')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2] ?? ''),
		);
}

describe('the search page in Chromium', () => {
	const browserQueries = suite.filter((query) => query.browser);

	test('runs a part of the query suite, ranking exactly as npm run search does', async () => {
		expect(browserQueries.length).toBeGreaterThanOrEqual(5);
		const server = await serve();
		const { context, problems } = await newContext();
		const page = await context.newPage();
		const node = await loadBuiltSearch(distDir);
		for (const query of browserQueries) {
			const state = suiteState(query);
			const params = new URLSearchParams({ q: query.q, ...state.filters });
			const found = await searchFor(page, server.origin, params.toString());
			report.push(reportLine(query, found));
			const { precision, recall } = precisionRecall(found, query.expect);
			expect([precision, recall], query.q).toEqual([1, 1]);
			const fromNode = await searchArchive(node.pagefind, node.lexicon, state);
			expect(found, `${query.q}: same order as in Node`).toEqual(
				fromNode.results.map((item) => articleIdOf(item.url)),
			);
		}
		await node.pagefind.destroy();
		expect(problems).toEqual([]);
		await context.close();
	});

	test('marks the match in each excerpt and offers the lexicon entry', async () => {
		const server = await serve();
		const { context, problems } = await newContext();
		const page = await context.newPage();
		await searchFor(page, server.origin, 'q=sgsx');
		expect(await page.locator('#search-results mark').first().textContent()).toBe('三高四新');
		await expect.poll(() => page.locator('#search-entries').textContent()).toContain('三高四新');
		expect(await page.locator('#search-entries a').first().getAttribute('href')).toBe(
			'/glossary/san-gao-si-xin/',
		);
		expect(await page.locator('#search-status').textContent()).toContain('找到 3 篇');
		expect(problems).toEqual([]);
		await context.close();
	});

	test('suggests lexicon entries while pinyin is typed', async () => {
		const server = await serve();
		const { context } = await newContext();
		const page = await context.newPage();
		await searchFor(page, server.origin, '');
		await page.locator('#search-q').fill('leiy');
		await expect.poll(() => page.locator('#search-suggestions').textContent()).toContain('耒阳市');
		expect(await page.locator('#search-suggestions a').first().getAttribute('href')).toBe(
			'/regions/leiyang/',
		);
		await context.close();
	});

	test('narrows by a filter, with counts, and sorts by date', async () => {
		const server = await serve();
		const { context, problems } = await newContext();
		const page = await context.newPage();
		await searchFor(page, server.origin, 'q=项目');
		const option = page.locator('#filter-year option[value="2022"]');
		expect(await option.textContent()).toBe('2022（3）');
		await page.locator('#filter-year').selectOption('2022');
		await expect.poll(() => page.locator('#search-results > li').count()).toBe(3);
		expect(new URL(page.url()).searchParams.get('year')).toBe('2022');
		await page.locator('#search-sort').selectOption('date');
		await expect
			.poll(() => page.locator('#search-results time').allTextContents())
			.toEqual(['2022-02-11', '2022-02-11', '2022-02-07']);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('keeps a filter value from the URL that the page does not list', async () => {
		const server = await serve();
		const { context, problems } = await newContext();
		const page = await context.newPage();
		// The page lists only the most used values (listedFacets); this name is in no article.
		const found = await searchFor(
			page,
			server.origin,
			`q=项目&reporter=${encodeURIComponent('无名氏')}`,
		);
		expect(found).toEqual([]);
		expect(await page.locator('#filter-reporter').inputValue()).toBe('无名氏');
		await page.locator('#search-sort').selectOption('date');
		await expect.poll(() => new URL(page.url()).searchParams.get('reporter')).toBe('无名氏');
		expect(problems).toEqual([]);
		await context.close();
	});

	test('a result link opens the article scrolled to the match', async () => {
		const server = await serve();
		const { context } = await newContext();
		const page = await context.newPage();
		await page.setViewportSize({ width: 800, height: 600 });
		await searchFor(page, server.origin, 'q=晨读');
		const href = (await page.locator('#search-results a').first().getAttribute('href')) ?? '';
		expect(href).toContain('#:~:text=');
		await page.locator('#search-results a').first().click();
		await page.waitForURL('**/articles/**');
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		const visible = await page.evaluate(() => {
			const paragraph = [...document.querySelectorAll('main p')].find((p) =>
				p.textContent.includes('举办“晨读课堂”，每天'),
			);
			const box = paragraph?.getBoundingClientRect();
			return box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
		});
		expect(visible).toBe(true);
		await context.close();
	});

	test('has no accessibility violations axe can find', async () => {
		const server = await serve();
		const { context } = await newContext();
		const page = await context.newPage();
		await searchFor(page, server.origin, 'q=三高四新');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
		await context.close();
	});

	test('works under a strict Content-Security-Policy', async () => {
		const server = await serve();
		const { context, problems } = await newContext({ csp: STRICT_CSP });
		const page = await context.newPage();
		const found = await searchFor(page, server.origin, 'q=一核四新');
		expect(found).toEqual(['2023-03-20-qi-hang-xiang-yi-he-si-xin-xian']);
		expect(problems).toEqual([]);
		await context.close();
	});

	test('searches and reads offline after a first visit, with the network cut', async () => {
		const server = await serve();
		const { context } = await newContext();
		const page = await context.newPage();
		await searchFor(page, server.origin, '');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			if (registration.active?.state !== 'activated')
				await new Promise((resolve) =>
					registration.active?.addEventListener('statechange', resolve),
				);
		});
		await server.close();
		await context.setOffline(true);
		const found = await searchFor(page, server.origin, 'q=三高四新&region=珠晖区');
		expect(found).toEqual(['2023-01-30-yi-gao-zhi-liang-fa-zhan-pu-xie-2']);
		expect(await page.locator('#search-results mark').first().textContent()).toBe('三高四新');
		const response = await page.goto(
			`${server.origin}/articles/2023-01-30-ju-ban-chen-du-ke-tang-jian-she/`,
		);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toContain('晨读课堂');
		await context.close();
	});
});
