/**
 * writeSearchIndex: a site's pages with data-pagefind-body indexed by Pagefind in parts, two
 * Pagefind processes at a time, each part cached under a hash of what Pagefind read, the parts
 * merged into one index (mergePagefindIndexes). The build and the search benchmark index through
 * this.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, matchesGlob } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { type DigestAlso, FileDigests } from './file-digests.ts';
import { filesUnder } from '../lib/files-fs.ts';
import { mergePagefindIndexes } from './pagefind-merge.ts';
import type { PartJob, PartResult } from './pagefind-part-worker.ts';
import { dateOrder } from '../lib/search/date-order.ts';
import {
	byUrl,
	PartCutter,
	pageDigest,
	pagefindInput,
	partKey,
	type PartPage,
} from '../lib/search/index-parts.ts';
import { INDEX_LANGUAGE } from '../lib/search/segment.ts';

/** Largest number of pages a part holds on average; a bigger site is indexed in parts. */
export const PART_PAGES = 1000;

/** Changes when what a cached part holds changes meaning (this code's side of the cache key). */
const CACHE_FORMAT = 'hengyang-pagefind-part 1';

/** The error of a Pagefind step that reported `errors` (Pagefind returns them rather than throwing). */
function pagefindError(step: string, errors: readonly string[]): Error {
	return new Error(`Pagefind ${step} failed:\n- ${errors.join('\n- ')}`);
}

/** Each fragment's id (its file name) and date meta, read back from <outputPath>/fragment/. */
async function fragmentDates(
	outputPath: string,
): Promise<{ id: string; date: string | undefined }[]> {
	const dir = join(outputPath, 'fragment');
	const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
	return Promise.all(
		names.map(async (name) => {
			const data = gunzipSync(await readFile(join(dir, name)));
			const json = data.subarray(data.indexOf('{'));
			const fragment = JSON.parse(json.toString('utf8')) as { meta?: { date?: string } };
			return { id: name.slice(0, -'.pf_fragment'.length), date: fragment.meta?.date };
		}),
	);
}

/**
 * The date order of an index Pagefind wrote (see date-order.ts): each fragment's id (its file name)
 * and its date meta, read back from <outputPath>/fragment/.
 */
export async function indexDateOrder(outputPath: string): Promise<string[]> {
	return dateOrder(await fragmentDates(outputPath));
}

/** The installed Pagefind's version (part of the cache key: another Pagefind, another index). */
function pagefindVersion(): string {
	const require = createRequire(import.meta.url);
	for (const dir of require.resolve.paths('pagefind') ?? []) {
		const file = join(dir, 'pagefind', 'package.json');
		if (existsSync(file))
			return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
	}
	throw new Error('Pagefind: package.json not found');
}

/** Runs one part in a worker thread (its own Pagefind process); throws on any Pagefind error. */
function indexPartInWorker(job: PartJob): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./pagefind-part-worker.ts', import.meta.url), {
			workerData: job,
		});
		let result: PartResult | undefined;
		worker.once('message', (message: PartResult) => {
			result = message;
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0 || !result) reject(new Error(`Pagefind part worker exited with ${code}`));
			else if (result.errors.length > 0) reject(pagefindError(result.step, result.errors));
			else resolve();
		});
	});
}

/**
 * What a page's stored digest (FileDigests) depends on: this format and the code of
 * pagefindInput and pageDigest (src/lib/search/index-parts.ts, which imports nothing of the
 * project's).
 */
function pageDigestSalt(): string {
	const code = readFileSync(new URL('../lib/search/index-parts.ts', import.meta.url));
	return createHash('sha256').update('hengyang-page-digest 1\0').update(code).digest('hex');
}

/** What Pagefind is given of a page's HTML, or undefined when it has no data-pagefind-body. */
function pageInput(html: string): string | undefined {
	return html.includes('data-pagefind-body') ? pagefindInput(html) : undefined;
}

/** A page with data-pagefind-body: its file, URL, digest and, when this run read it, its input. */
type BodyPage = PartPage & { readonly path: string; readonly content?: string };

