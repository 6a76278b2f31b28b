import { GAZETTEER, regionByName } from '../gazetteer.ts';
import { type ArchiveArticle, sortOldestFirst } from './archive.ts';
import { articleEntrySlugs } from './concordance.ts';
import type { Occurrence } from './concordance.ts';
import { comparePinyin } from './pinyin.ts';

/** An article as an entry page mentions it. */
export interface ArticleRef {
	id: string;
	title: string;
	date: string | null;
}

/** Occurrences and articles of one calendar month (YYYY-MM), or of undated articles (month null). */
export interface MonthCount {
	month: string | null;
	occurrences: number;
	articles: number;
}

/** A region whose articles use an entry, with the number of those articles. */
export interface RegionCount {
	name: string;
	/** Region page slug, when the gazetteer knows the name. */
	slug: string | null;
	articles: number;
}

/** Another entry used in the same articles, with the number of articles they share. */
export interface RelatedCount {
	slug: string;
	term: string;
	articles: number;
}

/** What the archive says about one entry's use. */
export interface EntryUsage {
	/** Occurrences in headlines and bodies (the lines of the concordance). */
	occurrences: number;
	/** Articles whose frontmatter lists the entry, oldest first. */
	articles: ArticleRef[];
	/** The oldest and newest dated articles that use it (null when none is dated). */
	first: ArticleRef | null;
	last: ArticleRef | null;
	/** Per month, oldest first; undated articles last. */
	months: MonthCount[];
	/** Primary regions of the articles that use it, most articles first. */
	regions: RegionCount[];
	/** Entries that share articles with it, most shared first. */
	related: RelatedCount[];
}

/** The articles that use each entry (by slug), oldest first, from their frontmatter slogans. */
export function articlesByEntry(
	articles: readonly ArchiveArticle[],
	index: ReadonlyMap<string, string>,
): Map<string, ArchiveArticle[]> {
	const bySlug = new Map<string, ArchiveArticle[]>();
	for (const article of sortOldestFirst(articles)) {
		for (const slug of articleEntrySlugs(article, index)) {
			const list = bySlug.get(slug) ?? [];
			list.push(article);
			bySlug.set(slug, list);
		}
	}
	return bySlug;
}

function ref(article: ArchiveArticle): ArticleRef {
	return { id: article.id, title: article.title, date: article.date };
}

function gazetteerOrder(name: string): number {
	const position = GAZETTEER.findIndex((region) => region.name === name);
	return position === -1 ? GAZETTEER.length : position;
}

/**
 * Works out how the archive uses one entry: counts, first and last use, use per month, the regions
 * (each article's primary region) and the entries used alongside it.
 */
export function entryUsage(
	slug: string,
	byEntry: ReadonlyMap<string, readonly ArchiveArticle[]>,
	occurrences: readonly Occurrence[],
	terms: ReadonlyMap<string, string>,
): EntryUsage {
	const using = byEntry.get(slug) ?? [];
	const own = occurrences.filter((occurrence) => occurrence.slug === slug);
	const dated = using.filter((article) => article.date !== null);
	const firstDated = dated[0];
	const lastDated = dated[dated.length - 1];

	const months = new Map<string | null, MonthCount>();
	const monthOf = (date: string | null): string | null => (date === null ? null : date.slice(0, 7));
	for (const article of using) {
		const month = monthOf(article.date);
		const count = months.get(month) ?? { month, occurrences: 0, articles: 0 };
		count.articles++;
		months.set(month, count);
	}
	for (const occurrence of own) {
		const count = months.get(monthOf(occurrence.date));
		if (count) count.occurrences++;
	}

	const regions = new Map<string, number>();
	for (const article of using) {
		const primary = article.regions[0];
		if (primary !== undefined) regions.set(primary, (regions.get(primary) ?? 0) + 1);
	}

	const related = new Map<string, number>();
	// Why a set: `using.includes` for every article of every other entry grew with the square of
	// the archive (minutes at 100,000 articles).
	const usingSet = new Set(using);
	for (const [other, list] of byEntry) {
		if (other === slug) continue;
		const shared = list.filter((article) => usingSet.has(article)).length;
		if (shared > 0) related.set(other, shared);
	}

	return {
		occurrences: own.length,
		articles: using.map(ref),
		first: firstDated ? ref(firstDated) : null,
		last: lastDated ? ref(lastDated) : null,
		months: [...months.values()].sort((a, b) => {
			if (a.month === b.month) return 0;
			if (a.month === null) return 1;
			if (b.month === null) return -1;
			return a.month < b.month ? -1 : 1;
		}),
		regions: [...regions.entries()]
			.map(([name, count]) => ({ name, slug: regionByName(name)?.slug ?? null, articles: count }))
			.sort((a, b) => b.articles - a.articles || gazetteerOrder(a.name) - gazetteerOrder(b.name)),
		related: [...related.entries()]
			.map(([other, count]) => ({ slug: other, term: terms.get(other) ?? other, articles: count }))
			.sort((a, b) => b.articles - a.articles || comparePinyin(a, b)),
	};
}
