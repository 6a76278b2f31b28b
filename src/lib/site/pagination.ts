/**
 * Long lists split into numbered pages: /genres/xiaoxi/, /genres/xiaoxi/page/2/ …
 *
 * Why: at 100,000 articles the pages that listed a whole share of the archive were 25–421 MB of
 * HTML (a region, a genre, a slogan's uses, the figures), too big for a browser to open. A list
 * of at most one page keeps its URL and markup, so a small archive's site does not change.
 */

/** Items on one page of a list when HENGYANG_LIST_PAGE_SIZE is unset. */
export const DEFAULT_LIST_PAGE_SIZE = 100;

/**
 * Reads HENGYANG_LIST_PAGE_SIZE (items per page of a long list): a whole number ≥ 1, or the
 * default when unset or empty. Throws on anything else, naming the setting.
 */
export function parseListPageSize(value: string | undefined): number {
	if (value === undefined || value.trim() === '') return DEFAULT_LIST_PAGE_SIZE;
	const text = value.trim();
	if (!/^\d+$/u.test(text) || Number(text) < 1) {
		throw new Error(`HENGYANG_LIST_PAGE_SIZE must be a whole number of at least 1, not “${value}”`);
	}
	return Number(text);
}

/** How many pages a list of `total` items takes (one, empty, when there are none). */
export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

/**
 * Pages of their own that a list gets when its page shows only its first items and links to all
 * of it (a region's articles, a slogan's uses): none when it fits one page, else one per page.
 */
export function ownListPages(total: number, size: number): number {
	return total > size ? pageCount(total, size) : 0;
}

/**
 * Pages after the first of a list whose first page is its page (a genre, the people index):
 * none when it fits one page.
 */
export function laterPages(total: number, size: number): number {
	return pageCount(total, size) - 1;
}

/** Site-relative URL of page `number` of a list whose first page is at `base` (ending in /). */
export function pagedUrl(base: string, number: number): string {
	if (!base.endsWith('/')) throw new Error(`a list's URL must end in /: ${base}`);
	return number <= 1 ? base : `${base}page/${number}/`;
}

/**
 * The value of a route's rest parameter for page `number` ([...page]): undefined for the first
 * page (the list's own URL), `page/2` and so on after it.
 */
export function pageParam(number: number): string | undefined {
	return number <= 1 ? undefined : `page/${number}`;
}

/** One page of a list. */
export interface ListPage<T> {
	/** 1-based. */
	readonly number: number;
	readonly count: number;
	/** Items of the whole list. */
	readonly total: number;
	/** Position of this page's first item in the whole list (0-based). */
	readonly start: number;
	readonly items: readonly T[];
}

/** Every page of a list, in order; a list with no items has one empty page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
	const count = pageCount(items.length, size);
	return Array.from({ length: count }, (_, index) => ({
		number: index + 1,
		count,
		total: items.length,
		start: index * size,
		items: items.slice(index * size, (index + 1) * size),
	}));
}

/**
 * The pages of their own of a list whose page shows only its first items (see ownListPages):
 * none when it fits one page, else every page.
 */
export function ownPages<T>(items: readonly T[], size: number): ListPage<T>[] {
	return ownListPages(items.length, size) === 0 ? [] : paginate(items, size);
}

/** The page (1-based) the item at `position` (0-based) of a list falls on. */
export function pageOf(position: number, size: number): number {
	return Math.floor(position / size) + 1;
}

/**
 * The first `limit` items of a list and how many more it has, for a page that shows a few and
 * counts the rest (a figures cell, a slogan's passages, a person's articles on a region page).
 */
export function firstItems<T>(
	items: readonly T[],
	limit: number,
): { shown: readonly T[]; more: number } {
	return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** A link of a pager: a page number, or a gap between numbers that are not shown. */
export type PagerItem =
	| {
			readonly kind: 'page';
			readonly number: number;
			readonly href: string;
			readonly current: boolean;
	  }
	| { readonly kind: 'gap' };

/** The pager of one page. */
export interface Pager {
	readonly previous: string | undefined;
	readonly next: string | undefined;
	readonly items: readonly PagerItem[];
}

/**
 * The links of page `number` of `count`: the previous and next pages, the first and last, and
 * the two pages either side of this one, with a gap where numbers are left out — at most eleven
 * links however long the list, so that every page is a few steps from any other by keyboard.
 */
export function pager(base: string, number: number, count: number): Pager {
	const shown = new Set<number>([1, count]);
	for (let page = number - 2; page <= number + 2; page += 1) {
		if (page >= 1 && page <= count) shown.add(page);
	}
	const items: PagerItem[] = [];
	let last = 0;
	for (const page of [...shown].sort((a, b) => a - b)) {
		if (page > last + 1) items.push({ kind: 'gap' });
		items.push({
			kind: 'page',
			number: page,
			href: pagedUrl(base, page),
			current: page === number,
		});
		last = page;
	}
	return {
		previous: number > 1 ? pagedUrl(base, number - 1) : undefined,
		next: number < count ? pagedUrl(base, number + 1) : undefined,
		items,
	};
}
