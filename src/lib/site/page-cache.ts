import { createHash } from 'node:crypto';

/**
 * The incremental build's page cache, pure parts: what a page's cache key is made of, and which
 * pages of a route a build renders and which it takes from the cache.
 *
 * A page is taken from the cache only when its key is the key it had when it was rendered: the
 * key hashes the build's fingerprint (every source file, the curated content, the config: see
 * page-cache-fs.ts) together with everything the page reads from the archive, which its route
 * lists in `inputs`. Nothing else may reach the page: a route that caches its pages renders them
 * from `inputs` and the fingerprinted sources only.
 */

/** One page of a route that caches its pages: its static path, its URL and what it is rendered from. */
export interface CacheablePath<Params, Props> {
	readonly params: Params;
	readonly props: Props;
	/** The page's site path (/articles/<id>/): its file in dist/ is <pathname>index.html. */
	readonly pathname: string;
	/**
	 * Everything the page reads that is not in the build's fingerprint: its entry's digest, the
	 * summaries it lists, the lookups it makes in archive-wide data. JSON-like (Maps and Sets allowed).
	 */
	readonly inputs: unknown;
}

/** A page of the build's plan: where it goes and its key. */
export interface PlannedPage {
	readonly pathname: string;
	readonly key: string;
}

/** A route's plan for this build: the pages to render and the pages to take from the cache. */
export interface RoutePlan {
	readonly route: string;
	readonly render: readonly PlannedPage[];
	readonly restore: readonly PlannedPage[];
}

/** The text of each deeply frozen object stableJson has written (see stableJson). */
const frozenTexts = new WeakMap<object, string>();

/** Whether every object of the value being written so far is frozen (see writeStable). */
let deepFrozen = true;

/**
 * JSON with object keys sorted, Maps as sorted [key, value] pairs and Sets as sorted arrays, so that
 * equal values give equal text whatever order they were built in. `undefined` members are left
 * out, as JSON.stringify does.
 *
 * The text of an object that is frozen, and whose objects are all frozen (Maps and Sets never
 * count as frozen), is kept and not written again: such an object cannot change.
 *
 * Why kept: one article's summary (toArticleSummary, frozen) is in the keys of about 25 pages,
 * and writing the keys was 62 s of getStaticPaths at 100,000 articles (CPU profile, 2026-12-07).
 */
export function stableJson(value: unknown): string {
	deepFrozen = true;
	return writeStable(value);
}

/** stableJson of one value; clears deepFrozen when an object in it is not frozen. */
function writeStable(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		return value === undefined ? 'null' : JSON.stringify(value);
	}
	const known = frozenTexts.get(value);
	if (known !== undefined) return known;
	const outer = deepFrozen;
	deepFrozen = Object.isFrozen(value) && !(value instanceof Map) && !(value instanceof Set);
	let text: string;
	if (Array.isArray(value)) {
		text = '[';
		for (let index = 0; index < value.length; index++) {
			if (index > 0) text += ',';
			text += writeStable(value[index]);
		}
		text += ']';
	} else if (value instanceof Map) {
		const pairs: string[] = [];
		for (const [key, member] of value as Map<unknown, unknown>)
			pairs.push(`[${writeStable(key)},${writeStable(member)}]`);
		text = `{"$map":[${pairs.sort().join(',')}]}`;
	} else if (value instanceof Set) {
		const members: string[] = [];
		for (const member of value as Set<unknown>) members.push(writeStable(member));
		text = `{"$set":[${members.sort().join(',')}]}`;
	} else {
		// Why these loops and sort() without a comparator: entries, filter, a comparator and map
		// took 4.4 s of the keys of a 10,000-article build; sort() compares UTF-16 code units, as < does.
		const record = value as Record<string, unknown>;
		text = '{';
		let first = true;
		for (const key of Object.keys(record).sort()) {
			const member = record[key];
			if (member === undefined) continue;
			if (!first) text += ',';
			first = false;
			text += `${JSON.stringify(key)}:${writeStable(member)}`;
		}
		text += '}';
	}
	if (deepFrozen) frozenTexts.set(value, text);
	deepFrozen = outer && deepFrozen;
	return text;
}

/** The cache key of one page: a hash of the build's fingerprint, the route, the URL and the inputs. */
export function pageKey(
	fingerprint: string,
	route: string,
	pathname: string,
	inputs: unknown,
): string {
	return createHash('sha256')
		.update(fingerprint)
		.update('\0')
		.update(route)
		.update('\0')
		.update(pathname)
		.update('\0')
		.update(stableJson(inputs))
		.digest('hex')
		.slice(0, 32);
}

/**
 * Splits a route's pages into those to render and those the cache holds (`cached` answers whether
 * a key is there), keeping the route's order. Throws when two pages share a URL.
 */
export function planRoute<Params, Props>(
	route: string,
	fingerprint: string,
	paths: readonly CacheablePath<Params, Props>[],
	cached: (key: string) => boolean,
): { plan: RoutePlan; render: CacheablePath<Params, Props>[] } {
	const seen = new Set<string>();
	const render: CacheablePath<Params, Props>[] = [];
	const planned: { render: PlannedPage[]; restore: PlannedPage[] } = { render: [], restore: [] };
	for (const path of paths) {
		if (seen.has(path.pathname)) throw new Error(`${route}: two pages at ${path.pathname}`);
		seen.add(path.pathname);
		const key = pageKey(fingerprint, route, path.pathname, path.inputs);
		if (cached(key)) planned.restore.push({ pathname: path.pathname, key });
		else {
			planned.render.push({ pathname: path.pathname, key });
			render.push(path);
		}
	}
	return { plan: { route, ...planned }, render };
}

/** The dist/-relative file of a page at a site path (/articles/x/ → articles/x/index.html). */
export function pageFile(pathname: string): string {
	if (!pathname.startsWith('/') || !pathname.endsWith('/')) {
		throw new Error(`a cached page's path must start and end with a slash: ${pathname}`);
	}
	return `${pathname.slice(1)}index.html`;
}
