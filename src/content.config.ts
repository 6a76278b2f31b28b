import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleEntryId, pageEntryId } from './lib/site/entry-id.ts';
import { articleSchema } from './schemas/article.ts';
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

export const collections = { articles, pages };
