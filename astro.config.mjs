// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
	output: 'static',
	// Every page is <path>/index.html, so every URL ends in a slash, in dev as in dist/.
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		// Why unified, not Astro 7's default Sätteri: src/markdown/ holds remark/rehype plugins.
		processor: unified({
			remarkPlugins: [],
			rehypePlugins: [],
			// Why: SmartyPants would turn ASCII quotes and dashes in Chinese text into English
			// typography ("..." -> “…”, -- -> –); the ingest already normalises punctuation.
			smartypants: false,
		}),
	},
	integrations: [pagefind()],
});