/**
 * The site's HTML files (matching `glob`, default all) that carry data-pagefind-body, as Pagefind
 * is given them, in URL order (byUrl, as PartCutter takes them), each passed to `take` as soon as it
 * and every page before it are known; each page's digest from `digests` while the file is
 * unchanged, and its input kept when the file was read. `take` is awaited before the next page is
 * passed, so a slow taker holds the reads back. Returns the number of HTML files matched.
 */
async function eachPageWithBody(
	siteDir: string,
	glob: string | undefined,
	digests: FileDigests | undefined,
	also: DigestAlso | undefined,
	take: (page: BodyPage) => Promise<void>,
): Promise<number> {
	const paths = filesUnder(siteDir)
		.filter(
			(path) =>
				path.endsWith('.html') &&
				!path.startsWith('pagefind/') &&
				(glob === undefined || matchesGlob(path, glob)),
		)
		.map((path) => ({ path, url: `/${path.replace(/(?:^|(?<=\/))index\.html$/u, '')}` }))
		.sort(byUrl);
	const read = async ({ path, url }: { path: string; url: string }): Promise<BodyPage | null> => {
		let content: string | undefined;
		const compute = (bytes: Buffer): string => {
			content = pageInput(bytes.toString('utf8'));
			return content === undefined ? '' : pageDigest(content);
		};
		const digest = digests
			? await digests.digest(siteDir, path, compute, also)
			: compute(await readFile(join(siteDir, path)));
		if (digest === '') return null;
		return content === undefined ? { path, url, digest } : { path, url, digest, content };
	};
	// Why a window of reads awaited in order: the reads overlap (as mapLimit's did), the pages
	// reach `take` in URL order, and no more than the window is read ahead of it.
	const window: Promise<BodyPage | null>[] = [];
	let next = 0;
	while (next < paths.length || window.length > 0) {
		for (; next < paths.length && window.length < READ_AHEAD; next++) {
			const path = paths[next];
			if (path === undefined) break;
			const reading = read(path);
			// Why: a read that fails while earlier pages are taken is reported when its turn comes,
			// not as an unhandled rejection.
			reading.catch(() => undefined);
			window.push(reading);
		}
		const page = await window.shift();
		if (page) await take(page);
	}
	return paths.length;
}

/** Pages read ahead of the one being passed on (eachPageWithBody). */
const READ_AHEAD = 32;

/** What writeSearchIndex did: HTML files read, parts, and how many parts Pagefind indexed afresh. */
export interface SearchIndexReport {
	readonly htmlFiles: number;
	/** Of those, the files read (the others' digests were stored and the files unchanged). */
	readonly htmlFilesRead: number;
	readonly parts: number;
	readonly indexedParts: number;
}

/**
 * Indexes the HTML files of a site (all, or those matching `glob`) that carry data-pagefind-body
 * (the only pages Pagefind indexes once any page has it) under INDEX_LANGUAGE, writes the index to
 * `outputPath` and the date order to `dateOrderPath`. Any Pagefind error throws.
 *
 * The pages are cut into parts of about `partPages` (default PART_PAGES) by their URLs
 * (PartCutter), each part indexed by its own Pagefind process, `concurrency` (default: two, or
 * one on one core) at a time, as soon as its pages are read, and the parts merged
 * (mergePagefindIndexes); a site of one part is that part's index.
 * With `cacheDir`, a part whose key (partKey: Pagefind's version and options, each page's URL
 * and what Pagefind is given of it, pagefindInput) is in the cache is taken from there, the
 * others are indexed and stored, and entries this site no longer uses are removed. With
 * `digestsFile`, the pages' digests are kept there between runs (FileDigests): a page whose size,
 * time and inode are unchanged is not read again to find its part (Pagefind's worker reads it, and
 * checks the digest, only when its part is indexed).
 *
 * Why parts: Pagefind's peak memory grows with the pages one process indexes (3.0 GB for 10,000
 * generated articles in one process), one process uses one core, and a rebuild after one new
 * article has one part to index.
 */
