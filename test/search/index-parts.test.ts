/** How a site's pages are split into parts, and what Pagefind is given of a page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	pagefindInput,
	endsPart,
	withoutIgnored,
	partKey,
	PartCutter,
	splitIntoParts,
} from '../../src/lib/search/index-parts.ts';

const urls = (n: number): { url: string }[] =>
	Array.from({ length: n }, (_, i) => ({ url: `/articles/2020-01-${i}-x/` }));

describe('splitIntoParts', () => {
	test('keeps a site of at most partPages pages in one part, in URL order', () => {
		expect(splitIntoParts([], 1000)).toEqual([[]]);
		const pages = urls(1000).reverse();
		expect(splitIntoParts(pages, 1000)).toEqual([
			[...pages].sort((a, b) => (a.url < b.url ? -1 : 1)),
		]);
	});

	test('cuts a bigger site into runs of URLs, each ending where endsPart says', () => {
		const pages = urls(5000).reverse();
		const split = splitIntoParts(pages, 100);
		const flat = split.flat().map((page) => page.url);
		expect(flat).toEqual(pages.map((page) => page.url).sort());
		for (const [i, part] of split.entries()) {
			expect(part.length).toBeGreaterThan(0);
			expect(part.length).toBeLessThanOrEqual(200);
			const last = part.at(-1)?.url ?? '';
			if (i < split.length - 1) expect(endsPart(last, part.length, 100)).toBe(true);
			for (const [at, page] of part.slice(0, -1).entries())
				expect(endsPart(page.url, at + 1, 100)).toBe(false);
		}
		// About partPages a part, and none far from it: no part is cut before a quarter of it.
		expect(split.length).toBeGreaterThan(35);
		expect(split.length).toBeLessThan(65);
		expect(split.slice(0, -1).every((part) => part.length >= 25)).toBe(true);
	});

	test('ends a part at twice partPages, never before a quarter, and more readily past partPages', () => {
		// A URL whose hash is a multiple of 100/16 = 6 but not of 100 cuts only past partPages.
		const easy = urls(400)
			.map((page) => page.url)
			.find((url) => !endsPart(url, 99, 100) && endsPart(url, 100, 100));
		expect(easy).toBeDefined();
		const url = easy ?? '';
		expect(endsPart(url, 24, 100)).toBe(false);
		expect(endsPart(url, 150, 100)).toBe(true);
		expect(endsPart('/articles/any/', 200, 100)).toBe(true);
		expect(endsPart('/articles/any/', 1, 100)).toBe(false);
	});

	test('leaves every other part as it was when a page is added', () => {
		const pages = urls(3000);
		const before = splitIntoParts(pages, 100).map((part) => JSON.stringify(part));
		for (const url of [
			'/articles/2020-01-1500-y/',
			'/articles/2024-05-01-new/',
			'/articles/2000-x/',
		]) {
			const after = splitIntoParts([...pages, { url }], 100).map((part) => JSON.stringify(part));
			const changed = after.filter((part) => !before.includes(part));
			// The part it joined; or, when it ends a part or moves a cut that depends on a part's length, that part and the one after it.
			expect(changed.length, url).toBeGreaterThan(0);
			expect(changed.length, url).toBeLessThanOrEqual(3);
			expect(changed.some((part) => part.includes(url))).toBe(true);
		}
	});
});

describe('PartCutter', () => {
	/** The pages given one by one, and each part with the number of pages given when it came out. */
	function cut(n: number, partPages: number): { parts: { url: string }[][]; given: number[] } {
		const cutter = new PartCutter<{ url: string }>(partPages);
		const parts: { url: string }[][] = [];
		const given: number[] = [];
		const sorted = urls(n).sort((a, b) => (a.url < b.url ? -1 : 1));
		for (const [i, page] of sorted.entries())
			for (const part of cutter.add(page)) {
				parts.push(part);
				given.push(i + 1);
			}
		for (const part of cutter.end()) {
			parts.push(part);
			given.push(n);
		}
		return { parts, given };
	}

	test('gives the parts of splitIntoParts, each as soon as its last page is given', () => {
		for (const n of [0, 1, 99, 100, 101, 130, 777, 3000]) {
			const { parts, given } = cut(n, 100);
			expect(parts, String(n)).toEqual(splitIntoParts(urls(n), 100));
			if (n <= 100) expect(given, String(n)).toEqual([n]);
			else
				for (const [i, part] of parts.entries()) {
					const last = parts.slice(0, i + 1).flat().length;
					// A part comes out when its last page is given, or, cut before more than
					// partPages were given, with the first part after that.
					if (last > 100) expect(given[i], `${n} ${i}`).toBe(last);
					else expect(given[i], `${n} ${i}`).toBeGreaterThan(100);
					expect(part.length).toBeGreaterThan(0);
				}
		}
	});
});

