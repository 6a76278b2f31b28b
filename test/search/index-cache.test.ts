/**
 * writeSearchIndex with parts: the same bytes two processes at a time as one at a time, and the
 * same bytes when parts come from the cache as when every part is indexed afresh, after a page's
 * indexed text changes, another page changes outside its data-pagefind-body element and a page
 * is added; only the parts of the changed and added pages are indexed again.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { splitIntoParts } from '../../src/lib/search/index-parts.ts';

/** The URL lists of the parts a site of these article numbers is cut into. */
function partsOf(pages: Iterable<number>): string[][] {
	return splitIntoParts(
		[...pages].map((n) => ({ url: `/articles/a${n}/` })),
		PART_PAGES,
	).map((part) => part.map((page) => page.url));
}

let root: string;

/** An article page: its indexed element, and a related list outside it. */
function page(n: number, body: string, related: string): string {
	const day = String(1 + (n % 28)).padStart(2, '0');
	return `<!doctype html><html lang="zh-CN"><head><title>第${n}篇</title></head><body>
<nav><a href="/">首页</a></nav>
<article data-pagefind-body>
<h1 data-pagefind-meta="title">衡阳 第${n}篇</h1>
<time data-pagefind-meta="date[datetime]" datetime="2020-03-${day}">3月${day}日</time>
<span data-pagefind-filter="region:${n % 2 === 0 ? '珠晖区' : '南岳区'}"></span>
<article><p>${body}</p></article>
</article>
<aside><h2>相关文章</h2><p>${related}</p></aside>
</body></html>`;
}

/** Writes a site of article pages (n → [indexed text, related list]) under `dir`. */
function writeSite(dir: string, pages: Map<number, [string, string]>): void {
	for (const [n, [body, related]] of pages) {
		mkdirSync(join(dir, 'articles', `a${n}`), { recursive: true });
		writeFileSync(join(dir, 'articles', `a${n}`, 'index.html'), page(n, body, related));
	}
	writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body>首页</body></html>');
}

/** Every file under a directory, by relative path. */
function tree(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			const full = join(entry.parentPath, entry.name);
			files.set(relative(dir, full), readFileSync(full).toString('base64'));
		}
	return files;
}

/** Indexes `site` into <out>/pagefind and <out>/search/date-order.json; returns the report. */
function index(
	site: string,
	out: string,
	options: { cacheDir?: string; concurrency?: number; digestsFile?: string } = {},
) {
	return writeSearchIndex(site, join(out, 'pagefind'), {
		glob: 'articles/**/index.html',
		dateOrderPath: join(out, 'search', 'date-order.json'),
		partPages: 4,
		...options,
	});
}

const PART_PAGES = 4;
const before = new Map<number, [string, string]>(
	Array.from({ length: 12 }, (_, i): [number, [string, string]] => [
		i + 1,
		[`项目 建设 第${i + 1}号 ${i % 3 === 0 ? '三高四新' : '晨读'}`, `第${i + 2}篇`],
	]),
);
const after = new Map(before);
after.set(3, ['项目 建设 第3号 改写 之后', '第4篇']);
after.set(5, [before.get(5)?.[0] ?? '', '第13篇 新的 相关']);
after.set(13, ['新增 文章 第13号', '第12篇']);

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'search-cache-'));
	writeSite(join(root, 'a'), before);
	writeSite(join(root, 'b'), after);
});

afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

