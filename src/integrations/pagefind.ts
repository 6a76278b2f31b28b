import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob, relative, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { mergePagefindIndexes } from './pagefind-merge.ts';
import { DATE_ORDER_FILE, dateOrder } from '../lib/search/date-order.ts';
import { manifestScript, offlineManifest, type SiteFile } from '../lib/search/offline.ts';
import { INDEX_LANGUAGE } from '../lib/search/segment.ts';
import {
	describeIndexedPages,
	readIndexedPages,
	totalIndexedPages,
} from '../lib/site/pagefind-entry.ts';

/** Largest site the service worker caches whole at install; a bigger one caches its core. */
const OFFLINE_BUDGET = 64 * 1024 * 1024;

/** Throws when a Pagefind call reported errors (Pagefind returns them rather than throwing). */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind ${step} failed:\n- ${errors.join('\n- ')}`);
	}
}

/** Every file under a directory, paths relative to it with / separators, sorted. */
async function listFiles(root: string): Promise<SiteFile[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files = await Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map(async (entry) => {
				const full = join(entry.parentPath, entry.name);
				return { path: relative(root, full).split(sep).join('/'), size: (await stat(full)).size };
			}),
	);
	return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A short hash of every file of the site, in path order: it changes whenever anything does. */
async function siteTag(root: string, files: readonly SiteFile[]): Promise<string> {
	const hash = createHash('sha256');
	for (const file of files)
		hash
			.update(file.path)
			.update('\0')
			.update(await readFile(join(root, file.path)));
	return hash.digest('hex').slice(0, 16);
}

/**
 * The date order of an index Pagefind wrote (see date-order.ts): each fragment's id (its file name)
 * and its date meta, read back from <outputPath>/fragment/.
 */
export async function indexDateOrder(outputPath: string): Promise<string[]> {
	const dir = join(outputPath, 'fragment');
	const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
	const pages = await Promise.all(
		names.map(async (name) => {
			const data = gunzipSync(await readFile(join(dir, name)));
			const json = data.subarray(data.indexOf('{'));
			const fragment = JSON.parse(json.toString('utf8')) as { meta?: { date?: string } };
			return { id: name.slice(0, -'.pf_fragment'.length), date: fragment.meta?.date };
		}),
	);
	return dateOrder(pages);
}

/** Largest number of pages one Pagefind process indexes; a bigger site is indexed in parts. */
export const PART_PAGES = 2500;

/**
 * Indexes the HTML files of a site (all, or those matching `glob`) with Pagefind's Node API under
 * INDEX_LANGUAGE, writes the index to `outputPath` and the date order to `dateOrderPath`. Any
 * Pagefind error throws. The build and the search benchmark both index through this.
 *
 * A site with more than `partPages` pages carrying data-pagefind-body (the only pages Pagefind
 * indexes once any page has it) is indexed in parts of at most that many pages, one Pagefind
 * process after another, and the parts merged into one index (mergePagefindIndexes).
 *
 * Why parts: Pagefind's peak memory grows with the pages one process indexes (3.0 GB for 10,000
 * generated articles in one process).
 */
export async function writeSearchIndex(
	siteDir: string,
	outputPath: string,
	options: { readonly glob?: string; readonly dateOrderPath: string; readonly partPages?: number },
): Promise<{ readonly htmlFiles: number; readonly parts: number }> {
	const partPages = options.partPages ?? PART_PAGES;
	const bodyPages = await pagesWithBody(siteDir, options.glob);
	let htmlFiles: number;
	let parts = 1;
	if (bodyPages.length <= partPages) {
		htmlFiles = await indexWithPagefind(outputPath, async (index) => {
			const added = await index.addDirectory({
				path: siteDir,
				...(options.glob ? { glob: options.glob } : {}),
			});
			assertNoErrors('addDirectory', added.errors);
			return added.page_count;
		});
	} else {
		parts = Math.ceil(bodyPages.length / partPages);
		const size = Math.ceil(bodyPages.length / parts);
		const work = await mkdtemp(join(tmpdir(), 'pagefind-parts-'));
		try {
			const dirs: string[] = [];
			for (let i = 0; i < parts; i++) {
				const dir = join(work, `part-${i}`);
				dirs.push(dir);
				await indexWithPagefind(dir, async (index) => {
					for (const page of bodyPages.slice(i * size, (i + 1) * size)) {
						const added = await index.addHTMLFile({
							url: page.url,
							content: await readFile(join(siteDir, page.path), 'utf8'),
						});
						assertNoErrors(`addHTMLFile ${page.path}`, added.errors);
					}
					return 0;
				});
			}
			await mergePagefindIndexes(dirs, outputPath);
		} finally {
			await rm(work, { recursive: true, force: true });
		}
		htmlFiles = bodyPages.length;
	}
	await mkdir(dirname(options.dateOrderPath), { recursive: true });
	await writeFile(options.dateOrderPath, `${JSON.stringify(await indexDateOrder(outputPath))}\n`);
	return { htmlFiles, parts };
}

/** The site's HTML files (matching `glob`, default all) that carry data-pagefind-body, by path. */
async function pagesWithBody(
	siteDir: string,
	glob: string | undefined,
): Promise<{ path: string; url: string }[]> {
	const files = (await listFiles(siteDir)).filter(
		(file) =>
			file.path.endsWith('.html') &&
			(glob === undefined || matchesGlob(file.path, glob)) &&
			!file.path.startsWith('pagefind/'),
	);
	const pages: { path: string; url: string }[] = [];
	for (const file of files)
		if ((await readFile(join(siteDir, file.path), 'utf8')).includes('data-pagefind-body'))
			pages.push({
				path: file.path,
				url: `/${file.path.replace(/(?:^|(?<=\/))index\.html$/u, '')}`,
			});
	return pages;
}

/** Runs one Pagefind process: a fresh index under INDEX_LANGUAGE, `add`, then writes it to `outputPath`. */
async function indexWithPagefind(
	outputPath: string,
	add: (index: PagefindIndex) => Promise<number>,
): Promise<number> {
	try {
		// Why a forced language: see INDEX_LANGUAGE (the pages are indexed as segmented words).
		const created = await createIndex({ forceLanguage: INDEX_LANGUAGE });
		assertNoErrors('createIndex', created.errors);
		const { index } = created;
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const count = await add(index);
		const written = await index.writeFiles({ outputPath });
		assertNoErrors('writeFiles', written.errors);
		return count;
	} finally {
		// Stops Pagefind's backend process: the build can exit, and the next part starts afresh.
		await close();
	}
}

/**
 * Indexes a built site (writeSearchIndex) into <siteDir>/pagefind/, with the date order in
 * <siteDir>/search/date-order.json. What is indexed is decided in the templates: only article
 * pages carry `data-pagefind-body`, so the index must hold exactly `articlePages` pages; any
 * Pagefind error, or any other count, throws. Then writes what the search page and the service
 * worker read: search/index-version.json (the index's tag, Pagefind's metaCacheTag) and
 * search/offline-manifest.js (the URLs to cache for offline use).
 */
export async function indexBuiltSite(
	siteDir: string,
	articlePages: number,
	log: (message: string) => void,
): Promise<void> {
	const outputPath = join(siteDir, 'pagefind');
	const searchDir = join(siteDir, 'search');
	const { htmlFiles } = await writeSearchIndex(siteDir, outputPath, {
		dateOrderPath: join(siteDir, DATE_ORDER_FILE),
	});
	const indexed = readIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
	const total = totalIndexedPages(indexed);
	log(
		`Pagefind read ${htmlFiles} HTML files and indexed ${total} pages (${describeIndexedPages(indexed)}) into ${outputPath}`,
	);
	if (total !== articlePages) {
		throw new Error(
			`Pagefind indexed ${total} pages but ${articlePages} article pages were built: every article page, and nothing else, must carry data-pagefind-body`,
		);
	}

	await mkdir(searchDir, { recursive: true });
	const files = await listFiles(siteDir);
	const tag = await siteTag(siteDir, files);
	await writeFile(join(searchDir, 'index-version.json'), `${JSON.stringify({ tag })}\n`);
	const manifest = offlineManifest(files, tag, OFFLINE_BUDGET);
	await writeFile(join(searchDir, 'offline-manifest.js'), manifestScript(manifest));
	log(
		`offline: the service worker caches ${manifest.urls.length} files (${(manifest.bytes / 1048576).toFixed(1)} MB${manifest.complete ? ', the whole site' : ', the core; the rest as visited'}), tag ${tag}`,
	);
}

/** The article pages of a built site: dist/articles/<id>/index.html. */
export async function countArticlePages(siteDir: string): Promise<number> {
	const dir = join(siteDir, 'articles');
	const ids = await readdir(dir).catch(() => [] as string[]);
	let count = 0;
	for (const id of ids)
		if (
			await stat(join(dir, id, 'index.html')).then(
				(file) => file.isFile(),
				() => false,
			)
		)
			count++;
	return count;
}

/**
 * Runs indexBuiltSite after `astro build`. `PAGEFIND_SKIP=1` leaves the index out (the scale
 * benchmark runs it as a stage of its own, scripts/bench/index-site.ts); by default it always runs.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'hengyang:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.PAGEFIND_SKIP === '1') {
					logger.warn('PAGEFIND_SKIP=1: no search index written (run scripts/bench/index-site.ts)');
					return;
				}
				// Why on disk, not Astro's page list: most pages of an incremental build come from the
				// page cache (src/integrations/page-cache.ts), which the list does not name.
				const siteDir = fileURLToPath(dir);
				await indexBuiltSite(siteDir, await countArticlePages(siteDir), (message) => {
					logger.info(message);
				});
			},
		},
	};
}