describe('pagefindInput', () => {
	const page = (related: string): string =>
		`<!DOCTYPE html><html lang="zh-CN"><head><title>T</title></head><body><nav>${related}</nav><article data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><article><p>内</p></article><p>文</p></article><aside>${related}</aside></body></html>`;

	test('gives the html tag and the body element, nested elements of its name included', () => {
		expect(pagefindInput(page('相关'))).toBe(
			'<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1 data-pagefind-meta="title">标题</h1><article><p>内</p></article><p>文</p></article></body></html>',
		);
	});

	test('does not change with what lies outside the body element', () => {
		expect(pagefindInput(page('甲'))).toBe(pagefindInput(page('乙 丙')));
	});

	test('gives the page whole when Pagefind would read something outside the body element', () => {
		const cases = [
			'<html><body><p>没有</p></body></html>',
			'<html><body><div data-pagefind-body>a</div><div data-pagefind-body>b</div></body></html>',
			'<html><body><span data-pagefind-filter="x:y"></span><div data-pagefind-body>a</div></body></html>',
			'<html><body><div data-pagefind-body>a</div><meta data-pagefind-meta="k:v"></body></html>',
			'<html><body><div data-pagefind-body>a<div>b</div></body></html>',
		];
		for (const html of cases) expect(pagefindInput(html), html).toBe(html);
	});
});

describe('withoutIgnored', () => {
	test('leaves out ignored elements that hold nothing Pagefind reads, nested ones whole', () => {
		expect(
			withoutIgnored(
				'<article data-pagefind-body><div class="body" data-pagefind-ignore><div><p>正文</p></div><div>二</div></div><p>留</p><dl data-pagefind-ignore=""><dt>日期</dt></dl><div hidden data-search-block><p>词 语</p></div></article>',
			),
		).toBe(
			'<article data-pagefind-body><p>留</p><div hidden data-search-block><p>词 语</p></div></article>',
		);
	});

	test('leaves out an ignored element whose only data-pagefind attributes are nested ignores', () => {
		expect(
			withoutIgnored(
				'<article data-pagefind-body><div class="body" data-pagefind-ignore><p id="p-1">正文<aside data-pagefind-ignore="">注</aside></p><span data-pagefind-ignore>边</span></div><p>留</p></article>',
			),
		).toBe('<article data-pagefind-body><p>留</p></article>');
		// A look-alike that is not the ignore attribute still keeps the element.
		const lookalike = '<div data-pagefind-ignore><span data-pagefind-ignored>x</span></div>';
		expect(withoutIgnored(lookalike)).toBe(lookalike);
	});

	test('keeps an ignored element holding a data-pagefind attribute or an image, and looks inside it', () => {
		const kept =
			'<header data-pagefind-ignore><h1 data-pagefind-meta="title">题</h1><p data-pagefind-ignore>删</p></header>';
		expect(withoutIgnored(kept)).toBe(
			'<header data-pagefind-ignore><h1 data-pagefind-meta="title">题</h1></header>',
		);
		const meta = '<p data-pagefind-ignore data-pagefind-meta="k:v">v</p>';
		expect(withoutIgnored(meta)).toBe(meta);
		const image = '<figure data-pagefind-ignore><img src="a.png" alt="图"></figure>';
		expect(withoutIgnored(image)).toBe(image);
	});

	test('leaves alone what only looks like the attribute, and elements whose end is missing', () => {
		const cases = [
			'<p>写作 data-pagefind-ignore 的文字</p>',
			'<p title=" data-pagefind-ignore">t</p>',
			'<p title="x data-pagefind-ignore y">t</p>',
			'<p data-pagefind-ignored>t</p>',
			'<div data-pagefind-ignore><p>没有结尾</p>',
			'<br data-pagefind-ignore>',
		];
		for (const html of cases) expect(withoutIgnored(html), html).toBe(html);
	});
});

describe('partKey', () => {
	test('changes with the salt, a URL, a digest or the order, not otherwise', () => {
		const pages = [
			{ url: '/a/', digest: 'x' },
			{ url: '/b/', digest: 'y' },
		];
		const key = partKey('1.6.0', pages);
		expect(
			partKey(
				'1.6.0',
				pages.map((p) => ({ ...p })),
			),
		).toBe(key);
		expect(partKey('1.6.1', pages)).not.toBe(key);
		expect(
			partKey('1.6.0', [pages[0] ?? { url: '', digest: '' }, { url: '/b/', digest: 'z' }]),
		).not.toBe(key);
		expect(partKey('1.6.0', [...pages].reverse())).not.toBe(key);
		expect(
			partKey('1.6.0', [
				{ url: '/a/', digest: 'x/b/' },
				{ url: '', digest: 'y' },
			]),
		).not.toBe(key);
	});
});

describe('the templates', () => {
	test('only the article page carries data-pagefind-body (the build indexes articles/ alone)', () => {
		const carriers: string[] = [];
		for (const entry of readdirSync('src', { recursive: true, withFileTypes: true }))
			if (entry.isFile() && /\.(?:astro|ts|tsx|js|md|mdx|html)$/u.test(entry.name)) {
				const path = relative('.', join(entry.parentPath, entry.name));
				const text = readFileSync(path, 'utf8');
				// An attribute in markup (not a mention in a comment or a doc line).
				if (/<[a-z][^>]*\sdata-pagefind-body\b/iu.test(text)) carriers.push(path);
			}
		expect(carriers).toEqual([join('src', 'pages', 'articles', '[id].astro')]);
	});
});
