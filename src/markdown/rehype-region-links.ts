import type { RehypePlugin } from '@astrojs/markdown-remark';
import { REFERRING_FORMS, regionMentions } from '../lib/gazetteer.ts';
import { regionUrl } from '../lib/glossary/urls.ts';
import { frontmatterStrings } from './frontmatter.ts';
import { rewriteText, spliceSpans, type TextSpan } from './hast-text.ts';

/** Options of rehypeRegionLinks. */
export interface RehypeRegionLinksOptions {
	/**
	 * The regions that have pages, by canonical name and slug (the gazetteer's). Passed in, not read
	 * from src/lib/gazetteer.ts, so that Astro's config digest changes, and the cached article HTML is
	 * rebuilt, when a slug changes.
	 */
	regions: readonly { name: string; slug: string }[];
	/**
	 * Which regions to link. 'frontmatter' (the default): only those the document's frontmatter
	 * `regions` lists, nothing in a document without that list; 'all': every region given.
	 */
	link?: 'frontmatter' | 'all';
}

/**
 * Links the first mention of each region in a document to its region page /regions/<slug>/. Names
 * and short forms are found as the ingest finds them (src/lib/gazetteer.ts regionMentions: 南岳 but
 * not 南岳电控, 衡山 but not 南岳衡山). Never inside headings, links, code or glossary annotations.
 */
export const rehypeRegionLinks: RehypePlugin<[RehypeRegionLinksOptions]> = (options) => {
	const slugs = new Map(options.regions.map((region) => [region.name, region.slug]));
	return (tree, file) => {
		let allowed: Set<string> | undefined;
		if (options.link !== 'all') {
			allowed = new Set(frontmatterStrings(file, 'regions') ?? []);
			if (allowed.size === 0) return;
		}
		const linked = new Set<string>();
		rewriteText(tree, {
			text: (value) => {
				const spans: TextSpan[] = [];
				for (const mention of regionMentions(value)) {
					const { name } = mention.region;
					// Why: 全市 and 我市 mean the city but do not name it; its first name is linked instead.
					if (REFERRING_FORMS.has(mention.form)) continue;
					const slug = slugs.get(name);
					if (slug === undefined || linked.has(name) || (allowed && !allowed.has(name))) continue;
					linked.add(name);
					spans.push({
						index: mention.index,
						length: mention.form.length,
						element: {
							type: 'element',
							tagName: 'a',
							properties: { href: regionUrl(slug), className: ['region-link'] },
							children: [{ type: 'text', value: mention.form }],
						},
					});
				}
				return spans.length > 0 ? spliceSpans(value, spans) : undefined;
			},
		});
	};
};
