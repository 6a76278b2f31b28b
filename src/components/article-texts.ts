import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { markdownBody } from '../lib/site/markdown-body.ts';
import { projectRoot } from './content-records.ts';
import { markdownToPlainText } from '../lib/site/markdown-to-plain-text.ts';

/** An article's Markdown body and its plain text (markdownToPlainText). */
export interface ArticleText {
	readonly body: string;
	readonly plain: string;
}

let cached: Promise<ReadonlyMap<string, ArticleText>> | undefined;

/**
 * Every article's body and plain text, by id, read once per build from its file in content/articles/.
 *
 * Why not entry.body: the articles loader keeps bodies out of Astro's data store (see
 * src/loaders/articles.ts), which is serialised and bundled into the build; the plain text, which
 * the article pages, the search lexicon and the search page all need, is worked out once here.
 */
export function loadArticleTexts(): Promise<ReadonlyMap<string, ArticleText>> {
	cached ??= getCollection('articles').then((entries) => {
		const root = projectRoot();
		return new Map(
			entries.map((entry) => {
				if (entry.filePath === undefined) throw new Error(`article ${entry.id}: no file path`);
				const body = markdownBody(readFileSync(join(root, entry.filePath), 'utf8'));
				return [entry.id, { body, plain: markdownToPlainText(body) }] as const;
			}),
		);
	});
	return cached;
}

/** The text of one article of loadArticleTexts; throws, naming the article, when it has none. */
export function articleText(texts: ReadonlyMap<string, ArticleText>, id: string): ArticleText {
	const text = texts.get(id);
	if (text === undefined) throw new Error(`article ${id}: no text read from content/articles/`);
	return text;
}
