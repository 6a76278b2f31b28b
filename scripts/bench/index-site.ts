/**
 * node scripts/bench/index-site.ts [dist]: the Pagefind step of the build on its own, for a site
 * built with PAGEFIND_SKIP=1 — the same indexBuiltSite the integration runs, with the article
 * pages counted on disk (dist/articles/<id>/index.html) instead of from Astro's page list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexBuiltSite } from '../../src/integrations/pagefind.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const articlesDir = join(siteDir, 'articles');
const articlePages = existsSync(articlesDir)
	? readdirSync(articlesDir).filter((id) => existsSync(join(articlesDir, id, 'index.html'))).length
	: 0;
await indexBuiltSite(siteDir, articlePages, (message) => {
	console.log(message);
});
