// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { env } from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { fileBudget } from './src/integrations/file-budget.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { GAZETTEER } from './src/lib/gazetteer.ts';
import { readGlossaryDir } from './src/lib/glossary/glossary-fs.ts';
import { toLinkTerms } from './src/lib/glossary/link-terms.ts';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links.ts';
import { rehypeRegionLinks } from './src/markdown/rehype-region-links.ts';
import { remarkCodeVersion } from './src/markdown/remark-code-version.ts';
import { remarkParagraphIds } from './src/markdown/remark-paragraph-ids.ts';
import { buildFingerprint } from './src/lib/site/page-cache-fs.ts';

// Why read here: the plugins get the glossary as plain option data, which is part of Astro's config
// digest, so editing an entry clears the cached article HTML (restart `astro dev` to see an edit).
const glossaryTerms = toLinkTerms(readGlossaryDir(new URL('./content/glossary/', import.meta.url)));
// Why: the generated JSON of content/ is read by the pages themselves (src/components/content-records.ts).
env.HENGYANG_CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));
// Why: the articles' rendered HTML is kept in the Astro cache, not its data store (see articleLoader).
env.HENGYANG_ARTICLE_HTML_DIR = fileURLToPath(
	new URL('./node_modules/.astro/hengyang-article-html/', import.meta.url),
);
const regionPages = GAZETTEER.map(({ name, slug }) => ({ name, slug }));
// Why: see remarkCodeVersion (Astro's content cache must not outlive the code that rendered it).
const renderCode = buildFingerprint(
	fileURLToPath(new URL('./', import.meta.url)),
	['src/markdown', 'src/lib', 'src/schemas', 'package-lock.json'],
	null,
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
	build: { format: 'directory', inlineStylesheets: 'never' },
	markdown: {
		// Why unified, not Astro 7's default Sätteri: src/markdown/ holds remark/rehype plugins.
		processor: unified({
			remarkPlugins: [[remarkCodeVersion, { digest: renderCode }], remarkParagraphIds],
			rehypePlugins: [
				[rehypeGlossaryLinks, { terms: glossaryTerms }],
				[rehypeRegionLinks, { regions: regionPages }],
			],
			// Why: SmartyPants would turn ASCII quotes and dashes in Chinese text into English
			// typography ("..." -> “…”, -- -> –); the ingest already normalises punctuation.
			smartypants: false,
		}),
	},
	// Why pageCache first: it copies the pages it did not render into dist/ before the others read
	// dist/. Why fileBudget last: it counts the files every other integration wrote (FILE_BUDGET).
	integrations: [pageCache(), pagefind(), sitemap(), fileBudget()],
});
