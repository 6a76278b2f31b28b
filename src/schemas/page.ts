import { z } from 'astro/zod';

/** What a block of a raw page is. */
export const blockKindSchema = z.enum([
	'title',
	'kicker',
	'subtitle',
	'byline',
	'dateline',
	'heading',
	'paragraph',
	'caption',
	'credit',
	'continuation',
	'furniture',
	'banner',
]);

/** One block of a raw page: a line, or a span of a line when a line holds two kinds (caption + credit). */
export const blockSchema = z
	.object({
		/** 1-based line of the decoded raw file. */
		line: z.number().int().positive(),
		/** 0-based character offset of the block within that line. */
		column: z.number().int().nonnegative(),
		/** The block's text exactly as decoded (only surrounding white space trimmed). */
		text: z.string().min(1),
		kind: blockKindSchema,
		/** Id of the article the block went to; null only for furniture. */
		article: z.string().nullable(),
	})
	.strict();

/** The record of one raw file: every block in printed order, and what became of it. */
export const pageRecordSchema = z
	.object({
		/** File name under seeds/. */
		file: z.string().min(1),
		/** The encoding the file was decoded from (utf-8, utf-8-bom, gb18030, utf-16le, utf-16be). */
		encoding: z.string().min(1),
		/** sha256 of the raw bytes, so a changed seed is noticed. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		/** Ids of the articles taken from this page, in order of source.part. */
		articles: z.array(z.string()),
		blocks: z.array(blockSchema),
	})
	.strict();

/** A page record. */
export type PageRecord = z.infer<typeof pageRecordSchema>;
/** A block of a page record. */
export type Block = z.infer<typeof blockSchema>;
/** The kind of a block. */
export type BlockKind = z.infer<typeof blockKindSchema>;
