import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossaryEntryId } from './lib/glossary/entry-id.ts';
import { pageEntryId } from './lib/site/entry-id.ts';
import { articleLoader } from './loaders/articles.ts';
import { articleSchema } from './schemas/article.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { regionEntrySchema } from './schemas/region.ts';

/**
 * Generated articles: content/articles/<id>.md, frontmatter checked by articleSchema (the ingest
 * quotes dates, so Astro's YAML 1.1 parser keeps them ISO strings). The rendered HTML is kept out
 * of the entries (see articleLoader); pages read it with readArticleHtml.
 */
const articles = defineCollection({
	loader: articleLoader({ base: './content/articles' }),
	schema: articleSchema,
});

// Page records (content/pages/) and figures sidecars (content/figures/) are generated JSON read by
// src/components/content-records.ts with the same schemas, not collections: see readJsonRecords.

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

export const collections = { articles, regions, glossary };
