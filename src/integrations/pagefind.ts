import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { mapLimit } from './map-limit.ts';
import { filesUnder } from '../lib/files-fs.ts';
import { FileDigests } from './file-digests.ts';
import { writeSearchIndex } from './pagefind-index.ts';
import { DATE_ORDER_FILE } from '../lib/search/date-order.ts';
import { manifestScript, offlineManifest, type SiteFile } from '../lib/search/offline.ts';
import {
	describeIndexedPages,
	readIndexedPages,
	totalIndexedPages,
} from '../lib/site/pagefind-entry.ts';

export { indexDateOrder, PART_PAGES, writeSearchIndex } from './pagefind-index.ts';

/** Where a build keeps the index of each part for the next build (Astro empties dist/ every time). */
export const PAGEFIND_CACHE_DIR = join('node_modules', '.cache', 'hengyang-pagefind');

/**
 * What indexBuiltSite writes into search/ after listing the site: left out of the listing, so that
 * indexing a site again (the benchmark's index stage run twice) gives the same tag.
 */
const TAG_OUTPUTS = new Set(['search/index-version.json', 'search/offline-manifest.js']);

/** Largest site the service worker caches whole at install; a bigger one caches its core. */
const OFFLINE_BUDGET = 64 * 1024 * 1024;

/** Every file under a directory (filesUnder) with its size. */
async function listFiles(root: string): Promise<SiteFile[]> {
	return Promise.all(
		filesUnder(root).map(async (path) => ({ path, size: (await stat(join(root, path))).size })),
	);
}

