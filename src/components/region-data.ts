import { type CollectionEntry, getCollection } from 'astro:content';
import { GAZETTEER, type Region } from '../lib/gazetteer.ts';
import { headwordIndex, withHeadwords } from '../lib/glossary/glossary.ts';
import { type FigureRecord, figuresOfRegion } from '../lib/site/figures-records.ts';
import {
	getArticlesByPrimaryRegion,
	getArticlesMentioningRegion,
	getPeopleInRegion,
	getSlogansInRegion,
	type PersonInRegion,
	type SloganCount,
} from '../lib/site/regions.ts';
import type { RegionEntry } from '../schemas/region.ts';
import { loadFigureRecords } from './figures/records.ts';
import { loadGlossaryEntries } from './glossary/glossary-data.ts';

type ArticleData = CollectionEntry<'articles'>['data'];

/** Everything a region's pages list: its overview and the pages of its long lists. */
export interface RegionLists {
	readonly region: Region;
	readonly description: RegionEntry;
	/** Articles whose first region is this one, newest first. */
	readonly primary: readonly ArticleData[];
	/** Other articles that name it, newest first. */
	readonly mentioning: readonly ArticleData[];
	readonly slogans: readonly SloganCount[];
	readonly people: readonly PersonInRegion[];
	readonly figures: readonly FigureRecord[];
	/** Title of every article by id (the same map for every region), for the people's links. */
	readonly titles: ReadonlyMap<string, string>;
}

/** The long lists of a region page that have pages of their own when they are long. */
export const REGION_LISTS = ['articles', 'mentions', 'people', 'figures'] as const;

export type RegionListName = (typeof REGION_LISTS)[number];

/** The items of one of a region's long lists. */
export function regionListItems(lists: RegionLists, name: RegionListName): readonly unknown[] {
	if (name === 'articles') return lists.primary;
	if (name === 'mentions') return lists.mentioning;
	if (name === 'people') return lists.people;
	return lists.figures;
}

let cached: Promise<RegionLists[]> | undefined;

/**
 * Every region of the gazetteer with its lists, worked out once per build for the region pages
 * (the overview and the list pages read the same lists). Throws when a region has no
 * description in content/regions/.
 */
export function loadRegionLists(): Promise<RegionLists[]> {
	cached ??= (async () => {
		const articles = (await getCollection('articles')).map((entry) => entry.data);
		const descriptions = new Map(
			(await getCollection('regions')).map((entry) => [entry.id, entry.data]),
		);
		// Why headwords, once for every region: an entry's forms (七任务, 七大任务) are one
		// slogan, counted once per article.
		const headwords = headwordIndex(await loadGlossaryEntries());
		const sloganArticles = articles.map((article) => withHeadwords(article, headwords));
		const figures = await loadFigureRecords();
		const titles = new Map(articles.map((article) => [article.id, article.title]));
		return GAZETTEER.map((region) => {
			const description = descriptions.get(region.slug);
			if (description?.name !== region.name) {
				throw new Error(
					`content/regions/${region.slug}.md must exist and name ${region.name} (see src/lib/gazetteer.ts)`,
				);
			}
			return {
				region,
				description,
				primary: getArticlesByPrimaryRegion(articles, region.name),
				mentioning: getArticlesMentioningRegion(articles, region.name),
				slogans: getSlogansInRegion(sloganArticles, region.name),
				people: getPeopleInRegion(articles, region.name),
				figures: figuresOfRegion(figures, region.name),
				titles,
			};
		});
	})();
	return cached;
}
