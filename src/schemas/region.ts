import { z } from 'astro/zod';

/** A public page a region fact is taken from. */
export const regionSourceSchema = z
	.object({
		/** The page's title as it shows it, or, where it shows none, the site and the section. */
		title: z.string().min(1),
		/** Where the page was found. */
		url: z.url(),
		/** Who publishes the page, e.g. 衡阳市人民政府（英文门户）, English Wikipedia. */
		publisher: z.string().min(1),
	})
	.strict();

/** One basic fact about a region, in Chinese, with the page it comes from. */
export const regionFactSchema = z
	.object({
		/** The fact as one sentence; it says nothing its source does not. */
		text: z.string().min(1),
		source: regionSourceSchema,
	})
	.strict();

/**
 * Frontmatter of a curated region description (content/regions/<gazetteer slug>.md). A region
 * with no fact from a public source is archive-only: its page says only what the archive shows.
 */
export const regionEntrySchema = z
	.object({
		/** Canonical gazetteer name, e.g. 衡阳县; the file name is its gazetteer slug. */
		name: z.string().min(2),
		facts: z.array(regionFactSchema),
		/** true exactly when no public source was found (facts is empty). */
		archiveOnly: z.boolean(),
	})
	.strict()
	.refine((entry) => entry.archiveOnly === (entry.facts.length === 0), {
		message: 'archiveOnly must be true exactly when there are no sourced facts',
		path: ['archiveOnly'],
	});

/** A validated region description. */
export type RegionEntry = z.infer<typeof regionEntrySchema>;
/** One sourced fact. */
export type RegionFact = z.infer<typeof regionFactSchema>;
