/**
 * node scripts/bench/index-site.ts [dist]: the Pagefind step of the build on its own, for a site
 * built with PAGEFIND_SKIP=1 — the same indexBuiltSite the integration runs, with the article
 * pages counted on disk (dist/articles/<id>/index.html), as the integration counts them.
 */
import { resolve } from 'node:path';
import { countArticlePages, indexBuiltSite } from '../../src/integrations/pagefind.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
await indexBuiltSite(siteDir, await countArticlePages(siteDir), (message) => {
	console.log(message);
});
