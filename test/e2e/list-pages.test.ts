import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenInternalLinks, distFiles } from '../helpers/dist-links.ts';
import { buildCopy, copyProject } from '../helpers/project-copy.ts';
import { generateArchivePages } from '../../scripts/bench/generate-pages.ts';
import { creditSlug } from '../../src/lib/site/credited.ts';

/**
 * The long lists' pages (src/lib/site/pagination.ts), built from the real seeds with two items a
 * page (HENGYANG_LIST_PAGE_SIZE=2), so that every kind of list has several pages.
 */
const copy = copyProject('hy-list-pages-');
const dist = join(copy, 'dist');
const origin = process.env.SITE_URL ?? 'https://hengyang-daily-archive.example';
afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
});

function build(env: Record<string, string>): string {
	const { status, output } = buildCopy(copy, { HENGYANG_LIST_PAGE_SIZE: '2', ...env });
	expect(status, output).toBe(0);
	return output;
}

function page(path: string): string {
	return readFileSync(join(dist, path, 'index.html'), 'utf8');
}

/** The article links of a page's main list(s): href of every title link. */
function articleLinks(html: string): string[] {
	return [...html.matchAll(/<a href="(\/articles\/[^"#]+\/)"/gu)].map((match) => match[1] ?? '');
}

/** Every page of a paged list, first page first: base, base/page/2/ … as long as they exist. */
function pagesOf(base: string): string[] {
	const pages = [base];
	for (let number = 2; existsSync(join(dist, base, 'page', String(number), 'index.html')); number++)
		pages.push(`${base}page/${number}/`);
	return pages;
}

interface ArticleRow {
	readonly url: string;
	readonly genre: string | null;
	readonly date: string | null;
	readonly credits: readonly { readonly name: string }[];
	readonly regions: readonly string[];
}

let articles: ArticleRow[] = [];
let firstBuild = '';

/** The reporter the extra raw page credits: two real articles credit them, so they have three. */
const REPORTER = '周瑞华';

beforeAll(() => {
	// Why an extra raw page: no name of the real seeds is credited in more than two articles.
	const [extra] = generateArchivePages(2, join(copy, 'content'));
	if (!extra) throw new Error('no generated raw page');
	writeFileSync(
		join(copy, 'seeds', 'zz_extra.txt'),
		extra.text.replace(/全媒体记者 \S+ /gu, `全媒体记者 ${REPORTER} `),
	);
	firstBuild = build({});
	articles = JSON.parse(readFileSync(join(dist, 'data/articles.json'), 'utf8')) as ArticleRow[];
}, 600_000);

describe('a genre’s pages', () => {
	test('hold every article of the genre once, two a page, with a pager on each', () => {
		const pages = pagesOf('genres/xiaoxi/');
		expect(pages.length).toBeGreaterThan(1);
		const links = pages.map((path) => articleLinks(page(path)));
		for (const onPage of links) expect(onPage.length).toBeLessThanOrEqual(2);
		const expected = articles.filter((article) => article.genre === '消息').map((a) => a.url);
		expect(links.flat().sort()).toEqual([...expected].sort());
		expect(pages.length).toBe(Math.ceil(expected.length / 2));
		pages.forEach((path, index) => {
			const html = page(path);
			expect(html).toContain(`aria-label="文章分页"`);
			expect(html).toContain(`第${index + 1}页，共${pages.length}页`);
			expect(html).toMatch(new RegExp(`href="/${path}" aria-current="page"`, 'u'));
			if (index > 0) expect(html).toContain('rel="prev"');
			if (index < pages.length - 1) expect(html).toContain('rel="next"');
		});
	});
});

describe('a region’s lists', () => {
	const region = 'regions/hengyang/';

	test('show their first page on the region’s page and link to all of it', () => {
		const html = page(region);
		const primary = articles.filter((article) => article.regions[0] === '衡阳市');
		expect(primary.length).toBeGreaterThan(2);
		expect(html).toContain(`以衡阳市为主的文章（${primary.length}篇）`);
		expect(html).toContain(`href="/${region}articles/"`);
		expect(html).toContain(`以上是前2篇，查看全部${primary.length}篇`);
	});

	test('have pages that hold every item once', () => {
		const primary = articles.filter((article) => article.regions[0] === '衡阳市').map((a) => a.url);
		const pages = pagesOf(`${region}articles/`);
		const links = pages.map((path) => articleLinks(page(path).split('<footer')[0] ?? ''));
		expect(links.flat().sort()).toEqual([...primary].sort());
		const mentioning = articles
			.filter((article) => article.regions[0] !== '衡阳市' && article.regions.includes('衡阳市'))
			.map((a) => a.url);
		if (mentioning.length > 2) {
			const mentionPages = pagesOf(`${region}mentions/`);
			expect(mentionPages.flatMap((path) => articleLinks(page(path))).sort()).toEqual(
				[...mentioning].sort(),
			);
		}
		expect(pagesOf(`${region}figures/`).length).toBeGreaterThan(1);
	});
});

describe('the indexes and the glossary', () => {
	test('the people index and the raw pages’ index have later pages', () => {
		expect(pagesOf('people/').length).toBeGreaterThan(1);
		const raw = pagesOf('pages/');
		// The five real seeds and the extra raw page.
		expect(raw.length).toBe(Math.ceil(6 / 2));
		const listed = raw.flatMap((path) =>
			[...page(path).matchAll(/<a href="\/pages\/([^"/]+)\/"/gu)].map((match) => match[1]),
		);
		expect(new Set(listed).size).toBe(6);
	});

	test('a slogan with more uses than a page has pages of its own', () => {
		const uses = distFiles(dist).filter((file) =>
			/^glossary\/[^/]+\/uses\/index\.html$/u.test(file),
		);
		expect(uses.length).toBeGreaterThan(0);
		for (const file of uses) {
			const slug = file.split('/')[1] ?? '';
			expect(page(`glossary/${slug}/`)).toContain(`href="/glossary/${slug}/uses/"`);
		}
	});

	test('a year lists the first articles of each month and links the month for all of them', () => {
		const years = distFiles(dist).filter((file) => /^dates\/\d{4}\/index\.html$/u.test(file));
		let linked = 0;
		for (const file of years) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const section of html.split('<section').slice(1)) {
				const count = Number(/<span class="count"[^>]*>(\d+)篇<\/span>/u.exec(section)?.[1]);
				expect(articleLinks(section).length).toBe(Math.min(2, count));
				if (count > 2) {
					expect(section).toContain(`以上是前2篇，查看全部${count}篇`);
					linked++;
				}
			}
		}
		expect(linked).toBeGreaterThan(0);
	});

	test('a month lists the first articles of each day and links the day for all of them', () => {
		const months = distFiles(dist).filter((file) =>
			/^dates\/\d{4}\/\d{2}\/index\.html$/u.test(file),
		);
		let linked = 0;
		for (const file of months) {
			const html = readFileSync(join(dist, file), 'utf8');
			for (const section of html.split('<section').slice(1)) {
				const day = /<a href="(\/dates\/\d{4}\/\d{2}\/\d{2}\/)"/u.exec(section)?.[1] ?? '';
				const all = pagesOf(day.slice(1)).flatMap((path) =>
					articleLinks(page(path).split('<footer')[0] ?? ''),
				);
				expect(articleLinks(section).length).toBe(Math.min(2, all.length));
				if (all.length > 2) {
					expect(section).toContain(`以上是前2篇，查看全部${all.length}篇`);
					linked++;
				}
			}
		}
		expect(linked).toBeGreaterThan(0);
	});

	test('a day with more articles than a page has later pages that hold each article once', () => {
		const dated = new Map<string, string[]>();
		for (const article of articles) {
			if (article.date === null) continue;
			dated.set(article.date, [...(dated.get(article.date) ?? []), article.url]);
		}
		const long = [...dated].filter(([, urls]) => urls.length > 2);
		expect(long.length).toBeGreaterThan(0);
		for (const [iso, urls] of long) {
			const pages = pagesOf(`dates/${iso.replaceAll('-', '/')}/`);
			expect(pages.length).toBe(Math.ceil(urls.length / 2));
			const links = pages.map((path) => articleLinks(page(path).split('<footer')[0] ?? ''));
			for (const onPage of links) expect(onPage.length).toBeLessThanOrEqual(2);
			expect(links.flat().sort()).toEqual([...urls].sort());
			expect(page(pages[1] ?? '')).toContain(`第2页，共${pages.length}页`);
		}
	});

	test('a name credited in more articles than a page has later pages that hold each once', () => {
		const credited = new Map<string, Set<string>>();
		for (const article of articles)
			for (const { name } of article.credits)
				credited.set(name, (credited.get(name) ?? new Set()).add(article.url));
		const paged = distFiles(dist).filter((file) =>
			/^people\/[^/]+\/page\/2\/index\.html$/u.test(file),
		);
		expect(paged).toContain(`people/${creditSlug(REPORTER, 'person')}/page/2/index.html`);
		for (const file of paged) {
			const base = `people/${file.split('/')[1] ?? ''}/`;
			const name = /<h1>([^<]+)<\/h1>/u.exec(page(base))?.[1] ?? '';
			const urls = [...(credited.get(name) ?? [])];
			expect(urls.length, name).toBeGreaterThan(2);
			const pages = pagesOf(base);
			expect(pages.length).toBe(Math.ceil(urls.length / 2));
			const links = pages.map((path) => articleLinks(page(path).split('<footer')[0] ?? ''));
			for (const onPage of links) expect(onPage.length).toBeLessThanOrEqual(2);
			expect(links.flat().sort()).toEqual(urls.sort());
			expect(page(pages[1] ?? '')).toContain(`共${String(urls.length)}篇`);
		}
	});

	test('no internal link of the site leads nowhere', () => {
		expect(brokenInternalLinks(dist, origin)).toEqual([]);
	});
});

describe('with names folded by FILE_BUDGET', () => {
	test('the list pages count in the file plan, and a folded name links its index page', () => {
		const minimum = Number(/minimum (\d+)\)/u.exec(firstBuild)?.[1]);
		expect(minimum).toBeGreaterThan(0);
		// Why the minimum: the build fails if the site has more files than the plan projected,
		// so a list page the plan did not count would fail it.
		build({ FILE_BUDGET: String(minimum) });
		const anchors = new Set(
			distFiles(dist)
				.filter((file) => file.endsWith('.html'))
				.flatMap((file) =>
					[
						...readFileSync(join(dist, file), 'utf8').matchAll(
							/href="(\/people\/page\/\d+\/#[^"]+)"/gu,
						),
					].map((match) => match[1]),
				),
		);
		expect(anchors.size).toBeGreaterThan(0);
		expect(brokenInternalLinks(dist, origin)).toEqual([]);
	}, 600_000);
});
