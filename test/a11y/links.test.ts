import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { expect, test } from 'vitest';
import { serveDirectory } from '../helpers/serve.ts';
import { builtSiteOrigin, distDir, requireBuiltSite } from './built-site.ts';

/**
 * Whether a link ending in a text fragment (#p-4:~:text=…, the figures' links to their sentences)
 * leads to a page with the element before the directive. Why: linkinator takes the whole fragment
 * as an id; the text directive is for the browser, which falls back to the id.
 */
function textFragmentTargetExists(url: string): boolean {
	const hash = url.indexOf('#');
	const cut = url.indexOf(':~:', hash);
	if (hash < 0 || cut < 0) return false;
	const id = url.slice(hash + 1, cut);
	const path = decodeURIComponent(new URL(url.slice(0, hash)).pathname);
	const file = join(distDir, path, path.endsWith('/') ? 'index.html' : '');
	return existsSync(file) && readFileSync(file, 'utf8').includes(`id="${id}"`);
}

test('every internal link of the built site, fragments included, leads somewhere', async () => {
	requireBuiltSite();
	const siteOrigin = builtSiteOrigin();
	const server = await serveDirectory(distDir);
	try {
		const checker = new LinkChecker();
		const result = await checker.check({
			path: `${server.origin}/`,
			recurse: true,
			checkFragments: true,
			// Absolute links to the site itself (canonical, permalinks, feeds) are checked on the
			// local copy; links to other sites (the region sources) are not fetched: no network.
			urlRewriteExpressions: [
				{
					pattern: new RegExp(`^${siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
					replacement: server.origin,
				},
			],
			linksToSkip: (link) => Promise.resolve(!link.startsWith(server.origin)),
			concurrency: 8,
		});
		const broken = result.links
			.filter((link) => link.state === LinkState.BROKEN && !textFragmentTargetExists(link.url))
			.map((link) => `${link.url} (${link.status ?? '?'}) on ${link.parent ?? '?'}`);
		expect(broken).toEqual([]);
		const checked = result.links.filter((link) => link.state === LinkState.OK);
		// The crawl must actually have walked the site, not stopped at the home page.
		expect(checked.length).toBeGreaterThan(50);
	} finally {
		await server.close();
	}
}, 180_000);
