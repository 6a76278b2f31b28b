import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { regionRecordsJsonPieces, toRegionRecords } from '../../lib/site/region-record.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/regions.json: every gazetteer region with its articles and sourced facts
 * (serializeRegionRecords' text, streamed: see streamedResponse for why).
 */
export const GET: APIRoute = async () => {
	const articles = (await getCollection('articles')).map((entry) => entry.data);
	const descriptions = new Map(
		(await getCollection('regions')).map((entry) => [entry.data.name, entry.data]),
	);
	return streamedResponse(regionRecordsJsonPieces(toRegionRecords(articles, descriptions)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
