import type { APIRoute } from 'astro';
import { loadGlossary } from '../../components/glossary/glossary-data.ts';
import { serializeGlossaryRecords, toGlossaryRecords } from '../../lib/glossary/records.ts';

/** dist/data/glossary.json: every glossary entry with its sources and its use in the archive. */
export const GET: APIRoute = async () =>
	new Response(serializeGlossaryRecords(toGlossaryRecords(await loadGlossary())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
