import type { ArticleSearchData } from './search-data.ts';
import { FILTER_KEYS, type FilterKey } from './url-state.ts';

/** One value of a filter with the number of articles that carry it. */
export interface FacetValue {
	readonly value: string;
	readonly count: number;
}

/** Orders facet values: years newest first, everything else by count, then in pinyin order. */
function compareValues(key: FilterKey): (a: FacetValue, b: FacetValue) => number {
	if (key === 'year') return (a, b) => b.value.localeCompare(a.value);
	return (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-Hans-CN');
}

/**
 * Every value of every filter over the whole archive, with counts, from the same filter data the
 * article pages give Pagefind: the search page lists them before any search and without JavaScript.
 */
export function facetValues(
	articles: readonly Pick<ArticleSearchData, 'filters'>[],
): Record<FilterKey, FacetValue[]> {
	const counts = new Map<FilterKey, Map<string, number>>(
		FILTER_KEYS.map((key) => [key, new Map()]),
	);
	for (const article of articles)
		for (const { key, value } of new Map(
			article.filters.map((f) => [`${f.key}\u0000${f.value}`, f]),
		).values()) {
			const byValue = counts.get(key);
			byValue?.set(value, (byValue.get(value) ?? 0) + 1);
		}
	const out = {} as Record<FilterKey, FacetValue[]>;
	for (const key of FILTER_KEYS)
		out[key] = [...(counts.get(key) ?? new Map<string, number>())]
			.map(([value, count]) => ({ value, count }))
			.sort(compareValues(key));
	return out;
}

/** How many values of one filter the search page lists before any search (the most used ones). */
export const LISTED_VALUES = 50;

/** A filter's listed values and how many others the archive has. */
export interface ListedFacet {
	readonly values: readonly FacetValue[];
	/** Values left out of the list (they still filter, from a link or the URL). */
	readonly unlisted: number;
}

/**
 * The values each filter lists on the search page: the first `limit` of facetValues' order (most
 * used first; years newest first).
 *
 * Why a limit: at 10,000 generated articles the page listed 14,474 reporters, 150 kB of the
 * first search's 350 kB on the wire; a reader picks a reporter from the list's head or arrives
 * from a reporter's page with the filter in the URL.
 */
export function listedFacets(
	facets: Readonly<Record<FilterKey, readonly FacetValue[]>>,
	limit = LISTED_VALUES,
): Record<FilterKey, ListedFacet> {
	const out = {} as Record<FilterKey, ListedFacet>;
	for (const key of FILTER_KEYS) {
		const values = facets[key];
		out[key] = { values: values.slice(0, limit), unlisted: Math.max(0, values.length - limit) };
	}
	return out;
}
