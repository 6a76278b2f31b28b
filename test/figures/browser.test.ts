import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { FigureRecord } from '../../src/lib/site/figures-records.ts';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Offline, no background traffic, fresh profile (as in test/e2e/site.test.ts). */
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

/** The served site, the browser and the records of dist/data/figures.json. */
interface Site {
	readonly server: StaticServer;
	readonly browser: Browser;
	readonly records: readonly FigureRecord[];
}

/** Serves dist/ and starts Chromium; a missing build or browser fails each test with the fix. */
async function start(): Promise<Site> {
	if (!existsSync(`${distDir}figures/index.html`) || !existsSync(`${distDir}data/figures.json`)) {
		throw new Error(`no built figures page in ${distDir}: run \`npm run build\` first`);
	}
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`no Chromium at ${chromiumPath} (set CHROMIUM_PATH to use another): apt-get install -y chromium fonts-noto-cjk`,
		);
	}
	const records = JSON.parse(readFileSync(`${distDir}data/figures.json`, 'utf8')) as FigureRecord[];
	mkdirSync(resultsDir, { recursive: true });
	const server = await serveDirectory(distDir);
	try {
		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		return { server, browser, records };
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

/** A page of the served site in a fresh context, with what went wrong while it loaded. */
async function visit(
	path: string,
	colorScheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; problems: string[] }> {
	const { browser, server } = await site();
	const context = await browser.newContext({ locale: 'zh-CN', colorScheme });
	await context.route('**/*', async (route) => {
		if (new URL(route.request().url()).hostname === '127.0.0.1') await route.continue();
		else await route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
	expect(response?.status(), `status of ${path}`).toBe(200);
	return { page, problems };
}

describe('the figures page in Chromium', () => {
	test('renders the tables and a static chart with its text alternative, and no script', async () => {
		const { page, problems } = await visit('/figures/');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('经济数据');
		// The chart and tables are static: no script in the page's main content (the layout's search may have one).
		expect(await page.locator('main script').count()).toBe(0);
		const chart = page.getByRole('img', { name: /增长目标/u });
		await expect.poll(() => chart.isVisible()).toBe(true);
		const labelledBy = (await chart.getAttribute('aria-labelledby'))?.split(' ') ?? [];
		expect(labelledBy).toHaveLength(2);
		for (const id of labelledBy) {
			expect(await page.locator(`svg > [id="${id}"]`).count(), id).toBe(1);
		}
		expect(await chart.locator('rect').count()).toBeGreaterThan(0);
		// The chart's data table carries every bar's value.
		const dataTable = page.locator('.target-chart table');
		for (const value of await chart.locator('text.value').allTextContents()) {
			expect(await dataTable.textContent()).toContain(value.replace(/（.*）$/u, ''));
		}
		expect(await page.locator('table').count()).toBeGreaterThanOrEqual(3);
		await page.screenshot({ path: `${resultsDir}figures.png`, fullPage: true });
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: `${resultsDir}figures-print.png`, fullPage: true });
		expect(problems).toEqual([]);
		await page.context().close();
	});

	// The main table, the chart's data table, and the FigureList of other indicators.
	for (const [where, selector] of [
		['a main-table cell', 'table.figure-table td a'],
		['a chart data-table cell', '.target-chart td a'],
		['a figure-list source', '.figure-list td a'],
	] as const) {
		test(`${where} link leads to the article paragraph that holds the figure’s sentence`, async () => {
			const { records } = await site();
			const { page, problems } = await visit('/figures/');
			const link = page.locator(selector).last();
			const href = (await link.getAttribute('href')) ?? '';
			// The paragraph's URL with a text fragment naming the sentence (#p-4:~:text=start,end).
			expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#p-\d+:~:text=[^,]+(?:,[^,]+)?$/u);
			const [paragraphUrl = '', directive = ''] = href.split(':~:');
			const terms = directive.slice('text='.length).split(',').map(decodeURIComponent);
			const sentences = records
				.filter((record) => record.sourceUrl === paragraphUrl)
				.map((record) => record.sentence);
			expect(sentences.length).toBeGreaterThan(0);
			expect(
				sentences.some((sentence) => terms.every((term) => sentence.includes(term))),
				`a sentence of ${paragraphUrl} holds ${terms.join(' … ')}`,
			).toBe(true);

			// The browser strips the text directive from the URL and still targets the paragraph.
			const path = paragraphUrl.slice(0, paragraphUrl.indexOf('#'));
			await Promise.all([page.waitForURL((url) => url.pathname === path), link.click()]);
			expect(await page.evaluate(() => location.hash)).toBe(
				paragraphUrl.slice(paragraphUrl.indexOf('#')),
			);
			const id = paragraphUrl.slice(paragraphUrl.indexOf('#') + 1);
			const paragraph = page.locator(`[id="${id}"]`);
			expect(await paragraph.count(), `an element with id ${id} on ${href}`).toBe(1);
			expect(await paragraph.evaluate((element) => element.matches(':target'))).toBe(true);
			expect(await paragraph.evaluate((element) => element.tagName)).toBe('P');
			const text = (await paragraph.textContent()) ?? '';
			for (const sentence of sentences) expect(text).toContain(sentence);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violations on the figures page (${colorScheme} scheme)`, async () => {
			const { page, problems } = await visit('/figures/', colorScheme);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map(
					(violation) =>
						`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});
