import type { APIRoute } from 'astro';
import { loadGlossary } from '../../components/glossary/glossary-data.ts';
import { concordanceCsvPieces } from '../../lib/glossary/records.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/concordance.csv: one line per occurrence of a glossary entry, with its paragraph link
 * (concordanceCsv's text, streamed: see streamedResponse for why).
 */
export const GET: APIRoute = async () => {
	const glossary = await loadGlossary();
	return streamedResponse(concordanceCsvPieces(glossary.flatMap((model) => model.occurrences)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
