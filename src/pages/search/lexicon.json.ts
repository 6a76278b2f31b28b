import type { APIRoute } from 'astro';
import { getSearchLexicon } from '../../components/search/search-lexicon.ts';
import { splitPeople } from '../../lib/search/lexicon.ts';

/**
 * dist/search/lexicon.json: the lexicon's core (regions, slogans, character map), which the search
 * page loads before its first search; the people are in lexicon-people.json.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(splitPeople((await getSearchLexicon()).data).core), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
