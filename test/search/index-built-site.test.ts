/**
 * indexBuiltSite: the index, the tag and the offline manifest of a built site. The tag is a hash
 * of the site's files: the same site gives the same tag however often it is indexed, any changed
 * byte another.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexBuiltSite } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'hy-index-built-'));
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

function article(n: number, text: string): string {
	return `<!doctype html><html lang="zh-CN"><head><title>第${n}篇</title></head><body>
<article data-pagefind-body><h1 data-pagefind-meta="title">第${n}篇</h1><p>${text}</p></article>
</body></html>`;
}

/** Indexes the site; its tag and offline manifest. */
async function index(site: string): Promise<{ tag: string; manifest: string }> {
	await indexBuiltSite(site, 2, () => undefined, join(root, 'cache'));
	const { tag } = JSON.parse(readFileSync(join(site, 'search', 'index-version.json'), 'utf8')) as {
		tag: string;
	};
	return { tag, manifest: readFileSync(join(site, 'search', 'offline-manifest.js'), 'utf8') };
}

describe('indexBuiltSite', () => {
	test('gives the same tag when a site is indexed again, and another when a page changes', async () => {
		const site = join(root, 'site');
		for (const n of [1, 2]) {
			mkdirSync(join(site, 'articles', `a${n}`), { recursive: true });
			writeFileSync(join(site, 'articles', `a${n}`, 'index.html'), article(n, `衡阳第${n}篇文章`));
		}
		writeFileSync(
			join(site, 'index.html'),
			'<!doctype html><html lang="zh-CN"><body>首页</body></html>',
		);

		const first = await index(site);
		expect(first.tag).toMatch(/^[0-9a-f]{16}$/u);
		expect(first.manifest).toContain(first.tag);
		// Why: the second run finds the first run's search/index-version.json and manifest in the site.
		expect(await index(site)).toEqual(first);

		writeFileSync(
			join(site, 'index.html'),
			'<!doctype html><html lang="zh-CN"><body>首页。</body></html>',
		);
		expect((await index(site)).tag).not.toBe(first.tag);
	});

	test('reads again only the files that changed since the last run, for the parts and for the tag', async () => {
		const site = join(root, 'site-digests');
		const cacheDir = join(root, 'digests-cache', 'pagefind');
		for (const n of [1, 2]) {
			mkdirSync(join(site, 'articles', `a${n}`), { recursive: true });
			writeFileSync(join(site, 'articles', `a${n}`, 'index.html'), article(n, `衡阳第${n}篇文章`));
		}
		const run = async (): Promise<string> => {
			const lines: string[] = [];
			await indexBuiltSite(site, 2, (line) => lines.push(line), cacheDir);
			return lines.join('\n');
		};
		expect(await run()).toMatch(/2 of the HTML files opened/u);
		const again = await run();
		expect(again).toMatch(/0 of the HTML files opened/u);
		// The index and date order the step wrote again are new files, opened again; the pages are not.
		const read = /\((\d+) of (\d+) files opened for it/u.exec(again);
		expect(Number(read?.[1])).toBeLessThan(Number(read?.[2]));

		const changed = article(2, '衡阳第二篇文章，改过。');
		writeFileSync(join(site, 'articles', 'a2', 'index.html'), changed);
		expect(await run()).toMatch(
			/1 part\(s\), 1 indexed afresh, 0 from the cache; 1 of the HTML files opened/u,
		);
	});
});
