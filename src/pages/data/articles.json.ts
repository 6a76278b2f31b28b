import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleText, loadArticleTexts } from '../../components/article-texts.ts';
import { articleRecordsJsonPieces, toArticleRecords } from '../../lib/site/article-record.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/articles.json: every article with its metadata and plain text, newest first
 * (serializeArticleRecords' text, streamed: see streamedResponse for why).
 */
export const GET: APIRoute = async () => {
	const entries = await getCollection('articles');
	const texts = await loadArticleTexts();
	const records = toArticleRecords(
		entries.map((entry) => {
			const { body, plain } = articleText(texts, entry.id);
			return { article: entry.data, body, plain };
		}),
	);
	return streamedResponse(articleRecordsJsonPieces(records), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