export async function writeSearchIndex(
	siteDir: string,
	outputPath: string,
	options: {
		readonly glob?: string;
		readonly dateOrderPath: string;
		readonly partPages?: number;
		readonly cacheDir?: string;
		readonly digestsFile?: string;
		/** Another store given a digest of each page read (FileDigests.digest's `also`). */
		readonly alsoDigest?: DigestAlso;
		readonly concurrency?: number;
	},
): Promise<SearchIndexReport> {
	const digests =
		options.digestsFile === undefined
			? undefined
			: await FileDigests.open(options.digestsFile, pageDigestSalt());
	const partPages = options.partPages ?? PART_PAGES;
	const salt = JSON.stringify([CACHE_FORMAT, pagefindVersion(), INDEX_LANGUAGE]);
	const cacheDir = options.cacheDir ?? (await mkdtemp(join(tmpdir(), 'pagefind-parts-')));
	const concurrency = options.concurrency ?? Math.min(2, availableParallelism());
	/** Each part's key, in URL order. */
	const keys: string[] = [];
	/** The keys of the parts indexed this run. */
	const indexed = new Set<string>();
	const running = new Set<Promise<void>>();
	const failures: unknown[] = [];

	/** Indexes one part into the cache (unless it is there), once fewer than `concurrency` run. */
	const dispatch = async (part: readonly BodyPage[]): Promise<void> => {
		const key = partKey(salt, part);
		keys.push(key);
		if (indexed.has(key) || existsSync(join(cacheDir, key, 'dates.json'))) return;
		indexed.add(key);
		while (running.size >= concurrency && failures.length === 0) await Promise.race(running);
		if (failures.length > 0) throw failures[0];
		const work = join(cacheDir, `tmp-${key}-${process.pid}`);
		const job: PartJob = {
			siteDir,
			outputPath: join(work, 'pagefind'),
			forceLanguage: INDEX_LANGUAGE,
			pages: part,
		};
		const done: Promise<void> = (async () => {
			await rm(work, { recursive: true, force: true });
			await indexPartInWorker(job);
			await writeFile(
				join(work, 'dates.json'),
				JSON.stringify(await fragmentDates(join(work, 'pagefind'))),
			);
			await rename(work, join(cacheDir, key));
		})()
			.catch((error: unknown) => {
				failures.push(error);
			})
			.finally(() => running.delete(done));
		running.add(done);
	};

	try {
		await mkdir(cacheDir, { recursive: true });
		// Why parts are cut and indexed while the pages are still being read: a part's pages are
		// a run of URLs (PartCutter), whole as soon as its last page is read, so Pagefind
		// indexes it while the next parts are read (cold, 10,000 articles: the reads took 1.5–3 s
		// before the first part began), and the pages this run read are handed to Pagefind's
		// worker instead of read again.
		const cutter = new PartCutter<BodyPage>(partPages);
		const htmlFiles = await eachPageWithBody(
			siteDir,
			options.glob,
			digests,
			options.alsoDigest,
			async (page) => {
				for (const whole of cutter.add(page)) await dispatch(whole);
			},
		);
		for (const whole of cutter.end()) await dispatch(whole);
		while (running.size > 0) await Promise.race(running);
		if (failures.length > 0) throw failures[0];

		const partDirs = keys.map((key) => join(cacheDir, key, 'pagefind'));
		await rm(outputPath, { recursive: true, force: true });
		if (partDirs.length === 1) await cp(partDirs[0] ?? '', outputPath, { recursive: true });
		else await mergePagefindIndexes(partDirs, outputPath);
		const dates = await Promise.all(
			keys.map(
				async (key) =>
					JSON.parse(await readFile(join(cacheDir, key, 'dates.json'), 'utf8')) as {
						id: string;
						date: string | null | undefined;
					}[],
			),
		);
		await mkdir(dirname(options.dateOrderPath), { recursive: true });
		await writeFile(options.dateOrderPath, `${JSON.stringify(dateOrder(dates.flat()))}\n`);

		if (options.cacheDir !== undefined)
			for (const name of await readdir(cacheDir))
				if (!keys.includes(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
		await digests?.save();
		return {
			htmlFiles,
			htmlFilesRead: digests?.read ?? htmlFiles,
			parts: keys.length,
			indexedParts: indexed.size,
		};
	} finally {
		// Why: no part's worker may still write into the cache when the caller goes on (or removes it).
		await Promise.all(running);
		if (options.cacheDir === undefined) await rm(cacheDir, { recursive: true, force: true });
	}
}
