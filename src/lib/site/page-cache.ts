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

/**
 * JSON with object keys sorted, Maps as sorted [key, value] pairs and Sets as sorted arrays, so that
 * equal values give equal text whatever order they were built in. `undefined` members are left
 * out, as JSON.stringify does.
 */
export function stableJson(value: unknown): string {
	if (value === null || typeof value !== 'object') {
		return value === undefined ? 'null' : JSON.stringify(value);
	}
	if (value instanceof Map) {
		const pairs = [...(value as Map<unknown, unknown>)].map(
			([key, member]) => `[${stableJson(key)},${stableJson(member)}]`,
		);
		return `{"$map":[${pairs.sort().join(',')}]}`;
	}
	if (value instanceof Set) {
		const members = [...(value as Set<unknown>)].map((member) => stableJson(member));
		return `{"$set":[${members.sort().join(',')}]}`;
	}
	if (Array.isArray(value)) return `[${value.map((member) => stableJson(member)).join(',')}]`;
	const members = Object.entries(value as Record<string, unknown>)
		.filter(([, member]) => member !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`);
	return `{${members.join(',')}}`;
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
