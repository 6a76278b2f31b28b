import { availableParallelism } from 'node:os';
import type { ArticleOutputs, IngestCache } from './ingest-cache-fs.ts';
import { IngestError } from './ingest-error.ts';
import {
	asIngestError,
	type ContentWrites,
	ContentWriter,
	finishPages,
	type IngestJob,
	type IngestReport,
	type IngestRunOptions,
	listRawFiles,
	openCache,
	readRawFile,
	reportRun,
	runIngest,
	runJob,
} from './ingest-fs.ts';
import type { PageResult } from './ingest.ts';
import { WorkerPool } from './worker-pool.ts';

/**
 * The ingest with worker threads: raw pages are ingested, and their articles serialised and their
 * figures extracted, on as many threads as the machine has cores, while this thread reads the raw
 * files and the cache and writes content/. What it writes, logs and reports is what runIngest
 * gives (a test compares them byte for byte): the work is per raw file and the results are taken
 * in file order; the steps that look across pages run here, between the two.
 *
 * Why: the ingest was one core's work, 28 s of a cold 10,000-article build on a 2-core machine
 * (ingestPage 12 s, figures 7 s, YAML 4 s of it).
 */

/** One piece of work for a worker: a raw file to ingest, or a page's articles to serialise. */
export type IngestWork =
	| { readonly kind: 'page'; readonly job: IngestJob }
	| { readonly kind: 'files'; readonly entries: PageResult['articles'] };

/** A worker's answer: the page result or the raw file's error, or the articles' files. */
export type IngestWorkAnswer =
	| { readonly ok: true; readonly result: PageResult }
	| {
			readonly ok: false;
			readonly file: string;
			readonly line: number | undefined;
			readonly detail: string;
	  }
	| { readonly ok: true; readonly files: ArticleOutputs[] };

/** Settings of the parallel ingest. */
export interface ParallelOptions {
	/** Worker threads; 0 ingests on this thread (runIngest). Default: the machine's cores. */
	readonly threads?: number;
	/**
	 * Raw files ingested on this thread before the workers are started: a run with no more to
	 * ingest than this (a rebuild, the real seeds) starts none. Default 8.
	 */
	readonly inlineJobs?: number;
}

const WORKER = new URL('./ingest-worker.ts', import.meta.url);

/** Raw files (or pages) in hand at once: enough to keep the workers busy, few enough to hold. */
const AHEAD = 64;

type Settled<T> = { readonly value: T } | { readonly error: unknown };

function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
	return promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error }),
	);
}

function unwrap<T>(settled: Settled<T>): T {
	if ('error' in settled) throw settled.error;
	return settled.value;
}

/** What one raw file came to: its result (from the cache, this thread or a worker) or its error. */
type Outcome =
	{ readonly result: PageResult; readonly fromWorker: boolean } | { readonly error: IngestError };

/** The default number of worker threads: one per core. */
export function defaultThreads(): number {
	return availableParallelism();
}

/** Starts the ingest's workers lazily, the first time a job is past the inline ones. */
class LazyPool {
	readonly #threads: number;
	#pool: Promise<WorkerPool<IngestWork, IngestWorkAnswer> | undefined> | undefined;

	constructor(threads: number) {
		this.#threads = threads;
	}

	get() {
		this.#pool ??= WorkerPool.start<IngestWork, IngestWorkAnswer>(WORKER, this.#threads);
		return this.#pool;
	}

