import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleEntryId, pageEntryId } from './lib/site/entry-id.ts';
import { articleSchema } from './schemas/article.ts';
import { figuresFileSchema } from './schemas/figure.ts';
import { pageRecordSchema } from './schemas/page.ts';

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

export const collections = { articles, pages, figures };
