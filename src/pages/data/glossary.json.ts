import type { APIRoute } from 'astro';
import { loadGlossary } from '../../components/glossary/glossary-data.ts';
import { glossaryRecordsJsonPieces, toGlossaryRecords } from '../../lib/glossary/records.ts';
import { streamedResponse } from '../../lib/site/streamed-body.ts';

/**
 * dist/data/glossary.json: every glossary entry with its sources and its use in the archive
 * (serializeGlossaryRecords' text, streamed: see streamedResponse for why).
 */
export const GET: APIRoute = async () =>
	streamedResponse(glossaryRecordsJsonPieces(toGlossaryRecords(await loadGlossary())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
