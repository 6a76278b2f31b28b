import type { APIRoute } from 'astro';
import { loadGlossary } from '../../components/glossary/glossary-data.ts';
import { concordanceCsv } from '../../lib/glossary/records.ts';

/** dist/data/concordance.csv: one line per occurrence of a glossary entry, with its paragraph link. */
export const GET: APIRoute = async () => {
	const glossary = await loadGlossary();
	return new Response(concordanceCsv(glossary.flatMap((model) => model.occurrences)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
