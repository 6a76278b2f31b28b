import type { Article } from '../../schemas/article.ts';
import type { RegionEntry } from '../../schemas/region.ts';
import { GAZETTEER, type Region } from '../gazetteer.ts';
import { getArticlesByPrimaryRegion, getArticlesMentioningRegion } from './regions.ts';
import { regionUrl } from './urls.ts';
import { jsonArrayPieces } from './streamed-body.ts';

/** One region of dist/data/regions.json. Every record has every key, in this order. */
export interface RegionRecord {
	name: string;
	slug: string;
	kind: Region['kind'];
	/** Site-relative URL of the region page. */
	url: string;
	/** Other ways the paper writes the name. */
	aliases: string[];
	/** Ids of the articles mainly about the region, newest first. */
	primaryArticles: string[];
	/** Ids of the other articles that name it, newest first. */
	mentioningArticles: string[];
	/** Sourced facts; empty when archiveOnly. */
	facts: RegionEntry['facts'];
	archiveOnly: boolean;
}

/**
 * The export records of every gazetteer region, in gazetteer order, with its articles and its
 * curated description; a region without a description fails loudly (every region must have one).
 */
export function toRegionRecords(
	articles: readonly Pick<Article, 'id' | 'date' | 'regions' | 'slogans' | 'people'>[],
	descriptions: ReadonlyMap<string, RegionEntry>,
): RegionRecord[] {
	return GAZETTEER.map((region) => {
		const description = descriptions.get(region.name);
		if (!description) {
			throw new Error(`content/regions/${region.slug}.md is missing (${region.name})`);
		}
		return {
			name: region.name,
			slug: region.slug,
			kind: region.kind,
			url: regionUrl(region.slug),
			aliases: region.aliases,
			primaryArticles: getArticlesByPrimaryRegion(articles, region.name).map(
				(article) => article.id,
			),
			mentioningArticles: getArticlesMentioningRegion(articles, region.name).map(
				(article) => article.id,
			),
			facts: description.facts,
			archiveOnly: description.archiveOnly,
		};
	});
}

/** The text of dist/data/regions.json: tab-indented JSON with a final newline. */
export function serializeRegionRecords(records: readonly RegionRecord[]): string {
	return [...regionRecordsJsonPieces(records)].join('');
}

/** serializeRegionRecords' text in pieces, one region at a time (see streamedResponse). */
export function regionRecordsJsonPieces(records: readonly RegionRecord[]): Generator<string> {
	return jsonArrayPieces(records);
}
