import type { APIRoute } from 'astro';
import { loadFigureRecords } from '../../components/figures/records.ts';
import { figureRecordsCsvPieces } from '../../lib/site/figures-csv.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/figures.csv: the rows of figures.json as RFC 4180 CSV (CRLF, quoted where needed).
 * UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese text correctly instead of
 * reading it in the system's legacy code page (see figureRecordsToCsv). Streamed (see
 * streamedResponse for why).
 */
export const GET: APIRoute = async () =>
	streamedResponse(figureRecordsCsvPieces(await loadFigureRecords()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
