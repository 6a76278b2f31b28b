import type { Article } from '../../schemas/article.ts';
import type { Figure, FigureScope, FiguresFile } from '../../schemas/figure.ts';
import { compareNewestFirst } from './article-order.ts';
import { figureSourceUrl } from './figures-links.ts';
import { articleUrl } from './urls.ts';
import { jsonArrayPieces } from './streamed-body.ts';

/** What a figure record needs of its article. */
export type FigureArticle = Pick<Article, 'id' | 'title' | 'date'>;

/**
 * One figure of dist/data/figures.json and one row of figures.csv: the figure with its article
 * and the link to its source paragraph. Every record has every key (an absent note is null).
 */
export interface FigureRecord extends Omit<Figure, 'note' | 'scope'> {
	/** The article's id. */
	article: string;
	/** Site-relative URL of the article page. */
	url: string;
	/** The article's title. */
	title: string;
	/** The article's ISO date, or null. */
	date: string | null;
	/** Site-relative URL of the paragraph the figure's sentence is in, e.g. /articles/<id>/#p-4. */
	sourceUrl: string;
	note: string | null;
	/** What the figure covers when not the whole region and year (see figureScopeSchema), or null. */
	scope: FigureScope | null;
}

/** The keys of a record in the order the JSON and the CSV print them. */
export const figureRecordKeys = [
	'article',
	'url',
	'title',
	'date',
	'sourceUrl',
	'indicator',
	'printedIndicator',
	'measure',
	'value',
	'unit',
	'qualifier',
	'printed',
	'kind',
	'period',
	'region',
	'estimated',
	'uncertain',
	'note',
	'scope',
	'sentence',
	'paragraph',
] as const satisfies readonly (keyof FigureRecord)[];

/** The record of one figure of an article; keys always in figureRecordKeys order. */
export function toFigureRecord(article: FigureArticle, figure: Figure): FigureRecord {
	return {
		article: article.id,
		url: articleUrl(article.id),
		title: article.title,
		date: article.date,
		sourceUrl: figureSourceUrl(article.id, figure.paragraph),
		indicator: figure.indicator,
		printedIndicator: figure.printedIndicator,
		measure: figure.measure,
		value: figure.value,
		unit: figure.unit,
		qualifier: figure.qualifier,
		printed: figure.printed,
		kind: figure.kind,
		period: figure.period,
		region: figure.region,
		estimated: figure.estimated,
		uncertain: figure.uncertain,
		note: figure.note ?? null,
		scope: figure.scope ?? null,
		sentence: figure.sentence,
		paragraph: figure.paragraph,
	};
}

/**
 * Every figure of every sidecar as a record: articles newest first (then by id, as in
 * articles.json), each article's figures in reading order, so the export never depends on the
 * order files were read in. A sidecar naming an unknown article is an ingest bug and throws.
 */
export function toFigureRecords(
	sidecars: readonly FiguresFile[],
	articles: readonly FigureArticle[],
): FigureRecord[] {
	const byId = new Map(articles.map((article) => [article.id, article]));
	const known = sidecars.map((sidecar) => {
		const article = byId.get(sidecar.article);
		if (!article) {
			throw new Error(
				`content/figures/${sidecar.article}.json: no article ${JSON.stringify(sidecar.article)} in content/articles/`,
			);
		}
		return { article, figures: sidecar.figures };
	});
	return known
		.sort((a, b) => compareNewestFirst(a.article, b.article))
		.flatMap(({ article, figures }) => figures.map((figure) => toFigureRecord(article, figure)));
}

/** The records of one article, in reading order. */
export function figuresOfArticle(
	records: readonly FigureRecord[],
	articleId: string,
): FigureRecord[] {
	return records.filter((record) => record.article === articleId);
}

/**
 * The records about one region (the figure's own region, not the article's list of regions):
 * newest article first, reading order within an article.
 */
export function figuresOfRegion(records: readonly FigureRecord[], region: string): FigureRecord[] {
	return records.filter((record) => record.region === region);
}

/** The text of dist/data/figures.json: tab-indented JSON with a final newline. */
export function serializeFigureRecords(records: readonly FigureRecord[]): string {
	return [...figureRecordsJsonPieces(records)].join('');
}

/** serializeFigureRecords' text in pieces, one record at a time (see streamedResponse). */
export function figureRecordsJsonPieces(records: readonly FigureRecord[]): Generator<string> {
	return jsonArrayPieces(records);
}
