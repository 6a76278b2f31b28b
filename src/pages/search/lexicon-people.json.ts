import type { APIRoute } from 'astro';
import { getSearchLexicon } from '../../components/search/search-lexicon.ts';
import { splitPeople } from '../../lib/search/lexicon.ts';

/**
 * dist/search/lexicon-people.json: the credited and named people of the lexicon, which the search
 * page loads only for pinyin and suggestions (thousands of names at scale).
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(splitPeople((await getSearchLexicon()).data).people), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
