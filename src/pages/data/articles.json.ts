import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleText, loadArticleTexts } from '../../components/article-texts.ts';
import { serializeArticleRecords, toArticleRecords } from '../../lib/site/article-record.ts';

/** dist/data/articles.json: every article with its metadata and plain text, newest first. */
export const GET: APIRoute = async () => {
	const entries = await getCollection('articles');
	const texts = await loadArticleTexts();
	const records = toArticleRecords(
		entries.map((entry) => ({ article: entry.data, body: articleText(texts, entry.id).body })),
	);
	return new Response(serializeArticleRecords(records), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