/** The SHA-256 (hex) of a file's bytes. */
function fileDigest(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A short hash of every file of the site, in path order (each path with its file's SHA-256): it
 * changes whenever anything does. With `digests`, a file whose size, time and inode are unchanged
 * since the last run is not read again (FileDigests). Files are digested 16 at a time (one at a
 * time, the reads waited for one by one, took 0.9 s of 155 MB).
 */
export async function siteTag(
	root: string,
	files: readonly SiteFile[],
	digests?: FileDigests,
): Promise<string> {
	const sums = await mapLimit(files, 16, async (file) =>
		digests
			? digests.digest(root, file.path, fileDigest)
			: fileDigest(await readFile(join(root, file.path))),
	);
	const hash = createHash('sha256');
	for (const [i, file] of files.entries())
		hash
			.update(file.path)
			.update('\0')
			.update(sums[i] ?? '')
			.update('\0');
	return hash.digest('hex').slice(0, 16);
}

/**
 * Indexes a built site (writeSearchIndex) into <siteDir>/pagefind/, with the date order in
 * <siteDir>/search/date-order.json. What is indexed is decided in the templates: only article
 * pages carry `data-pagefind-body`, so the index must hold exactly `articlePages` pages; any
 * Pagefind error, or any other count, throws. The parts' indexes are kept in `cacheDir` (default
 * PAGEFIND_CACHE_DIR), the digests of the site's files beside it in hengyang-digests/ (pages.json
 * for the parts, site.json for the tag; see FileDigests). Then writes what the search page and
 * the service worker read: search/index-version.json (the index's tag, Pagefind's metaCacheTag)
 * and search/offline-manifest.js (the URLs to cache for offline use).
 */
export async function indexBuiltSite(
	siteDir: string,
	articlePages: number,
	log: (message: string) => void,
	cacheDir = join(process.cwd(), PAGEFIND_CACHE_DIR),
): Promise<void> {
	const outputPath = join(siteDir, 'pagefind');
	const searchDir = join(siteDir, 'search');
	const digestsDir = join(dirname(cacheDir), 'hengyang-digests');
	// Why opened first: the pages read for the index are digested for the tag from the same bytes.
	const digests = await FileDigests.open(join(digestsDir, 'site.json'), 'sha256 1');
	// Why only articles/: only the article template carries data-pagefind-body (test/search/index-parts.test.ts checks the templates), and reading all of dist/ took 0.9 s of 2,000 articles.
	const { htmlFiles, htmlFilesRead, parts, indexedParts } = await writeSearchIndex(
		siteDir,
		outputPath,
		{
			glob: 'articles/**/index.html',
			dateOrderPath: join(siteDir, DATE_ORDER_FILE),
			cacheDir,
			digestsFile: join(digestsDir, 'pages.json'),
			alsoDigest: { digests, compute: fileDigest },
		},
	);
	const indexed = readIndexedPages(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8'));
	const total = totalIndexedPages(indexed);
	log(
		`Pagefind read ${htmlFiles} HTML files and indexed ${total} pages (${describeIndexedPages(indexed)}) into ${outputPath}: ${parts} part(s), ${indexedParts} indexed afresh, ${parts - indexedParts} from the cache; ${htmlFilesRead} of the HTML files opened to find their parts, the others unchanged since the last build`,
	);
	if (total !== articlePages) {
		throw new Error(
			`Pagefind indexed ${total} pages but ${articlePages} article pages were built: every article page, and nothing else, must carry data-pagefind-body`,
		);
	}

	await mkdir(searchDir, { recursive: true });
	const files = (await listFiles(siteDir)).filter((file) => !TAG_OUTPUTS.has(file.path));
	const tag = await siteTag(siteDir, files, digests);
	await digests.save();
	await writeFile(join(searchDir, 'index-version.json'), `${JSON.stringify({ tag })}\n`);
	const manifest = offlineManifest(files, tag, OFFLINE_BUDGET);
	await writeFile(join(searchDir, 'offline-manifest.js'), manifestScript(manifest));
	log(
		`offline: the service worker caches ${manifest.urls.length} files (${(manifest.bytes / 1048576).toFixed(1)} MB${manifest.complete ? ', the whole site' : ', the core; the rest as visited'}), tag ${tag} (${digests.read} of ${files.length} files opened for it, the others unchanged since the last build)`,
	);
}

/** The article pages of a built site: dist/articles/<id>/index.html. */
async function countArticlePages(siteDir: string): Promise<number> {
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
 * Set to 1 by scripts/astro-build.ts (`npm run build`): the integrations leave the index step,
 * and the count of the site's files, to the script, which runs them once `astro build` has
 * exited (indexSiteStep, then checkSiteFiles).
 *
 * Why: Astro's process ends the build holding 1.0–1.6 GB at 10,000 articles (sampled), and the
 * index step's two Pagefind processes and merge, run in it, came on top of that.
 */
export const INDEX_AFTER_ASTRO = 'HENGYANG_INDEX_AFTER_ASTRO';

/** Whether this build's search index is written by scripts/astro-build.ts after Astro exits. */
export function indexAfterAstro(): boolean {
	return process.env[INDEX_AFTER_ASTRO] === '1' && process.env.PAGEFIND_SKIP !== '1';
}

/** The index step of a build: indexBuiltSite on `siteDir`, its time logged. */
export async function indexSiteStep(
	siteDir: string,
	log: (message: string) => void,
	cacheDir?: string,
): Promise<void> {
	const started = performance.now();
	// Why on disk, not Astro's page list: most pages of an incremental build come from the
	// page cache (src/integrations/page-cache.ts), which the list does not name.
	await indexBuiltSite(siteDir, await countArticlePages(siteDir), log, cacheDir);
	log(`search index step: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Runs the index step (indexSiteStep, the parts' cache under the project's root) after
 * `astro build`, unless scripts/astro-build.ts runs it once Astro has exited (indexAfterAstro).
 * `PAGEFIND_SKIP=1` leaves the index out (scripts/bench/index-site.ts writes it on its own); by
 * default it always runs.
 */
export function pagefind(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'hengyang:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.PAGEFIND_SKIP === '1') {
					logger.warn('PAGEFIND_SKIP=1: no search index written (run scripts/bench/index-site.ts)');
					return;
				}
				const log = (message: string): void => {
					logger.info(message);
				};
				if (indexAfterAstro()) {
					log('search index: written once astro build has exited (scripts/astro-build.ts)');
					return;
				}
				await indexSiteStep(fileURLToPath(dir), log, join(root, PAGEFIND_CACHE_DIR));
			},
		},
	};
}
