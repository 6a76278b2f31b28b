import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATE_ORDER_FILE, withDateOrder } from './date-order.ts';
import type { PagefindApi } from './engine.ts';
import {
	type Lexicon,
	type LexiconData,
	type LexiconEntry,
	prepareLexicon,
	withPeople,
} from './lexicon.ts';
import { INDEX_LANGUAGE } from './segment.ts';

/** The built site's search, loaded in Node: Pagefind's own browser code and the lexicon. */
export interface BuiltSearch {
	readonly pagefind: PagefindApi & { destroy(): Promise<void> };
	readonly lexicon: Lexicon;
}

/** The part of dist/pagefind/pagefind.js this module calls. */
interface PagefindModule {
	createInstance(options: Record<string, unknown>): BuiltSearch['pagefind'];
}

/** Site directories served by the fetch shim, by URL prefix (/__site1/ → /work/main/dist). */
const sites = new Map<string, string>();

/**
 * Installs, once, what Pagefind's browser code expects of a page: a `document` whose <html> has
 * lang="zh-CN" (without it Chinese queries are not word-segmented, and results differ from the
 * browser's), and a `fetch` that reads the files of the loaded sites from disk. Any other fetch
 * goes to the real one.
 */
function installShims(): void {
	const global = globalThis as { document?: unknown; fetch: typeof fetch };
	if (global.document === undefined)
		global.document = {
			currentScript: null,
			querySelector: (selector: string) =>
				selector === 'html'
					? { getAttribute: (name: string) => (name === 'lang' ? 'zh-CN' : null) }
					: null,
		};
	const realFetch = global.fetch;
	if ((realFetch as { siteShim?: boolean }).siteShim) return;
	const shim = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const prefix = [...sites.keys()].find((key) => url.startsWith(key));
		if (prefix === undefined) return realFetch(input, init);
		const root = sites.get(prefix) ?? '';
		const path = resolve(
			join(root, decodeURIComponent(new URL(url, 'http://site').pathname.slice(prefix.length))),
		);
		if (!path.startsWith(root + sep)) return new Response(null, { status: 403 });
		try {
			return new Response(await readFile(path));
		} catch {
			return new Response(null, { status: 404, statusText: 'Not Found' });
		}
	};
	global.fetch = Object.assign(shim, { siteShim: true });
}

/**
 * Loads the search of a built site from its dist/ directory exactly as the search page does:
 * Pagefind's pagefind.js (the browser's query path, in Node's V8 and ICU) and
 * dist/search/lexicon.json with dist/search/lexicon-people.json, and the date order
 * (dist/search/date-order.json) for a search sorted by date.
 */
export async function loadBuiltSearch(distDir: string): Promise<BuiltSearch> {
	const root = resolve(distDir);
	installShims();
	let prefix = [...sites].find(([, dir]) => dir === root)?.[0];
	if (prefix === undefined) {
		prefix = `/__site${sites.size + 1}/`;
		sites.set(prefix, root);
	}
	const core = JSON.parse(
		await readFile(join(root, 'search', 'lexicon.json'), 'utf8'),
	) as LexiconData;
	const peopleFile = join(root, 'search', 'lexicon-people.json');
	const people = existsSync(peopleFile)
		? (JSON.parse(await readFile(peopleFile, 'utf8')) as LexiconEntry[])
		: [];
	const module = (await import(
		pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href
	)) as PagefindModule;
	const instance = module.createInstance({
		basePath: `${prefix}pagefind/`,
		baseUrl: '/',
		language: INDEX_LANGUAGE,
	});
	const sorted = withDateOrder(
		instance,
		async () => JSON.parse(await readFile(join(root, DATE_ORDER_FILE), 'utf8')) as string[],
	);
	const pagefind = {
		search: (...args: Parameters<PagefindApi['search']>) => sorted.search(...args),
		destroy: () => instance.destroy(),
	};
	return { pagefind, lexicon: prepareLexicon(withPeople(core, people)) };
}
