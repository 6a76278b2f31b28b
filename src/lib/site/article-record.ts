import type { Article } from '../../schemas/article.ts';
import { compareNewestFirst } from './article-order.ts';
import { markdownToPlainText } from './markdown-to-plain-text.ts';
import { articleUrl } from './urls.ts';
import { jsonArrayPieces } from './streamed-body.ts';

/** An article entry as the content layer gives it: validated frontmatter and the raw Markdown body. */
export interface ArticleSource {
	readonly article: Article;
	readonly body: string;
	/**
	 * markdownToPlainText(body), when the caller has it already (the build's article texts, see
	 * loadArticleTexts): worked out again otherwise.
	 */
	readonly plain?: string;
}

/**
 * One article of dist/data/articles.json. Every record has every key: absent kicker and subtitle
 * are null, so consumers need not test for missing keys.
 */
export interface ArticleRecord {
	id: string;
	/** Site-relative URL of the article page. */
	url: string;
	title: string;
	kicker: string | null;
	subtitle: string | null;
	date: string | null;
	dateBasis: Article['dateBasis'];
	genre: Article['genre'];
	regions: Article['regions'];
	credits: Article['credits'];
	people: Article['people'];
	slogans: Article['slogans'];
	captions: Article['captions'];
	source: Article['source'];
	/** The body as plain text, one line per paragraph or heading (see markdownToPlainText). */
	text: string;
}

/** The export record of one article; keys always in the same order so the file is reproducible. */
export function toArticleRecord({ article, body, plain }: ArticleSource): ArticleRecord {
	return {
		id: article.id,
		url: articleUrl(article.id),
		title: article.title,
		kicker: article.kicker ?? null,
		subtitle: article.subtitle ?? null,
		date: article.date,
		dateBasis: article.dateBasis,
		genre: article.genre,
		regions: article.regions,
		credits: article.credits,
		people: article.people,
		slogans: article.slogans,
		captions: article.captions,
		source: article.source,
		text: plain ?? markdownToPlainText(body),
	};
}

/** All export records, newest first, then by id (see compareNewestFirst). */
export function toArticleRecords(sources: readonly ArticleSource[]): ArticleRecord[] {
	return sources.map(toArticleRecord).sort(compareNewestFirst);
}

/** The text of dist/data/articles.json: tab-indented JSON with a final newline. */
export function serializeArticleRecords(records: readonly ArticleRecord[]): string {
	return [...articleRecordsJsonPieces(records)].join('');
}

/** serializeArticleRecords' text in pieces, one record at a time (see streamedResponse). */
export function articleRecordsJsonPieces(records: readonly ArticleRecord[]): Generator<string> {
	return jsonArrayPieces(records);
}
