import { z } from 'astro/zod';

/** Article ids as the ingest writes them (date + pinyin words), e.g. 2023-01-30-yi-gao-zhi-liang-fa-zhan-pu-xie. */
const articleIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * Who set the formula: national (中央/国务院部委), provincial (湖南省), city (衡阳市) or county
 * (a district, county or county-level city of 衡阳, named in `region`).
 */
export const glossaryLevelSchema = z.enum(['national', 'provincial', 'city', 'county']);

/** A public page that says what the formula means, as found, never from memory. */
export const citationSchema = z
	.object({
		/** The page's own title, as shown on it. */
		title: z.string().min(1),
		/** Address of the page that was read. */
		url: z.url({ protocol: /^https?$/ }),
		/** Who published it, and who it reprints when it is a copy, e.g. 湖南省人民政府办公厅; 新华社 (转载). */
		publisher: z.string().min(1),
		/** Publication date printed on the page, when it prints one (YYYY-MM-DD). */
		date: z.iso.date().optional(),
		/** What the page says about the formula, in a sentence or two (a paraphrase, not a copy). */
		says: z.string().min(1),
	})
	.strict();

/** How the definition is supported: a public page (`public`) or only the archive's own words (`archive`). */
export const glossarySourceSchema = z.enum(['public', 'archive']);

/** One curated glossary entry, content/glossary/<slug>.md (frontmatter only). */
export const glossaryEntrySchema = z
	.object({
		/** The formula as the entry's headword, e.g. 三高四新, 七大任务. */
		term: z.string().min(2),
		/** Toned pinyin, syllables separated by spaces (e.g. qī dà rèn wu); omit to take pinyin-pro's reading. */
		pinyin: z
			.string()
			.regex(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)*$/u)
			.optional(),
		/** Other ways the paper prints the same formula (七任务 for 七大任务, 六导向 for 六个导向). */
		aliases: z.array(z.string().min(2)).default([]),
		level: glossaryLevelSchema,
		/** Canonical gazetteer name of the place that uses it, for city and county entries (e.g. 珠晖区). */
		region: z.string().min(2).optional(),
		/** What the numbers stand for, in one line; shown in the tooltip (e.g. 三个高地 + 四新使命). */
		expansion: z.string().min(1),
		/**
		 * The items as an article prints them when it spells the formula out (variants included, e.g.
		 * 一条主轴 and 一条主旨); a run of paragraphs naming two or more of them is shown as the spelling-out.
		 */
		parts: z.array(z.string().min(1)).default([]),
		/** What the formula is, in plain Chinese, resting only on the citations or, for `archive`, the articles. */
		definition: z.string().min(1),
		source: glossarySourceSchema,
		/** Public pages the definition rests on; at least one when `source` is public, none when archive. */
		citations: z.array(citationSchema).default([]),
		/** Articles whose words the definition quotes or paraphrases; at least one when `source` is archive. */
		archiveArticles: z.array(articleIdSchema).default([]),
	})
	.strict()
	.superRefine((entry, context) => {
		if (entry.source === 'public' && entry.citations.length === 0) {
			context.addIssue({
				code: 'custom',
				path: ['citations'],
				message: 'source: public needs at least one citation (title, url, publisher, says)',
			});
		}
		if (entry.source === 'archive' && entry.citations.length > 0) {
			context.addIssue({
				code: 'custom',
				path: ['source'],
				message: 'an entry with citations is source: public',
			});
		}
		if (entry.source === 'archive' && entry.archiveArticles.length === 0) {
			context.addIssue({
				code: 'custom',
				path: ['archiveArticles'],
				message: 'source: archive needs the ids of the articles the definition rests on',
			});
		}
		if ((entry.level === 'city' || entry.level === 'county') && entry.region === undefined) {
			context.addIssue({
				code: 'custom',
				path: ['region'],
				message: `a ${entry.level} entry names its region (a gazetteer name such as 衡阳市 or 珠晖区)`,
			});
		}
		if (entry.aliases.includes(entry.term)) {
			context.addIssue({
				code: 'custom',
				path: ['aliases'],
				message: 'the term is not its own alias',
			});
		}
	});

/** A validated glossary entry's frontmatter. */
export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;
/** A glossary level. */
export type GlossaryLevel = z.infer<typeof glossaryLevelSchema>;
/** One public citation. */
export type Citation = z.infer<typeof citationSchema>;
