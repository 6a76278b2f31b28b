import type { Article } from '../../schemas/article.ts';
import { GAZETTEER, type Region, regionByName } from '../gazetteer.ts';
import { sortNewestFirst } from './article-order.ts';
import { firstItems } from './pagination.ts';
import { regionUrl } from './urls.ts';

/** The city level: mentioned by nearly every article, so it says little about how two articles relate. */
export const cityRegionName = '衡阳市';

/** What the region helpers read of an article. */
export type RegionalArticle = Pick<Article, 'id' | 'date' | 'regions' | 'slogans' | 'people'>;

/** A region name with its page, for links; url is null for a name the gazetteer does not know. */
export interface RegionLink {
	readonly name: string;
	readonly url: string | null;
}

/** How often the archive names one gazetteer region. */
export interface RegionCount {
	readonly region: Region;
	readonly url: string;
	/** Articles whose primary (first) region it is. */
	readonly primary: number;
	/** Articles that name it at all, primary or not. */
	readonly total: number;
}

/** A slogan used in a region's articles, with the number of those articles that use it. */
export interface SloganCount {
	readonly slogan: string;
	readonly count: number;
}

/** A person named in a region's articles, with every post printed before the name. */
export interface PersonInRegion {
	readonly name: string;
	readonly posts: readonly string[];
	readonly articleIds: readonly string[];
}

/** The link for a region name (its gazetteer slug page), or a bare name when the gazetteer lacks it. */
export function regionLink(name: string): RegionLink {
	const region = regionByName(name);
	return { name, url: region ? regionUrl(region.slug) : null };
}

/** Every gazetteer region, in gazetteer order, with how many articles name it (zero included). */
export function countArticlesByRegion(articles: readonly RegionalArticle[]): RegionCount[] {
	return GAZETTEER.map((region) => ({
		region,
		url: regionUrl(region.slug),
		primary: articles.filter((article) => article.regions[0] === region.name).length,
		total: articles.filter((article) => article.regions.includes(region.name)).length,
	}));
}

/** Articles whose primary region is the given one, newest first. */
export function getArticlesByPrimaryRegion<T extends RegionalArticle>(
	articles: readonly T[],
	name: string,
): T[] {
	return sortNewestFirst(articles.filter((article) => article.regions[0] === name));
}

/** Articles that name the region but are mainly about another, newest first. */
export function getArticlesMentioningRegion<T extends RegionalArticle>(
	articles: readonly T[],
	name: string,
): T[] {
	return sortNewestFirst(
		articles.filter((article) => article.regions[0] !== name && article.regions.includes(name)),
	);
}

/**
 * Slogans of the articles that name the region, most used first (counted once per article),
 * ties in code-point order so the list never depends on file order.
 */
export function getSlogansInRegion(
	articles: readonly RegionalArticle[],
	name: string,
): SloganCount[] {
	return countSlogans(articles.filter((article) => article.regions.includes(name)));
}

/** Slogans over the given articles, most used first (once per article), ties in code-point order. */
export function countSlogans(articles: readonly Pick<Article, 'slogans'>[]): SloganCount[] {
	const counts = new Map<string, number>();
	for (const article of articles) {
		for (const slogan of new Set(article.slogans)) {
			counts.set(slogan, (counts.get(slogan) ?? 0) + 1);
		}
	}
	return [...counts]
		.map(([slogan, count]) => ({ slogan, count }))
		.sort((a, b) => b.count - a.count || (a.slogan < b.slogan ? -1 : a.slogan > b.slogan ? 1 : 0));
}

/**
 * Articles a region page links after one person's name, newest first; the rest are counted, not
 * linked (at 100,000 articles one name stood in thousands of a region's articles).
 */
export const PERSON_ARTICLE_LINKS = 10;

/** The articles linked after a person's name (PERSON_ARTICLE_LINKS) and how many more there are. */
export function personArticleLinks(person: PersonInRegion): {
	readonly shown: readonly string[];
	readonly more: number;
} {
	return firstItems(person.articleIds, PERSON_ARTICLE_LINKS);
}

/**
 * People named with a post in the articles that name the region, one entry per name with every
 * post printed for it (魏中发: 珠晖区委书记, 区委书记), in order of first appearance, newest
 * article first.
 */
export function getPeopleInRegion(
	articles: readonly RegionalArticle[],
	name: string,
): PersonInRegion[] {
	// Why a set of ids (in the order added, as a list): a name in thousands of a region's articles
	// made a list's includes() quadratic (20 s of getStaticPaths at 100,000 articles; CPU profile,
	// 2026-12-07).
	const people = new Map<string, { posts: string[]; articleIds: Set<string> }>();
	for (const article of sortNewestFirst(
		articles.filter((candidate) => candidate.regions.includes(name)),
	)) {
		for (const person of article.people) {
			const entry = people.get(person.name) ?? { posts: [], articleIds: new Set<string>() };
			if (!entry.posts.includes(person.post)) entry.posts.push(person.post);
			entry.articleIds.add(article.id);
			people.set(person.name, entry);
		}
	}
	return [...people].map(([personName, { posts, articleIds }]) => ({
		name: personName,
		posts,
		articleIds: [...articleIds],
	}));
}
