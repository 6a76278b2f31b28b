/**
 * node scripts/bench/index-site.ts [dist]: the Pagefind step of the build on its own, for a site
 * built with PAGEFIND_SKIP=1 — the same index step (indexSiteStep) the build runs, with the article
 * pages counted on disk (dist/articles/<id>/index.html), as the build counts them.
 */
import { resolve } from 'node:path';
import { indexSiteStep } from '../../src/integrations/pagefind.ts';

await indexSiteStep(resolve(process.argv[2] ?? 'dist'), (message) => {
	console.log(message);
});
