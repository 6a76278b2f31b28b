import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ArticleRecord } from '../../src/lib/site/article-record.ts';
import type { RegionRecord } from '../../src/lib/site/region-record.ts';
import { CONCORDANCE_COLUMNS, type GlossaryRecord } from '../../src/lib/glossary/records.ts';
import type { Article } from '../../src/schemas/article.ts';
import type { PageRecord } from '../../src/schemas/page.ts';
import { citationTitle } from '../../src/lib/site/citation.ts';
import { getCreditedNames } from '../../src/lib/site/credited.ts';
import {
	distDir,
	isBuilt,
	launchChromium,
	requireBuiltSite,
	resultsDir,
} from '../a11y/built-site.ts';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';
import { feedLength } from '../../src/lib/site/feeds.ts';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** The frontmatter of every article in content/articles/. */
function contentArticles(): Article[] {
	return readdirSync(`${contentDir}articles`)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const text = readFileSync(`${contentDir}articles/${name}`, 'utf8');
			return parse(text.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as Article;
		});
}

/** The served site, the browser, and the data the tests compare pages with. */
interface Site {
	readonly server: StaticServer;
	readonly browser: Browser;
	readonly records: ArticleRecord[];
	readonly articles: Article[];
}

/** Serves the built site and starts Chromium; every test awaits it, so a missing build fails each with the fix. */
async function start(): Promise<Site> {
	requireBuiltSite();
	const records = JSON.parse(
		readFileSync(`${distDir}data/articles.json`, 'utf8'),
	) as ArticleRecord[];
	mkdirSync(resultsDir, { recursive: true });
	const server = await serveDirectory(distDir);
	try {
		return { server, browser: await launchChromium(), records, articles: contentArticles() };
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

/** A loaded page and what went wrong while it loaded. */
interface Visit {
	readonly page: Page;
	readonly problems: string[];
	readonly foreign: string[];
}

/** Opens a path in a fresh context (offline: foreign requests are recorded and aborted). */
async function visit(path: string, options: BrowserContextOptions = {}): Promise<Visit> {
	const { browser, server } = await site();
	const context = await browser.newContext({ locale: 'zh-CN', ...options });
	const problems: string[] = [];
	const foreign: string[] = [];
	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1' || url.protocol === 'data:') await route.continue();
		else {
			foreign.push(url.href);
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
	return { page, problems, foreign };
}

/** The article the page-type checks use: one with doubts and captions, so every block shows. */
function notedArticle(articles: readonly Article[]): Article {
	const noted = articles.find(
		(article) => article.doubts.length > 0 && article.captions.length > 0,
	);
	if (!noted) throw new Error('the archive needs an article with doubts and captions');
	return noted;
}

/**
 * One page of every type the reading site builds, by a short name (for screenshots), worked out
 * from content/ and the built data so the list never names a page that is not there.
 */
function samplePages(): Record<string, string> {
	const records = JSON.parse(
		readFileSync(`${distDir}data/articles.json`, 'utf8'),
	) as ArticleRecord[];
	const articles = contentArticles();
	const noted = notedArticle(articles);
	const [year, month, day] = (records.find((record) => record.date !== null)?.date ?? '').split(
		'-',
	);
	const person = getCreditedNames(articles).find((name) => name.kind === 'person');
	return {
		home: '/',
		article: `/articles/${noted.id}/`,
		pages: '/pages/',
		page: `/pages/${noted.source.file.replace(/\.txt$/, '')}/`,
		regions: '/regions/',
		region: '/regions/hengnan/',
		dates: '/dates/',
		year: `/dates/${year}/`,
		month: `/dates/${year}/${month}/`,
		day: `/dates/${year}/${month}/${day}/`,
		people: '/people/',
		person: person?.url ?? '/people/',
		genres: '/genres/',
		genre: '/genres/xiaoxi/',
	};
}

/** The sample pages as [name, path] rows, or none when the site is not built (start() then fails each test). */
const samples: [string, string][] = isBuilt() ? Object.entries(samplePages()) : [];

describe('every page type of the reading site', () => {
	test('exists as a built site', async () => {
		await site();
		expect(samples.length).toBeGreaterThan(0);
	});

	test.each(samples)(
		'%s renders in Chinese with landmarks, one h1, no script, nothing foreign and no error',
		async (name, path) => {
			const { page, problems, foreign } = await visit(path);
			expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
			expect(await page.locator('header.site-header').count()).toBe(1);
			expect(await page.locator('nav[aria-label="栏目"]').count()).toBe(1);
			expect(await page.locator('main#main').count()).toBe(1);
			expect(await page.locator('footer.site-footer').count()).toBe(1);
			expect(await page.locator('h1').count()).toBe(1);
			expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');
			// No JavaScript on reading pages: the header's search box is a plain form; only /search/ has a script.
			expect(await page.locator('.site-search').count()).toBe(1);
			expect(await page.locator('script').count(), name).toBe(0);
			expect(problems).toEqual([]);
			expect(foreign).toEqual([]);
			await page.context().close();
		},
	);

	test.each(samples)('%s fits a 360 px screen without scrolling sideways', async (name, path) => {
		const { page } = await visit(path, { viewport: { width: 360, height: 740 } });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
		await page.context().close();
	});

	test.each(samples)(
		'%s is photographed at 360 px and on a desktop, light and dark',
		async (name, path) => {
			const sizes = [
				{ label: '360', viewport: { width: 360, height: 740 } },
				{ label: 'desktop', viewport: { width: 1280, height: 900 } },
			];
			for (const { label, viewport } of sizes) {
				for (const colorScheme of ['light', 'dark'] as const) {
					const { page } = await visit(path, { viewport, colorScheme });
					await page.screenshot({
						path: `${resultsDir}reading-${name}-${label}-${colorScheme}.png`,
						fullPage: true,
					});
					await page.context().close();
				}
			}
		},
	);

	test('swaps to dark colours when the reader prefers them', async () => {
		const background = async (colorScheme: 'light' | 'dark'): Promise<string> => {
			const { page } = await visit('/', { colorScheme });
			const colour = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor,
			);
			await page.context().close();
			return colour;
		};
		expect(await background('light')).toBe('rgb(253, 253, 251)');
		expect(await background('dark')).toBe('rgb(22, 24, 27)');
	});

	test('prints without the navigation', async () => {
		const { articles } = await site();
		const { page } = await visit(`/articles/${notedArticle(articles).id}/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('nav[aria-label="栏目"]').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		await page.context().close();
	});

	test('prints a slogan without its 释 button, the term kept', async () => {
		const { articles } = await site();
		const withSlogan = articles.find((article) => article.slogans.length > 0);
		if (!withSlogan) throw new Error('the archive needs an article with a slogan');
		const { page } = await visit(`/articles/${withSlogan.id}/`);
		const toggle = page.locator('.body .gloss-toggle').first();
		expect(await toggle.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await toggle.isVisible()).toBe(false);
		expect(await page.locator('.body .gloss-term').first().isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('an article page', () => {
	/** The article with doubts and captions, and its page. */
	async function open(options: BrowserContextOptions = {}) {
		const { articles } = await site();
		const article = articles.find(
			(candidate) => candidate.doubts.length > 0 && candidate.captions.length > 0,
		);
		if (!article) throw new Error('the archive needs an article with doubts and captions');
		return { article, ...(await visit(`/articles/${article.id}/`, options)) };
	}

	test('shows kicker, title, date with its basis, genre, regions, credits and people', async () => {
		const { article, page } = await open();
		expect(await page.locator('h1').textContent()).toBe(article.title);
		const facts = page.locator('dl.facts');
		expect(await facts.textContent()).toContain(article.dateBasis.evidence);
		for (const region of article.regions) {
			expect(
				await facts.getByRole('link', { name: region, exact: true }).getAttribute('href'),
			).toMatch(/^\/regions\/[a-z]+\/$/);
		}
		for (const credit of article.credits) expect(await facts.textContent()).toContain(credit.name);
		for (const person of article.people) expect(await facts.textContent()).toContain(person.post);
		await page.context().close();
	});

	test('shows each caption as a figure with no image at all', async () => {
		const { article, page, problems } = await open();
		expect(await page.locator('article figure').count()).toBe(article.captions.length);
		expect(await page.locator('img').count()).toBe(0);
		const first = article.captions[0];
		if (first)
			expect(await page.locator('article figcaption').first().textContent()).toContain(first.text);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('notes the ingest’s doubts with links to the raw lines, which land', async () => {
		const { article, page } = await open();
		const note = page.locator('aside.doubts');
		expect(await note.isVisible()).toBe(true);
		const doubt = article.doubts[0];
		if (!doubt) throw new Error('no doubt');
		expect(await note.textContent()).toContain(doubt.note);
		await note.getByRole('link', { name: `第${doubt.line}行` }).click();
		await page.waitForURL(/\/pages\/.+#L\d+$/);
		expect(await page.locator(':target').count()).toBe(1);
		expect(await page.locator(':target .line').textContent()).toBe(String(doubt.line));
		await page.context().close();
	});

	test('offers a GB/T 7714 and a plain citation with the permalink', async () => {
		const { article, page } = await open();
		const cite = page.locator('section.cite');
		const text = (await cite.textContent()) ?? '';
		// The title with its subtitle, as a citation prints it (the article picked may have one).
		expect(text).toContain(`${citationTitle(article)}[N]. 衡阳日报, ${article.date ?? ''}.`);
		expect(text).toContain(`《衡阳日报》`);
		expect(text).toContain(`/articles/${article.id}/`);
		await page.context().close();
	});

	test('links the other articles of its page, the page view, its neighbours and its source', async () => {
		const { article, page } = await open();
		const stem = article.source.file.replace(/\.txt$/, '');
		expect(await page.locator(`a[href="/pages/${stem}/"]`).count()).toBeGreaterThan(0);
		expect(await page.locator('a[rel="prev"], a[rel="next"]').count()).toBeGreaterThan(0);
		expect(await page.locator('.provenance').textContent()).toContain(article.source.file);
		await page.context().close();
	});

	test('carries Open Graph and Dublin Core metadata', async () => {
		const { article, page } = await open();
		expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
			article.title,
		);
		expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
		expect(await page.locator('meta[name="DC.title"]').getAttribute('content')).toBe(article.title);
		expect(await page.locator('link[rel="schema.DC"]').count()).toBe(1);
		await page.context().close();
	});
});

describe('a raw page as printed', () => {
	test('shows every block in order, outlined by article, furniture apart', async () => {
		const { articles } = await site();
		const pagesDir = `${contentDir}pages/`;
		for (const file of readdirSync(pagesDir).filter((name) => name.endsWith('.json'))) {
			const record = JSON.parse(readFileSync(`${pagesDir}${file}`, 'utf8')) as PageRecord;
			const { page } = await visit(`/pages/${file.replace(/\.json$/, '')}/`);
			const texts = await page.locator('.blocks li .text').allTextContents();
			expect(texts, file).toEqual(record.blocks.map((block) => block.text));
			const furniture = record.blocks.filter((block) => block.kind === 'furniture').length;
			expect(await page.locator('.furniture .blocks li').count(), file).toBe(furniture);
			for (const id of record.articles) {
				const title = articles.find((article) => article.id === id)?.title ?? id;
				expect(
					await page.locator(`.segment-label a[href="/articles/${id}/"]`).first().textContent(),
					file,
				).toBe(title);
			}
			await page.context().close();
		}
	});

	test('is listed with every other raw page', async () => {
		const { page } = await visit('/pages/');
		const files = readdirSync(`${contentDir}pages/`).filter((name) => name.endsWith('.json'));
		expect(await page.locator('.page-list > li').count()).toBe(files.length);
		await page.context().close();
	});
});

describe('the region index', () => {
	test('draws a map whose areas are named links that work without JavaScript', async () => {
		const { page, problems } = await visit('/regions/', { javaScriptEnabled: false });
		const areas = page.locator('svg a');
		expect(await areas.count()).toBe(13);
		for (const label of await areas.evaluateAll((links) =>
			links.map((link) => link.getAttribute('aria-label')),
		)) {
			expect(label).toMatch(/^\p{Script=Han}+[，]/u);
		}
		// Why the name, not the area's centre: 衡南县 is a U around the city, its centre is 雁峰区.
		await page.locator('svg a[href="/regions/hengnan/"] text.name').click();
		await page.waitForURL(/\/regions\/hengnan\/$/);
		expect(await page.locator('h1').textContent()).toBe('衡南县');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	test('lets the keyboard reach a map area and shows where the focus is', async () => {
		const { page } = await visit('/regions/');
		let focusedArea = false;
		for (let i = 0; i < 40 && !focusedArea; i++) {
			await page.keyboard.press('Tab');
			focusedArea = await page.evaluate(
				() =>
					document.activeElement?.closest('svg') !== null &&
					document.activeElement?.tagName.toLowerCase() === 'a',
			);
		}
		expect(focusedArea).toBe(true);
		const stroke = await page.evaluate(() => {
			const path = document.activeElement?.querySelector('path');
			return path ? getComputedStyle(path).strokeWidth : '';
		});
		expect(stroke).toBe('4px');
		await page.context().close();
	});
});

describe('a region page', () => {
	test('gives sourced facts, its articles, its slogans and its people', async () => {
		const regions = JSON.parse(
			readFileSync(`${distDir}data/regions.json`, 'utf8'),
		) as RegionRecord[];
		const region = regions.find((candidate) => candidate.slug === 'zhuhui');
		if (!region) throw new Error('no 珠晖区 in regions.json');
		const { page } = await visit(region.url);
		expect(await page.locator('h1').textContent()).toBe(region.name);
		for (const fact of region.facts)
			expect(await page.locator('main').textContent()).toContain(fact.text);
		for (const source of region.facts.map((fact) => fact.source)) {
			expect(await page.locator(`ol.sources a[href="${source.url}"]`).count()).toBe(1);
		}
		for (const id of [...region.primaryArticles, ...region.mentioningArticles]) {
			expect(await page.locator(`a[href="/articles/${id}/"]`).count()).toBeGreaterThan(0);
		}
		await page.context().close();
	});
});

describe('browsing', () => {
	test('the date index leads year → month → day to every dated article', async () => {
		const { records } = await site();
		const { page } = await visit('/dates/');
		const days = await page
			.locator('.days a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const dated = records.filter((record) => record.date !== null);
		const dates = new Set(dated.map((record) => record.date));
		expect(days.length).toBe(dates.size);
		await page.context().close();
	});

	test('a reporter’s page lists the articles that credit them', async () => {
		const { records } = await site();
		const { page } = await visit('/people/');
		const link = page.locator('.names a').first();
		const name = (await link.textContent()) ?? '';
		await link.click();
		await page.waitForURL(/\/people\/[a-z0-9-]+\/$/);
		const credited = records.filter((record) =>
			record.credits.some((credit) => credit.name === name),
		);
		expect(await page.locator('.article-list > li').count()).toBe(credited.length);
		await page.context().close();
	});

	test('a genre’s page lists the articles of that genre', async () => {
		const { records } = await site();
		const { page } = await visit('/genres/xiaoxi/');
		expect(await page.locator('.article-list > li').count()).toBe(
			records.filter((record) => record.genre === '消息').length,
		);
		await page.context().close();
	});
});

describe('data and feeds', () => {
	test('articles.json keeps its field names exactly', async () => {
		const { records } = await site();
		for (const record of records) {
			expect(Object.keys(record)).toEqual([
				'id',
				'url',
				'title',
				'kicker',
				'subtitle',
				'date',
				'dateBasis',
				'genre',
				'regions',
				'credits',
				'people',
				'slogans',
				'captions',
				'source',
				'text',
			]);
		}
	});

	test('RSS and Atom carry the newest articles, the sitemap and regions.json every article and region', async () => {
		const { server, records } = await site();
		const rss = await (await fetch(`${server.origin}/rss.xml`)).text();
		const atom = await (await fetch(`${server.origin}/atom.xml`)).text();
		const sitemapIndex = await fetch(`${server.origin}/sitemap-index.xml`);
		const regions = (await (
			await fetch(`${server.origin}/data/regions.json`)
		).json()) as RegionRecord[];
		// The real archive is smaller than a feed (feedLength): its feeds carry every article.
		expect(records.length).toBeLessThan(feedLength);
		expect(rss.match(/<item>/g)?.length).toBe(records.length);
		expect(atom.match(/<entry>/g)?.length).toBe(records.length);
		expect(sitemapIndex.status).toBe(200);
		expect(regions.length).toBe(17);
		const sitemap = await (await fetch(`${server.origin}/sitemap-0.xml`)).text();
		for (const record of records) expect(sitemap).toContain(`${record.url}</loc>`);
	});

	test('glossary.json holds every entry of content/glossary/, concordance.csv every occurrence', async () => {
		const { server, records } = await site();
		const glossary = (await (
			await fetch(`${server.origin}/data/glossary.json`)
		).json()) as GlossaryRecord[];
		const files = readdirSync(`${contentDir}glossary`).map((name) => name.replace(/\.md$/u, ''));
		expect(glossary.map((entry) => entry.slug).sort()).toEqual(files.sort());
		const ids = new Set(records.map((record) => record.id));
		for (const entry of glossary) {
			expect(entry.occurrences, entry.term).toBeGreaterThan(0);
			for (const article of entry.articles) expect(ids.has(article.id), article.id).toBe(true);
		}
		const csv = await (await fetch(`${server.origin}/data/concordance.csv`)).text();
		const lines = csv.split('\r\n').filter((line) => line !== '');
		expect(lines[0]).toBe(CONCORDANCE_COLUMNS.join(','));
		// One line per occurrence, as the entries count them.
		const total = glossary.reduce((sum, entry) => sum + entry.occurrences, 0);
		expect(lines.length - 1).toBe(total);
		// Each line's link is a page of the site, and a paragraph link names a paragraph that exists.
		const urls = new Set(lines.slice(1).map((line) => /,(\/articles\/[^,]+),/u.exec(line)?.[1]));
		for (const url of urls) {
			expect(url).toBeDefined();
			const [path, fragment] = (url ?? '').split('#');
			const html = await (await fetch(`${server.origin}${path ?? ''}`)).text();
			if (fragment) expect(html, url).toContain(`id="${fragment}"`);
		}
	});
});
