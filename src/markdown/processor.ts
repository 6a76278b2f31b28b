import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { GAZETTEER } from '../lib/gazetteer.ts';
import { readGlossaryDir } from '../lib/glossary/glossary-fs.ts';
import { toLinkTerms } from '../lib/glossary/link-terms.ts';
import { buildFingerprint } from '../lib/site/page-cache-fs.ts';
import { rehypeGlossaryLinks } from './rehype-glossary-links.ts';
import { rehypeRegionLinks } from './rehype-region-links.ts';
import { remarkCodeVersion } from './remark-code-version.ts';
import { remarkParagraphIds } from './remark-paragraph-ids.ts';

/**
 * The project's Markdown processor (astro.config.mjs `markdown.processor`), for the project at
 * `root`. The articles loader's render workers build the same one (src/loaders/render-worker.ts).
 *
 * Why the glossary is read here: the plugins get it as plain option data, which is part of Astro's
 * config digest, so editing an entry clears the cached article HTML (restart `astro dev` to see it).
 */
export function articleProcessor(root: URL): ReturnType<typeof unified> {
	const glossaryTerms = toLinkTerms(readGlossaryDir(new URL('./content/glossary/', root)));
	const regionPages = GAZETTEER.map(({ name, slug }) => ({ name, slug }));
	// Why: see remarkCodeVersion (Astro's content cache must not outlive the code that rendered it).
	const renderCode = buildFingerprint(
		fileURLToPath(root),
		['src/markdown', 'src/lib', 'src/schemas', 'package-lock.json'],
		null,
	);
	return unified({
		remarkPlugins: [[remarkCodeVersion, { digest: renderCode }], remarkParagraphIds],
		rehypePlugins: [
			[rehypeGlossaryLinks, { terms: glossaryTerms }],
			[rehypeRegionLinks, { regions: regionPages }],
		],
		// Why: SmartyPants would turn ASCII quotes and dashes in Chinese text into English
		// typography ("..." -> “…”, -- -> –); the ingest already normalises punctuation.
		smartypants: false,
	});
}
