import { type Excerpt, resultExcerpt } from './excerpt.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import { type ParsedQuery, parseQuery } from './query.ts';
import { queryEntries } from './suggest.ts';
import { unsegmentText } from './segment.ts';
import { foldText } from './text.ts';
import { SEARCH_BLOCK_MARKER } from './tokens.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './url-state.ts';

/** What Pagefind's result.data() gives (the fields the search reads). */
export interface PagefindFragment {
	readonly url: string;
	/** The indexed text of the page, words joined as printed. */
	readonly content: string;
	readonly meta: Readonly<Record<string, string | undefined>>;
	readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

/** One result of Pagefind's search(). */
export interface PagefindResult {
	readonly id: string;
	readonly score: number;
	data(): Promise<PagefindFragment>;
}

/** Filter value counts: { region: { 珠晖区: 2 } }. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What Pagefind's search() returns (the fields the search reads). */
export interface PagefindResponse {
	readonly results: readonly PagefindResult[];
	/** Counts of each filter value among these results. */
	readonly filters: FilterCounts;
}

/** Options of Pagefind's search(). */
export interface PagefindSearchOptions {
	readonly filters?: Readonly<Record<string, string>>;
	readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** The part of Pagefind's JavaScript API the search uses: the same in the browser and in Node. */
export interface PagefindApi {
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** One article in the results, ready to show. */
export interface ResultItem {
	readonly url: string;
	/** The article URL with a #:~:text= fragment that makes the browser highlight the first match. */
	readonly link: string;
	readonly title: string;
	/** ISO date, or null. */
	readonly date: string | null;
	readonly regions: readonly string[];
	readonly genre: string | null;
	readonly excerpt: Excerpt;
	/** The page holds every query segment verbatim (ranked first). */
	readonly verbatim: boolean;
}

/** Everything a search gives the page and the CLI. */
export interface SearchOutcome {
	readonly state: SearchState;
	readonly query: ParsedQuery;
	/** Lexicon entries to offer: what the query names or spells in pinyin. */
	readonly entries: readonly LexiconEntry[];
	/** The results on the requested page. */
	readonly results: readonly ResultItem[];
	/** Matching articles known (all of them when `complete`). */
	readonly total: number;
	/** Every candidate was checked, so `total` and `counts` are exact. */
	readonly complete: boolean;
	/** Articles Pagefind returned before the exact-words check. */
	readonly candidates: number;
	/** Filter value counts among the matching articles (upper bounds unless `complete`). */
	readonly counts: Readonly<Record<FilterKey, Readonly<Record<string, number>>>>;
	/** When nothing matches every word: the first articles that hold some of them. */
	readonly partial: readonly ResultItem[];
	readonly pageSize: number;
}

/**
 * A fragment with its text as printed, the visible text first: the index holds the hidden part of
 * the search block (tokens, credits, shadow), the marker, then the article as segmented words
 * (segmentText; see searchBlockHtml). This gives the article's text with the spaces between Han
 * characters dropped, then the marker and the hidden part, the order excerpts read.
 */
export function printedFragment(fragment: PagefindFragment): PagefindFragment {
	const at = fragment.content.indexOf(SEARCH_BLOCK_MARKER);
	if (at < 0) return { ...fragment, content: unsegmentText(fragment.content) };
	const hidden = fragment.content.slice(0, at).trim();
	const visible = fragment.content
		.slice(at + SEARCH_BLOCK_MARKER.length)
		.replace(/^[\s.]+/u, '')
		.trim();
	return { ...fragment, content: `${unsegmentText(visible)} ${SEARCH_BLOCK_MARKER}. ${hidden}` };
}

/** Loads a result's fragment, as printed (see printedFragment). */
async function loadFragment(result: PagefindResult): Promise<PagefindFragment> {
	return printedFragment(await result.data());
}

/** How many results a page shows. */
export const PAGE_SIZE = 10;

/** Candidate sets up to this size are checked whole for the exact words (exact totals and counts). */
export const VERIFY_LIMIT = 30;

/** Empty counts for every filter. */
function noCounts(): Record<FilterKey, Record<string, number>> {
	return { region: {}, year: {}, genre: {}, reporter: {}, slogan: {} };
}

/** Counts restricted to the filter keys, from Pagefind's or the fragments' counts. */
function pickCounts(counts: FilterCounts): Record<FilterKey, Record<string, number>> {
	const out = noCounts();
	for (const key of FILTER_KEYS) out[key] = { ...(counts[key] ?? {}) };
	return out;
}

/** Counts the filter values of loaded fragments. */
function countFragments(
	fragments: readonly PagefindFragment[],
): Record<FilterKey, Record<string, number>> {
	const out = noCounts();
	for (const fragment of fragments)
		for (const key of FILTER_KEYS)
			for (const value of fragment.filters[key] ?? []) out[key][value] = (out[key][value] ?? 0) + 1;
	return out;
}

/** A fragment as a result item. */
function toItem(
	lexicon: Lexicon,
	query: ParsedQuery,
	fragment: PagefindFragment,
	verbatim: boolean,
): ResultItem {
	const excerpt = resultExcerpt(lexicon, fragment.content, query);
	const link = excerpt.directive ? `${fragment.url}#:~:text=${excerpt.directive}` : fragment.url;
	return {
		url: fragment.url,
		link,
		title: fragment.meta.title ?? fragment.url,
		date: fragment.meta.date ?? null,
		regions: fragment.filters.region ?? [],
		genre: fragment.filters.genre?.[0] ?? null,
		excerpt,
		verbatim,
	};
}

/**
 * Runs a search of the archive: parses the query with the lexicon, asks Pagefind for candidates
 * (lexicon terms as whole-word tokens, other words as Pagefind segments them), keeps the articles
 * that hold every other word exactly as written, ranks the ones holding each query segment
 * verbatim first, and builds excerpts. The browser and `npm run search` both call this, so they
 * rank alike.
 */
export async function searchArchive(
	pagefind: PagefindApi,
	lexicon: Lexicon,
	state: SearchState,
	pageSize = PAGE_SIZE,
): Promise<SearchOutcome> {
	const query = parseQuery(lexicon, state.q);
	const entries = queryEntries(query);
	const filters = Object.fromEntries(
		FILTER_KEYS.flatMap((key) => (state.filters[key] ? [[key, state.filters[key]]] : [])),
	);
	const hasFilters = Object.keys(filters).length > 0;
	const empty: SearchOutcome = {
		state,
		query,
		entries,
		results: [],
		total: 0,
		complete: true,
		candidates: 0,
		counts: noCounts(),
		partial: [],
		pageSize,
	};
	if (query.impossible || (query.pagefindTerm === '' && (!hasFilters || query.raw !== '')))
		return empty;

	const browse = query.pagefindTerm === '';
	const sort = state.sort === 'date' || browse ? { date: 'desc' as const } : undefined;
	const response = await pagefind.search(browse ? null : query.pagefindTerm, {
		filters,
		...(sort ? { sort } : {}),
	});
	if (!response) return empty;
	const candidates = response.results;
	const first = (state.page - 1) * pageSize;

	if (query.pieces.length === 0) {
		const fragments = await Promise.all(
			candidates.slice(first, first + pageSize).map(loadFragment),
		);
		return {
			...empty,
			results: fragments.map((fragment) => toItem(lexicon, query, fragment, true)),
			total: candidates.length,
			candidates: candidates.length,
			counts: pickCounts(response.filters),
		};
	}

	// Why check the words: Pagefind matches each piece by its own word segmentation, so 火星殖民
	// finds pages with 火… and 民… anywhere; a reader typing Chinese means those characters in a row.
	// Why in batches: each check loads the article's fragment; a small result set is checked whole
	// (exact total and counts), a large one only until the requested page is full.
	const checkAll = candidates.length <= VERIFY_LIMIT;
	const target = first + pageSize + 1;
	const cap = checkAll
		? candidates.length
		: // Why so few: each check loads a fragment, and the first search must stay small.
			Math.min(candidates.length, target + pageSize * state.page);
	const fold = (text: string): string => foldText(text, lexicon.data.charMap);
	const checked: { fragment: PagefindFragment; matches: boolean; verbatim: number }[] = [];
	while (checked.length < cap) {
		const size = checkAll ? cap : Math.min(cap - checked.length, pageSize);
		const batch = candidates.slice(checked.length, checked.length + size);
		for (const fragment of await Promise.all(batch.map(loadFragment))) {
			// Why unsegmented too: the search block's credits and shadow are segmented words.
			const text = `${fold(fragment.content)}\n${fold(unsegmentText(fragment.content))}`;
			checked.push({
				fragment,
				matches: query.pieces.every((piece) => text.includes(piece)),
				verbatim: query.phrases.filter((phrase) => text.includes(phrase)).length,
			});
		}
		if (checked.filter((item) => item.matches).length >= target) break;
	}
	const matching = checked.filter((item) => item.matches);
	if (state.sort !== 'date') matching.sort((a, b) => b.verbatim - a.verbatim);
	const complete = checked.length === candidates.length;
	const phrases = query.phrases.length;
	return {
		...empty,
		results: matching
			.slice(first, first + pageSize)
			.map((item) => toItem(lexicon, query, item.fragment, item.verbatim === phrases)),
		total: matching.length,
		complete,
		candidates: candidates.length,
		counts: complete
			? countFragments(matching.map((item) => item.fragment))
			: pickCounts(response.filters),
		partial:
			matching.length === 0
				? checked.slice(0, pageSize).map((item) => toItem(lexicon, query, item.fragment, false))
				: [],
	};
}
