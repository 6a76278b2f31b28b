import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/lib/site/article-record.ts';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Offline, no background traffic, fresh profile (launch() gives each run a new temporary one). */
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

/** What went wrong while a page loaded: console errors, page errors, failed or foreign requests. */
interface Visit {
	readonly page: Page;
	readonly problems: string[];
	/** Every network request the page made. */
	readonly requests: URL[];
}

/** The served site, the browser and the article the tests look at. */
interface Site {
	readonly server: StaticServer;
	readonly browser: Browser;
	/** The first record of dist/data/articles.json: the newest article. */
	readonly newest: ArticleRecord;
}

/**
 * Serves dist/ and starts Chromium. Every test awaits this, so a missing build or browser fails
 * each test with the fix in its message (a throwing beforeAll would only mark them skipped).
 */
async function start(): Promise<Site> {
	if (!existsSync(`${distDir}index.html`) || !existsSync(`${distDir}data/articles.json`)) {
		throw new Error(`no built site in ${distDir}: run \`npm run build\` first`);
	}
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`no Chromium at ${chromiumPath} (set CHROMIUM_PATH to use another): apt-get install -y chromium fonts-noto-cjk`,
		);
	}
	const records = JSON.parse(
		readFileSync(`${distDir}data/articles.json`, 'utf8'),
	) as ArticleRecord[];
	const newest = records[0];
	if (!newest) throw new Error('dist/data/articles.json lists no articles');

	mkdirSync(resultsDir, { recursive: true });
	const server = await serveDirectory(distDir);
	try {
		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		return { server, browser, newest };
	} catch (error) {
		await server.close();
		throw error;
	}
}

let started: Promise<Site> | undefined;
/** The site, started on first use. */
function site(): Promise<Site> {
	started ??= start();
	return started;
}

afterAll(async () => {
	const running = await started?.catch(() => undefined);
	await running?.browser.close();
	await running?.server.close();
});

/** Opens a path of the served site in a fresh browser context and records what went wrong. */
async function visit(path: string): Promise<Visit> {
	const { browser, server } = await site();
	const context = await browser.newContext({ locale: 'zh-CN' });
	const problems: string[] = [];
	const requests: URL[] = [];
	// Nothing may leave the machine: foreign requests are recorded and never sent.
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1') await route.continue();
		else await route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('request', (request) => requests.push(new URL(request.url())));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
	expect(response?.status(), `status of ${path}`).toBe(200);
	return { page, problems, requests };
}

/** What Pagefind's browser API gives for one search result (result.data()). */
interface SearchHit {
	url: string;
	meta: Record<string, string>;
}

/** Network requests (http, https, ws) to any host but 127.0.0.1. */
function foreignRequests(requests: readonly URL[]): string[] {
	return requests
		.filter((url) => ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol))
		.filter((url) => url.hostname !== '127.0.0.1')
		.map((url) => url.href);
}

describe('the built site in Chromium', () => {
	test('the home page lists the newest article, in Chinese, with no script and nothing foreign', async () => {
		const { newest } = await site();
		const { page, problems, requests } = await visit('/');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		const link = page.getByRole('link', { name: newest.title, exact: true });
		await expect.poll(() => link.isVisible()).toBe(true);
		expect(await link.getAttribute('href')).toBe(newest.url);
		expect(await page.locator('main').count()).toBe(1);
		expect(await page.locator('script').count()).toBe(0);
		await page.screenshot({ path: `${resultsDir}home.png`, fullPage: true });
		expect(problems).toEqual([]);
		expect(foreignRequests(requests)).toEqual([]);
		await page.context().close();
	});

	test('an article page shows its title and body, with no script and nothing foreign', async () => {
		const { newest } = await site();
		const { page, problems, requests } = await visit(newest.url);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		const heading = page.getByRole('heading', { level: 1 });
		await expect.poll(() => heading.isVisible()).toBe(true);
		expect(await heading.textContent()).toBe(newest.title);
		expect(await page.title()).toContain(newest.title);
		// Only the article is for the search index.
		expect(await page.locator('[data-pagefind-body]').count()).toBe(1);
		// Markup in the body (the sample's escaped <script>) is text, never an element.
		expect(await page.locator('script').count()).toBe(0);
		const firstLine = newest.text.split('\n')[0] ?? '';
		expect(await page.locator('article').textContent()).toContain(firstLine);
		await page.screenshot({ path: `${resultsDir}article.png`, fullPage: true });
		expect(problems).toEqual([]);
		expect(foreignRequests(requests)).toEqual([]);
		await page.context().close();
	});

	test('the Pagefind index finds the newest article by its Chinese title', async () => {
		const { newest } = await site();
		const { page, problems, requests } = await visit('/');
		// Loaded by the test only (the site ships no search page yet). Passed as a string because
		// Vitest rewrites import() inside functions, and page.evaluate would send the rewritten code.
		const search = `(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const { results } = await pagefind.search(${JSON.stringify(newest.title)});
			return Promise.all(results.map((result) => result.data()));
		})()`;
		const found = await page.evaluate<SearchHit[]>(search);
		const hit = found.find((result) => result.url === newest.url);
		expect(hit?.meta).toMatchObject({
			title: newest.title,
			...(newest.date ? { date: newest.date } : {}),
		});
		// Only article pages are indexed.
		expect(found.every((result) => result.url.startsWith('/articles/'))).toBe(true);
		expect(problems).toEqual([]);
		expect(foreignRequests(requests)).toEqual([]);
		await page.context().close();
	});

	test('the skip link leads to the main content', async () => {
		const { page, problems } = await visit('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: '跳到正文' });
		expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
