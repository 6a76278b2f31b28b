import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
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
/** The article the walk-through starts on: the 珠晖区 report that spells out 五个一. */
const articlePath = '/articles/2023-01-30-yi-gao-zhi-liang-fa-zhan-pu-xie/';

interface Site {
	readonly server: StaticServer;
	readonly browser: Browser;
}

/**
 * Serves dist/ and starts Chromium. Every test awaits this, so a missing build or browser fails
 * each test with the fix in its message.
 */
async function start(): Promise<Site> {
	const needed = ['glossary/index.html', 'data/glossary.json', `${articlePath.slice(1)}index.html`];
	const missing = needed.filter((path) => !existsSync(`${distDir}${path}`));
	if (missing.length > 0) {
		throw new Error(
			`no built glossary in ${distDir} (missing ${missing.join(', ')}): run \`npm run build\` first`,
		);
	}
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`no Chromium at ${chromiumPath} (set CHROMIUM_PATH to use another): apt-get install -y chromium fonts-noto-cjk`,
		);
	}
	mkdirSync(resultsDir, { recursive: true });
	const server = await serveDirectory(distDir);
	try {
		return {
			server,
			browser: await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
		};
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

/** A page of the served site in a fresh context; foreign requests are refused and recorded. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
	const { browser, server } = await site();
	// Why newContext: @axe-core/playwright needs a page from a context it can open frames in.
	const context = await browser.newContext({ locale: 'zh-CN' });
	const problems: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1') await route.continue();
		else {
			problems.push(`foreign request: ${url.href}`);
			await route.abort('blockedbyclient');
		}
	});
	const page = await context.newPage();
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

/** The axe violations of the open page, each as "rule: target — help". */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`),
	);
}

describe('the glossary in Chromium', () => {
	test('an article’s slogan opens its expansion without script and leads to the entry, whose concordance leads back to the paragraph', async () => {
		const { page, problems } = await open(articlePath);
		// Why main: the layout may load site-wide scripts (search); the glossary adds none of its own.
		expect(await page.locator('main script').count()).toBe(0);

		// The first annotated slogan of the body, its paragraph and its popover.
		const gloss = page.locator('.gloss').first();
		const term = gloss.locator('a.gloss-term');
		const href = await term.getAttribute('href');
		const form = (await term.textContent()) ?? '';
		expect(href).toMatch(/^\/glossary\/[a-z]+(?:-[a-z]+)*\/$/u);
		const paragraphId = await gloss.evaluate((element) => element.closest('p')?.id ?? '');
		expect(paragraphId).toMatch(/^p-\d+$/u);

		const tip = gloss.locator('.gloss-tip');
		const tipId = await tip.getAttribute('id');
		expect(await term.getAttribute('aria-describedby')).toBe(tipId);
		expect(await tip.isVisible()).toBe(false);
		await gloss.locator('button.gloss-toggle').click();
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect((await tip.textContent())?.length).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.isVisible()).toBe(false);

		// Keyboard users reach the same popover: focus the button, press Enter.
		await gloss.locator('button.gloss-toggle').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => tip.isVisible()).toBe(true);
		await page.keyboard.press('Escape');

		await term.click();
		await page.waitForURL((url) => url.pathname === href);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('');

		// The concordance line that points back at the paragraph the link came from.
		const back = `${articlePath}#${paragraphId}`;
		const line = page
			.locator('table.kwic tbody tr', { has: page.locator(`a[href="${back}"]`) })
			.first();
		expect(await line.count()).toBe(1);
		expect(await line.locator('td.term').textContent()).toBe(form);
		await page.screenshot({ path: `${resultsDir}glossary-entry.png`, fullPage: true });

		await line.locator(`a[href="${back}"]`).click();
		await page.waitForURL((url) => url.pathname === articlePath && url.hash === `#${paragraphId}`);
		const paragraph = page.locator(`p#${paragraphId}`);
		expect(await paragraph.count()).toBe(1);
		expect(await paragraph.textContent()).toContain(form);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('the glossary index lists entries by level with counts, with no script, and passes axe', async () => {
		const { page, problems } = await open('/glossary/');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		// Why main: the layout may load site-wide scripts (search); the glossary adds none of its own.
		expect(await page.locator('main script').count()).toBe(0);
		const levels = await page.locator('main h2').allTextContents();
		expect(levels.map((text) => text.replace(/\d+条$/u, '').trim())).toEqual([
			'全国',
			'湖南省',
			'衡阳市',
			'县市区',
		]);
		const link = page.getByRole('link', { name: '三高四新', exact: true });
		expect(await link.getAttribute('href')).toBe('/glossary/san-gao-si-xin/');
		await page.screenshot({ path: `${resultsDir}glossary-index.png`, fullPage: true });
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('an entry page shows its source, its spelling-out and its concordance, with no script, and passes axe', async () => {
		const { page, problems } = await open('/glossary/wu-ge-yi/');
		// Why main: the layout may load site-wide scripts (search); the glossary adds none of its own.
		expect(await page.locator('main script').count()).toBe(0);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('五个一');
		expect(await page.locator('.note').first().textContent()).toContain('仅据本档案');
		expect(await page.locator('figure.passage blockquote').first().textContent()).toContain(
			'一个统领',
		);
		expect(await page.locator('table.kwic tbody tr').count()).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
