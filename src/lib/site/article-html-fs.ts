import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';

/**
 * Where each article's rendered HTML is kept, one file per entry digest: set by astro.config.mjs
 * (HENGYANG_ARTICLE_HTML_DIR) inside the project's Astro cache, else the working directory's.
 *
 * Why not in Astro's data store: the store keeps every entry's rendered HTML in one map that is
 * serialised as one string and bundled into the build. At 10,000 articles the HTML was most of its
 * 59 million characters; at 100,000 the string passes V8's limit and the build fails
 * (`Invalid string length`). Kept here, each page reads only its own article's HTML.
 */
export function articleHtmlDir(): string {
	return (
		process.env.HENGYANG_ARTICLE_HTML_DIR ??
		join(process.cwd(), 'node_modules', '.astro', 'hengyang-article-html')
	);
}

const htmlFile = (dir: string, digest: string): string => join(dir, `${digest}.html`);

/** The digests whose HTML is kept in the folder (none when it does not exist). */
export function keptArticleHtml(dir: string): Set<string> {
	if (!existsSync(dir)) return new Set();
	return new Set(
		readdirSync(dir)
			.filter((name) => name.endsWith('.html'))
			.map((name) => name.slice(0, -'.html'.length)),
	);
}

/**
 * Keeps the HTML rendered from the entry with this digest, in a folder that exists (the loader
 * makes it once per sync, not once per file).
 *
 * Why asynchronous: creating a file costs about 0.6 ms on this machine's disk, 6 s for 10,000
 * articles written one after another; written in the background, it overlaps the rendering.
 */
export function writeArticleHtml(dir: string, digest: string, html: string): Promise<void> {
	return writeFile(htmlFile(dir, digest), html);
}

/**
 * The HTML rendered from an article entry, by the entry's digest. Throws, naming the article,
 * when it was never rendered (the content sync writes it; see articleLoader).
 */
export function readArticleHtml(id: string, digest: string | number | undefined): string {
	const dir = articleHtmlDir();
	const missing = () =>
		new Error(
			`article ${id}: no rendered HTML in ${dir} for digest ${String(digest)}; the content sync writes it (delete node_modules/.astro and build again)`,
		);
	if (digest === undefined) throw missing();
	try {
		return readFileSync(htmlFile(dir, String(digest)), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missing();
		throw error;
	}
}

/** Deletes the kept HTML of every digest not in `keep`; returns how many files went. */
export function pruneArticleHtml(dir: string, keep: ReadonlySet<string>): number {
	if (!existsSync(dir)) return 0;
	let removed = 0;
	for (const name of readdirSync(dir)) {
		if (name.endsWith('.html') && keep.has(name.slice(0, -'.html'.length))) continue;
		rmSync(join(dir, name), { force: true, recursive: true });
		removed += 1;
	}
	return removed;
}
