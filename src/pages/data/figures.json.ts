import type { APIRoute } from 'astro';
import { loadFigureRecords } from '../../components/figures/records.ts';
import { serializeFigureRecords } from '../../lib/site/figures-records.ts';

/** dist/data/figures.json: every figure with its article and source paragraph (see FigureRecord). */
export const GET: APIRoute = async () =>
	new Response(serializeFigureRecords(await loadFigureRecords()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
