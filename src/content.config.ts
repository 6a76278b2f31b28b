import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryEntryId } from './lib/glossary/entry-id.ts';
import { articleEntryId, pageEntryId } from './lib/site/entry-id.ts';
import { articleSchema } from './schemas/article.ts';
import { figuresFileSchema } from './schemas/figure.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { pageRecordSchema } from './schemas/page.ts';
import { regionEntrySchema } from './schemas/region.ts';

/**
 * Generated articles: content/articles/<id>.md, frontmatter checked by articleSchema (the ingest
 * quotes dates, so Astro's YAML 1.1 parser keeps them ISO strings).
 */
const articles = defineCollection({
	loader: glob({ base: './content/articles', pattern: '*.md', generateId: articleEntryId }),
	schema: articleSchema,
});

/** Page records: content/pages/<raw file stem>.json, one per file under seeds/. */
const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '*.json', generateId: pageEntryId }),
	schema: pageRecordSchema,
});

/** Figures sidecars: content/figures/<article id>.json, what the ingest's extractor read from each article. */
const figures = defineCollection({
	loader: glob({ base: './content/figures', pattern: '*.json', generateId: pageEntryId }),
	schema: figuresFileSchema,
});

/**
 * Curated region descriptions: content/regions/<gazetteer slug>.md, sourced facts in the
 * frontmatter (see regionEntrySchema); one per gazetteer region, checked by test/site/regions-content.test.ts.
 */
const regions = defineCollection({
	loader: glob({ base: './content/regions', pattern: '*.md', generateId: pageEntryId }),
	schema: regionEntrySchema,
});

/**
 * Curated glossary of slogans: content/glossary/<pinyin slug>.md, frontmatter only (see
 * glossaryEntrySchema); the file name must be the slug of the term's pinyin.
 */
const glossary = defineCollection({
	loader: glob({ base: './content/glossary', pattern: '*.md', generateId: glossaryEntryId }),
	schema: glossaryEntrySchema,
});

export const collections = { articles, pages, figures, regions, glossary };
