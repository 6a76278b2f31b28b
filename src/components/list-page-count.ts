import { getCollection } from 'astro:content';
import { otherFigures } from '../lib/site/figures-table.ts';
import { groupByGenre } from '../lib/site/genres.ts';
import { laterPages, ownListPages } from '../lib/site/pagination.ts';
import { loadArchiveNames } from './archive-names.ts';
import { loadPageRecords } from './content-records.ts';
import { loadFigureRecords } from './figures/records.ts';
import { loadGlossary } from './glossary/glossary-data.ts';
import { listPageSize } from './list-pages.ts';
import { loadRegionLists, REGION_LISTS, regionListItems } from './region-data.ts';

/**
 * The pages the long lists add to the site (see pagination.ts), counted from the same lists the
 * routes page through: a genre's and the two indexes' later pages, and the pages of their own of
 * a region's lists, a slogan's uses and the figures no table shows. None on a small archive.
 */
export async function countListPages(): Promise<number> {
	const size = listPageSize();
	const articles = (await getCollection('articles')).map((entry) => entry.data);
	const genres = groupByGenre(articles)
		.filter((group) => group.articles.length > 0)
		.reduce((sum, group) => sum + laterPages(group.articles.length, size), 0);
	const regions = (await loadRegionLists()).reduce(
		(sum, lists) =>
			sum +
			REGION_LISTS.reduce(
				(pages, list) => pages + ownListPages(regionListItems(lists, list).length, size),
				0,
			),
		0,
	);
	const others = ownListPages(otherFigures(await loadFigureRecords()).length, size);
	const uses = (await loadGlossary()).reduce(
		(sum, model) => sum + ownListPages(model.occurrences.length, size),
		0,
	);
	const people = laterPages((await loadArchiveNames()).length, size);
	const rawPages = laterPages((await loadPageRecords()).length, size);
	return genres + regions + others + uses + people + rawPages;
}