	async close(): Promise<void> {
		await (await this.#pool)?.close();
	}
}

async function ingestWithPool(
	seedsDir: string,
	pool: LazyPool,
	inlineJobs: number,
	cache: IngestCache | undefined,
): Promise<Omit<IngestReport, 'written'> & { fromWorkers: Set<PageResult> }> {
	const pages: PageResult[] = [];
	const errors: IngestError[] = [];
	const log: string[] = [];
	const fromWorkers = new Set<PageResult>();
	const queue: Promise<Settled<Outcome>>[] = [];
	let jobs = 0;
	const take = async (): Promise<void> => {
		const next = queue.shift();
		if (!next) return;
		const outcome = unwrap(await next);
		if ('error' in outcome) {
			errors.push(outcome.error);
			return;
		}
		pages.push(outcome.result);
		log.push(...outcome.result.log);
		if (outcome.fromWorker) fromWorkers.add(outcome.result);
	};
	const runHere = (job: IngestJob, key: string | undefined): Outcome => {
		try {
			const result = runJob(job);
			if (key !== undefined) cache?.storePage(key, result);
			return { result, fromWorker: false };
		} catch (error) {
			return { error: asIngestError(job.file, error) };
		}
	};
	const runOnWorker = async (job: IngestJob, key: string | undefined): Promise<Outcome> => {
		const workers = await pool.get();
		if (!workers) return runHere(job, key);
		const answer = await workers.run({ kind: 'page', job });
		if (!answer.ok) return { error: new IngestError(answer.file, answer.line, answer.detail) };
		if (!('result' in answer)) throw new Error(`a worker answered ${job.file} with files`);
		if (key !== undefined) cache?.storePage(key, answer.result);
		return { result: answer.result, fromWorker: true };
	};
	for (const file of listRawFiles(seedsDir)) {
		let outcome: Outcome | Promise<Outcome>;
		try {
			const slot = readRawFile(seedsDir, file, cache);
			if ('result' in slot) outcome = { result: slot.result, fromWorker: false };
			else if (jobs++ < inlineJobs) outcome = runHere(slot.job, slot.key);
			else outcome = runOnWorker(slot.job, slot.key);
		} catch (error) {
			outcome = { error: asIngestError(file, error) };
		}
		queue.push(settle(Promise.resolve(outcome)));
		while (queue.length > AHEAD) await take();
	}
	while (queue.length > 0) await take();
	return { pages: finishPages(pages, errors), errors, log, fromWorkers };
}

async function writeWithPool(
	contentDir: string,
	pages: readonly PageResult[],
	fromWorkers: ReadonlySet<PageResult>,
	pool: LazyPool,
	cache: IngestCache | undefined,
): Promise<ContentWrites> {
	const writer = new ContentWriter(contentDir, cache);
	const queue: { page: PageResult; files: Promise<Settled<ArticleOutputs[] | undefined>> }[] = [];
	const serialise = async (page: PageResult): Promise<ArticleOutputs[] | undefined> => {
		// Why only the pages workers ingested: the others came from the cache or were few, and
		// their articles' files are mostly in the cache too.
		if (!fromWorkers.has(page)) return undefined;
		const workers = await pool.get();
		if (!workers) return undefined;
		const answer = await workers.run({ kind: 'files', entries: page.articles });
		if (!('files' in answer)) throw new Error(`a worker did not serialise ${page.page.file}`);
		return answer.files;
	};
	const take = async (): Promise<void> => {
		const next = queue.shift();
		if (!next) return;
		const files = unwrap(await next.files);
		const ready = new Map(next.page.articles.map((entry, index) => [entry, files?.[index]]));
		writer.writePage(next.page, (entry) => ready.get(entry));
	};
	for (const page of pages) {
		queue.push({ page, files: settle(serialise(page)) });
		while (queue.length > AHEAD) await take();
	}
	while (queue.length > 0) await take();
	return writer.finish();
}

/**
 * npm run ingest with worker threads (see above): the same content/, log, report and exit code as
 * runIngest, which it is when `threads` is 0 or the workers cannot start.
 */
export async function runIngestParallel(
	options: IngestRunOptions,
	parallel: ParallelOptions = {},
): Promise<number> {
	const threads = parallel.threads ?? defaultThreads();
	if (threads < 1) return runIngest(options);
	const pool = new LazyPool(threads);
	try {
		const cache = openCache(options);
		const report = await ingestWithPool(options.seedsDir, pool, parallel.inlineJobs ?? 8, cache);
		const writes = await writeWithPool(
			options.contentDir,
			report.pages,
			report.fromWorkers,
			pool,
			cache,
		);
		return reportRun(options, cache, report, writes);
	} finally {
		await pool.close();
	}
}
