import { getCollection } from 'astro:content';
import { type PageArticle, type PageSummary, toPageSummary } from '../lib/site/page-view.ts';
import { loadPageRecords } from './content-records.ts';

let cached: Promise<PageSummary[]> | undefined;

/** Every raw page's line of the index of raw pages, in file order, worked out once per build. */
export function loadPagesIndex(): Promise<PageSummary[]> {
	cached ??= (async () => {
		const articles = new Map<string, PageArticle>(
			(await getCollection('articles')).map((entry) => [entry.id, entry.data]),
		);
		return (await loadPageRecords())
			.map((entry) => toPageSummary(entry.data, articles))
			.sort((a, b) => (a.stem < b.stem ? -1 : 1));
	})();
	return cached;
}
