import type { APIRoute } from 'astro';
import { loadFigureRecords } from '../../components/figures/records.ts';
import { figureRecordsJsonPieces } from '../../lib/site/figures-records.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/figures.json: every figure with its article and source paragraph (see FigureRecord),
 * serializeFigureRecords' text streamed (see streamedResponse for why).
 */
export const GET: APIRoute = async () =>
	streamedResponse(figureRecordsJsonPieces(await loadFigureRecords()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
