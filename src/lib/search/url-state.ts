/** The filters a search can narrow by; each is a data-pagefind-filter key on article pages. */
export const FILTER_KEYS = ['region', 'year', 'genre', 'reporter', 'slogan'] as const;

/** One filter key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chinese labels of the filters, for the search page and the CLI. */
export const FILTER_LABELS: Readonly<Record<FilterKey, string>> = {
	region: '地区',
	year: '年份',
	genre: '体裁',
	reporter: '署名',
	slogan: '提法',
};

/** How results are ordered: by relevance (Pagefind's score) or newest first. */
export type SortOrder = 'relevance' | 'date';

/** Everything a search page URL says: /search/?q=三高四新&region=珠晖区&sort=date&page=2. */
export interface SearchState {
	readonly q: string;
	readonly filters: Readonly<Partial<Record<FilterKey, string>>>;
	readonly sort: SortOrder;
	/** 1-based page of results. */
	readonly page: number;
}

/** Site-relative URL of the search page. */
export const searchPath = '/search/';

/** Reads a search state from URL parameters; unknown or empty parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
	const filters: Partial<Record<FilterKey, string>> = {};
	for (const key of FILTER_KEYS) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	const page = Number.parseInt(params.get('page') ?? '1', 10);
	return {
		q: (params.get('q') ?? '').trim(),
		filters,
		sort: params.get('sort') === 'date' ? 'date' : 'relevance',
		page: Number.isFinite(page) && page > 0 ? page : 1,
	};
}

/** The URL parameters of a search state, defaults left out. */
export function writeSearchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q !== '') params.set('q', state.q);
	for (const key of FILTER_KEYS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	if (state.sort === 'date') params.set('sort', 'date');
	if (state.page > 1) params.set('page', String(state.page));
	return params;
}

/** Site-relative URL of the search page for a query and filters, e.g. /search/?reporter=周琪. */
export function searchPageUrl(
	options: { q?: string; sort?: SortOrder } & Partial<Record<FilterKey, string>>,
): string {
	const { q = '', sort = 'relevance', ...filters } = options;
	const params = writeSearchParams({ q, filters, sort, page: 1 }).toString();
	return params === '' ? searchPath : `${searchPath}?${params}`;
}
