/** A file of the built site: its path under dist/ (with /) and size in bytes. */
export interface SiteFile {
	readonly path: string;
	readonly size: number;
}

/** What the service worker caches at install (dist/search/offline-manifest.js). */
export interface OfflineManifest {
	/** Changes whenever any file of the site changes; names the cache and is Pagefind's metaCacheTag. */
	readonly tag: string;
	readonly urls: readonly string[];
	/** Bytes the URLs add up to. */
	readonly bytes: number;
	/** Every page and the whole index are cached (false: only the core, the rest on first use). */
	readonly complete: boolean;
}

/** Pagefind files the site never loads: its ready-made UIs, highlighter, worker, playground. */
const UNUSED =
	/^pagefind\/(?:pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)|playground\/)/;

/** Files that must not be precached: the service worker and its manifest (the browser updates them). */
const SELF = new Set(['sw.js', 'search/offline-manifest.js']);

/** The URL a file is served at: a/index.html → /a/, index.html → /. */
export function fileUrl(path: string, tag: string): string {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	// Why the tag: with metaCacheTag, pagefind.js asks for pagefind-entry.json?ts=<tag>.
	if (path === 'pagefind/pagefind-entry.json') return `/${path}?ts=${tag}`;
	return `/${path}`;
}

/**
 * Files of the core: everything but the pages there is one of per article, raw page, name or day
 * (their index pages stay), the pages of long lists after the first page a list shows (see
 * pagination.ts), Pagefind's chunks and fragments, the data exports, feeds and sitemaps.
 *
 * Why names, days and exports too: at 100,000 articles the core was 94,688 files and 3.3 GB, most
 * of it the names' pages and data/articles.json, none of which a search needs.
 */
function isCore(path: string): boolean {
	return !/^(?:articles\/|pages\/|pagefind\/(?:fragment|index)\/|people\/.+\/|dates\/.+\/|data\/|(?:rss|atom)\.xml$|sitemap|regions\/[^/]+\/[^/]+\/|glossary\/[^/]+\/uses\/|figures\/others\/|(?:[^/]+\/)*page\/\d+\/)/.test(
		path,
	);
}

/**
 * The URLs the service worker caches when it installs: every file of the site (pages, assets,
 * the lexicon and the whole Pagefind index) when they add up to at most `budget` bytes, else the
 * core (home, search page, assets, Pagefind's code, metadata and filters), the rest being cached
 * as it is visited.
 */
export function offlineManifest(
	files: readonly SiteFile[],
	tag: string,
	budget: number,
): OfflineManifest {
	const wanted = files.filter((file) => !UNUSED.test(file.path) && !SELF.has(file.path));
	const total = wanted.reduce((sum, file) => sum + file.size, 0);
	const complete = total <= budget;
	const chosen = complete ? wanted : wanted.filter((file) => isCore(file.path));
	return {
		tag,
		urls: chosen.map((file) => fileUrl(file.path, tag)).sort(),
		bytes: chosen.reduce((sum, file) => sum + file.size, 0),
		complete,
	};
}

/** The manifest as the script the service worker imports. */
export function manifestScript(manifest: OfflineManifest): string {
	return `// Written by the build (src/integrations/pagefind.ts): what public/sw.js caches for offline use.\nself.OFFLINE_MANIFEST = ${JSON.stringify(manifest)};\n`;
}