describe('a search index in parts', () => {
	test('is the same bytes indexed two parts at a time as one at a time', async () => {
		const one = await index(join(root, 'a'), join(root, 'one'), { concurrency: 1 });
		const two = await index(join(root, 'a'), join(root, 'two'), { concurrency: 2 });
		expect(one.parts).toBe(partsOf(before.keys()).length);
		expect(one.parts).toBeGreaterThan(1);
		expect(two).toEqual(one);
		expect(tree(join(root, 'two'))).toEqual(tree(join(root, 'one')));
		expect(tree(join(root, 'one', 'pagefind')).size).toBeGreaterThan(before.size);
	});

	test('takes unchanged parts from the cache and gives the bytes of an index made afresh', async () => {
		const cacheDir = join(root, 'cache');
		const cold = await index(join(root, 'a'), join(root, 'cached-a'), { cacheDir });
		expect(cold.indexedParts).toBe(cold.parts);
		const again = await index(join(root, 'a'), join(root, 'cached-a2'), { cacheDir });
		expect(again.indexedParts).toBe(0);
		expect(tree(join(root, 'cached-a2'))).toEqual(tree(join(root, 'cached-a')));

		// Page 3's text changed and page 13 is new; page 5 changed only outside its body element.
		// Indexed again: the part of page 3, and the part page 13 joined (or the two it cut it in).
		const old = new Set(partsOf(before.keys()).map((urls) => urls.join(' ')));
		const changed = partsOf(after.keys()).filter(
			(urls) => urls.includes('/articles/a3/') || !old.has(urls.join(' ')),
		);
		expect(changed.length).toBeLessThanOrEqual(3);
		const rebuilt = await index(join(root, 'b'), join(root, 'cached-b'), { cacheDir });
		expect(rebuilt.indexedParts).toBe(changed.length);
		expect(rebuilt.indexedParts).toBeLessThan(rebuilt.parts);
		const fresh = await index(join(root, 'b'), join(root, 'fresh-b'));
		expect(fresh.indexedParts).toBe(fresh.parts);
		expect(tree(join(root, 'cached-b'))).toEqual(tree(join(root, 'fresh-b')));
		expect(tree(join(root, 'cached-b'))).not.toEqual(tree(join(root, 'cached-a')));
		// The cache keeps the parts of the last site only.
		expect(readdirSync(cacheDir)).toHaveLength(rebuilt.parts);
	});

	test('reads in the worker the pages whose stored digests it used, and refuses one changed behind them', async () => {
		const site = join(root, 'd');
		cpSync(join(root, 'a'), site, { recursive: true });
		// Why one fixed time: the page changed below must keep its size, time and inode.
		const files = [...tree(site).keys()].map((path) => join(site, path));
		for (const file of files) utimesSync(file, 1e9, 1e9);
		const digestsFile = join(root, 'digests-d.json');
		const first = await index(site, join(root, 'd1'), {
			cacheDir: join(root, 'cache-d1'),
			digestsFile,
		});
		expect(first.htmlFilesRead).toBe(first.htmlFiles);
		// A fresh cache: every part is indexed, from pages no longer read by the main thread.
		const second = await index(site, join(root, 'd2'), {
			cacheDir: join(root, 'cache-d2'),
			digestsFile,
		});
		expect(second.htmlFilesRead).toBe(0);
		expect(second.indexedParts).toBe(second.parts);
		expect(tree(join(root, 'd2'))).toEqual(tree(join(root, 'd1')));

		const file = join(site, 'articles', 'a2', 'index.html');
		const html = readFileSync(file, 'utf8');
		writeFileSync(file, html.replace('第2号', '第9号'));
		expect(readFileSync(file).length).toBe(Buffer.byteLength(html));
		utimesSync(file, 1e9, 1e9);
		await expect(
			index(site, join(root, 'd3'), { cacheDir: join(root, 'cache-d3'), digestsFile }),
		).rejects.toThrow(
			/read articles\/a2\/index\.html failed:\n- the page changed while the site was indexed/u,
		);
	});

	test('indexes a page changed outside its body element from the cache, unchanged', async () => {
		const site = join(root, 'c');
		cpSync(join(root, 'a'), site, { recursive: true });
		const cacheDir = join(root, 'cache-c');
		await index(site, join(root, 'c1'), { cacheDir });
		const file = join(site, 'articles', 'a7', 'index.html');
		writeFileSync(file, readFileSync(file, 'utf8').replace('第8篇', '第9篇 第10篇'));
		const report = await index(site, join(root, 'c2'), { cacheDir });
		expect(report.indexedParts).toBe(0);
		expect(tree(join(root, 'c2'))).toEqual(tree(join(root, 'c1')));
	});
});
