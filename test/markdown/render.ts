import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import type { GlossaryLinkTerm } from '../../src/lib/glossary/link-terms.ts';
import {
	rehypeGlossaryLinks,
	type RehypeGlossaryLinksOptions,
} from '../../src/markdown/rehype-glossary-links.ts';
import {
	rehypeRegionLinks,
	type RehypeRegionLinksOptions,
} from '../../src/markdown/rehype-region-links.ts';
import { remarkParagraphIds } from '../../src/markdown/remark-paragraph-ids.ts';

/** A small glossary for the plugin tests (the real one is tested in test/markdown/corpus.test.ts). */
export const TEST_TERMS: GlossaryLinkTerm[] = [
	{
		slug: 'qi-da-ren-wu',
		term: '七大任务',
		forms: ['七大任务', '七任务'],
		expansion: '七个“第一”',
	},
	{ slug: 'san-hua', term: '三化', forms: ['三化'], expansion: '社区治理模式' },
	{ slug: 'san-hua-yi-ti', term: '三化一体', forms: ['三化一体'], expansion: '另一个提法' },
	{
		slug: 'si-shang-qi-ye',
		term: '四上企业',
		forms: ['四上企业', '四上'],
		expansion: '规模以上企业',
	},
];

/** The regions of the gazetteer, as astro.config.mjs passes them. */
export const TEST_REGIONS = GAZETTEER.map(({ name, slug }) => ({ name, slug }));

/** What a render needs besides the Markdown. */
export interface RenderOptions {
	/** Frontmatter as Astro hands it to plugins (file.data.astro.frontmatter); none when undefined. */
	frontmatter?: Record<string, unknown>;
	glossary?: Partial<RehypeGlossaryLinksOptions>;
	regions?: Partial<RehypeRegionLinksOptions>;
}

/** Renders Markdown to HTML the way the site does, with the three plugins of src/markdown/. */
export async function render(markdown: string, options: RenderOptions = {}): Promise<string> {
	const file = new VFile({
		value: markdown,
		data: options.frontmatter ? { astro: { frontmatter: options.frontmatter } } : {},
	});
	const result = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkParagraphIds)
		// Why raw HTML and rehype-raw: Astro's pipeline keeps HTML in Markdown and parses it only
		// after the plugins (see @astrojs/markdown-remark), so the plugins never see inside it.
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeGlossaryLinks, { terms: TEST_TERMS, ...options.glossary })
		.use(rehypeRegionLinks, { regions: TEST_REGIONS, ...options.regions })
		.use(rehypeRaw)
		.use(rehypeStringify)
		.process(file);
	return String(result);
}

/** The hrefs of the links of a class in some HTML, in order. */
export function hrefs(html: string, className: string): string[] {
	return [...html.matchAll(new RegExp(`<a href="([^"]+)" class="${className}"`, 'gu'))].map(
		(match) => match[1] ?? '',
	);
}
