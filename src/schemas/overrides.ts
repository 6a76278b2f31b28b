import { z } from 'astro/zod';
import { genreSchema } from './article.ts';

/** Corrections for one article, found by a line it contains. */
export const articleOverrideSchema = z
	.object({
		/** Any 1-based raw line of the article (its title's line is the clearest). */
		line: z.number().int().positive(),
		/** Stable id to use instead of the generated one (lower-case ASCII words joined by -). */
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
			.optional(),
		title: z.string().min(1).optional(),
		kicker: z.string().min(1).optional(),
		subtitle: z.string().min(1).optional(),
		date: z.iso.date().optional(),
		genre: genreSchema.optional(),
	})
	.strict();

/** A caption (with its photo credit) that belongs to another article than the ingest gave it to. */
export const captionOverrideSchema = z
	.object({
		/** 1-based raw line of the caption text. */
		line: z.number().int().positive(),
		/** Any 1-based raw line of the article the caption belongs to (its title's line is the clearest). */
		article: z.number().int().positive(),
	})
	.strict();

/** seeds/<file>.meta.yaml: a maintainer's corrections to what the ingest inferred for one raw file. */
export const overridesSchema = z
	.object({
		/** Date for every article of the page whose own text prints no full date (the issue date). */
		date: z.iso.date().optional(),
		/** 1-based lines at which a new article must start (where the page splits). */
		split: z.array(z.number().int().positive()).optional(),
		/** Per-article corrections. */
		articles: z.array(articleOverrideSchema).optional(),
		/** Captions to move to another article of the page. */
		captions: z.array(captionOverrideSchema).optional(),
	})
	.strict();

/** Parsed overrides of one raw file. */
export type Overrides = z.infer<typeof overridesSchema>;
