import type { Article } from '../../schemas/article.ts';
import { compareNewestFirst } from './article-order.ts';
import { cityRegionName } from './regions.ts';

/** What the relation helpers read of an article. */
export type RelatableArticle = Pick<Article, 'id' | 'date' | 'regions' | 'slogans' | 'source'>;

/** Another article related to one, with why. */
export interface Relation<T> {
	readonly article: T;
	readonly score: number;
	/** Slogans both use, in the first article's order. */
	readonly sharedSlogans: readonly string[];
	/** Regions both name, the city level left out, in the first article's order. */
	readonly sharedRegions: readonly string[];
}

/** The two neighbours of an article in time. */
export interface Neighbours<T> {
	/** The next older article, or null for the oldest. */
	readonly previous: T | null;
	/** The next newer article, or null for the newest. */
	readonly next: T | null;
}

/**
 * How related two articles are: 2 per shared slogan, 1 per shared region, 1 more when both are
 * mainly about the same region.
 *
 * Why the city level (衡阳市) does not count: 13 of the first 15 articles name it, so sharing it
 * says nothing about two articles.
 */
export function relation<T extends RelatableArticle>(of: RelatableArticle, other: T): Relation<T> {
	const sharedSlogans = of.slogans.filter(
		(slogan, index) => other.slogans.includes(slogan) && of.slogans.indexOf(slogan) === index,
	);
	const sharedRegions = of.regions.filter(
		(region) => region !== cityRegionName && other.regions.includes(region),
	);
	const samePrimary =
		of.regions[0] !== undefined &&
		of.regions[0] !== cityRegionName &&
		of.regions[0] === other.regions[0];
	return {
		article: other,
		score: 2 * sharedSlogans.length + sharedRegions.length + (samePrimary ? 1 : 0),
		sharedSlogans,
		sharedRegions,
	};
}

/**
 * How many articles on either side of one, in the site's order (newest first), its related
 * articles are chosen from: at a city daily's 30 articles a day, about two months around it.
 *
 * Why a window: ranking every article against the whole archive costs the square of the archive
 * (with the archive's slogans and regions as posting lists, 2.4 s at 10,000 articles and more than
 * ten minutes at 100,000); and for news, related coverage from the same weeks is what a reader
 * follows, while a 2013 report is seldom the best next read from a 2023 one.
 */
export const RELATED_WINDOW = 1000;

/**
 * The articles most related to one (score above zero), best first, ties newest first, at most
 * `limit`, among the `window` articles on either side of it in the site's order.
 */
export function relatedArticles<T extends RelatableArticle>(
	of: RelatableArticle,
	articles: readonly T[],
	limit = 5,
	window = RELATED_WINDOW,
): Relation<T>[] {
	const ordered = [...articles].sort(compareNewestFirst);
	const index = ordered.findIndex((article) => article.id === of.id);
	const nearby =
		index === -1 ? ordered : ordered.slice(Math.max(0, index - window), index + window + 1);
	return nearby
		.filter((article) => article.id !== of.id)
		.map((article) => relation(of, article))
		.filter((candidate) => candidate.score > 0)
		.sort((a, b) => b.score - a.score || compareNewestFirst(a.article, b.article))
		.slice(0, limit);
}

/**
 * The articles just older and just newer than one, in the site's order (newest first, undated
 * last, ties by id), so walking "next" from the oldest visits every article once.
 */
export function neighboursByDate<T extends RelatableArticle>(
	of: RelatableArticle,
	articles: readonly T[],
): Neighbours<T> {
	const ordered = [...articles].sort(compareNewestFirst);
	const index = ordered.findIndex((article) => article.id === of.id);
	if (index === -1) throw new Error(`article ${of.id} is not among the articles given`);
	return { previous: ordered[index + 1] ?? null, next: ordered[index - 1] ?? null };
}

/** The other articles taken from the same raw page, in the order they begin on it. */
export function samePageArticles<T extends RelatableArticle>(
	of: RelatableArticle,
	articles: readonly T[],
): T[] {
	return articles
		.filter((article) => article.id !== of.id && article.source.file === of.source.file)
		.sort((a, b) => a.source.part - b.source.part);
}
