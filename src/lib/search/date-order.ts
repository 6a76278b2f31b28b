import type { PagefindApi, PagefindResponse, PagefindSearchOptions } from './engine.ts';

/**
 * The built site's date order: the Pagefind page ids (result.id, the fragment's hash) of the dated
 * articles, newest first; dist/search/date-order.json, written by the build after Pagefind.
 *
 * Why not Pagefind's own sort (data-pagefind-sort): Pagefind puts every sort order into the
 * metadata every search loads first, one page number per page; for 10,000 articles that was 22 kB
 * of the 103 kB metadata, paid by every first search, sorted or not. This file is loaded only by a
 * search sorted by date (or a listing by filters alone, which is sorted by date).
 */
export const DATE_ORDER_FILE = 'search/date-order.json';

/** The date order from the articles' Pagefind ids and dates: newest first, undated left out. */
export function dateOrder(
	pages: readonly { id: string; date: string | null | undefined }[],
): string[] {
	return pages
		.filter(
			(page): page is { id: string; date: string } =>
				typeof page.date === 'string' && page.date !== '',
		)
		.sort((a, b) =>
			a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
		)
		.map((page) => page.id);
}

/**
 * Pagefind's search with `sort: { date }` done here: the search without the sort, then its results
 * in the date order (loaded once, on the first sorted search), leaving out undated articles as
 * Pagefind's own sort did. Filter counts are those of the unsorted search.
 */
export function withDateOrder(
	pagefind: PagefindApi,
	load: () => Promise<readonly string[]>,
): PagefindApi {
	let rank: Promise<Map<string, number>> | null = null;
	return {
		async search(term, options?: PagefindSearchOptions): Promise<PagefindResponse | null> {
			const { sort, ...rest } = options ?? {};
			const direction = sort?.date;
			const response = await pagefind.search(term, rest);
			if (!response || direction === undefined) return response;
			rank ??= load().then((ids) => new Map(ids.map((id, index) => [id, index])));
			const ranks = await rank;
			const sign = direction === 'desc' ? 1 : -1;
			const results = response.results
				.filter((result) => ranks.has(result.id))
				.sort((a, b) => sign * ((ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0)));
			return { ...response, results };
		},
	};
}
