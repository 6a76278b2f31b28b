// @ts-check
import { defineConfig } from 'astro/config';
import { env } from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { fileBudget } from './src/integrations/file-budget.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { articleProcessor } from './src/markdown/processor.ts';

// Why: the generated JSON of content/ is read by the pages themselves (src/components/content-records.ts).
env.HENGYANG_CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));
// Why: the articles' rendered HTML is kept in the Astro cache, not its data store (see articleLoader).
env.HENGYANG_ARTICLE_HTML_DIR = fileURLToPath(
	new URL('./node_modules/.astro/hengyang-article-html/', import.meta.url),
);

export default defineConfig({
	output: 'static',
	// Absolute URLs (canonical links, feeds, sitemap, citations) are built on this origin. Why an
	// .example default: the archive's public address is not decided; set SITE_URL when deploying.
	site: env.SITE_URL ?? 'https://hengyang-daily-archive.example',
	// Every page is <path>/index.html, so every URL ends in a slash, in dev as in dist/.
	trailingSlash: 'always',
	// Why never inline: the site's stylesheet (about 10 kB) inlined into every page is repeated
	// in every HTML file (1 GB at 100,000 articles); linked, a reader downloads it once.
	// Why concurrency 2: Astro awaits each page's mkdir and write before it renders the next; two
	// pages in flight render one while the other is written. 10,000 articles (the kept bench
	// project, PAGE_CACHE=off, after a cleared content store): pages 52.6 s at 1 against 47.2 s at
	// 2 (4: 47.5 s, 8: 49.7 s), peak 1.68 against 1.74 GB, every file of dist/ the same bytes.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
	markdown: {
		// Why unified, not Astro 7's default Sätteri: src/markdown/ holds remark/rehype plugins.
		processor: articleProcessor(new URL('./', import.meta.url)),
	},
	// Why pageCache first: it copies the pages it did not render into dist/ before the others read
	// dist/. Why the sitemap before pagefind: the index step's offline tag and manifest list every
	// file of the site, and scripts/astro-build.ts runs that step after all of them. Why fileBudget
	// last: it counts the files every other integration wrote (FILE_BUDGET).
	integrations: [pageCache(), sitemap(), pagefind(), fileBudget()],
});
