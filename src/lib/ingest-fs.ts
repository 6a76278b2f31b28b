import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeSlogans, finishIds, ingestPage, validatePage, type PageResult } from './ingest.ts';
import { type ArticleOutputs, IngestCache } from './ingest-cache-fs.ts';
import { IngestError } from './ingest-error.ts';
import { parseOverrides } from './overrides.ts';
import type { Overrides } from '../schemas/overrides.ts';
import { extractFigures } from './figures/extract.ts';
import { figuresFileSchema, type FiguresFile } from '../schemas/figure.ts';
import { serialiseArticle, serialiseFigures, serialisePage } from './serialise.ts';
import { buildFingerprint } from './site/page-cache-fs.ts';

/** What a run of the ingest did. */
export interface IngestReport {
	pages: PageResult[];
	errors: IngestError[];
	log: string[];
	written: number;
}

/** Raw files under seeds/: every *.txt, in name order. */
export function listRawFiles(seedsDir: string): string[] {
	return readdirSync(seedsDir)
		.filter((name) => name.endsWith('.txt'))
		.sort();
}

/** Turns one raw file into a page result (ingestPage; a test can wrap it). */
export type PageIngester = typeof ingestPage;

/** What ingestPage is given for one raw file. */
export interface IngestJob {
	readonly file: string;
	readonly bytes: Uint8Array;
	readonly overrides: Overrides;
}

/** One raw file read for the ingest: its result from the cache, or the job of ingesting it. */
export type RawFileSlot =
	| { readonly file: string; readonly result: PageResult }
	| { readonly file: string; readonly job: IngestJob; readonly key: string | undefined };

/**
 * Reads one raw file and its overrides (`<name>.meta.yaml`) and looks it up in the cache. Throws
 * on a file or overrides that cannot be read.
 */
export function readRawFile(seedsDir: string, file: string, cache?: IngestCache): RawFileSlot {
	const metaName = file.replace(/\.txt$/u, '.meta.yaml');
	const metaPath = join(seedsDir, metaName);
	const metaText = existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined;
	const overrides = metaText === undefined ? {} : parseOverrides(metaText, metaName);
	const bytes = readFileSync(join(seedsDir, file));
	const key = cache?.key(file, bytes, metaText);
	const result = key === undefined ? undefined : cache?.page(key);
	return result ? { file, result } : { file, job: { file, bytes, overrides }, key };
}

/** Ingests one raw file and checks the result against the schemas; throws the first error. */
export function runJob(job: IngestJob, ingest: PageIngester = ingestPage): PageResult {
	const result = ingest(job.file, job.bytes, job.overrides);
	const invalid = validatePage(result)[0];
	if (invalid) throw invalid;
	return result;
}

/** Any error a raw file gave, as an IngestError naming the file. */
export function asIngestError(file: string, error: unknown): IngestError {
	if (error instanceof IngestError) return error;
	return new IngestError(file, undefined, error instanceof Error ? error.message : String(error));
}

/**
 * The steps that look across pages (slogans one page names found on the others, unique ids),
 * then the schemas again: a page that no longer passes is dropped, its errors reported.
 */
export function finishPages(pages: PageResult[], errors: IngestError[]): PageResult[] {
	completeSlogans(pages);
	finishIds(pages);
	return pages.filter((page) => {
		const invalid = validatePage(page);
		errors.push(...invalid);
		return invalid.length === 0;
	});
}

/**
 * Reads and ingests every raw file; a bad file (unreadable, a bad override, or output that fails the
 * schemas) is reported with its file and line and skipped, the others go on. With a cache, a raw
 * file whose bytes, overrides and code are the ones of a run before is taken from it (see
 * IngestCache); a bad file is never cached. On this thread; ingestDirectoryParallel
 * (ingest-parallel-fs.ts) gives the same result with worker threads.
 */
export function ingestDirectory(
	seedsDir: string,
	ingest: PageIngester = ingestPage,
	cache?: IngestCache,
): Omit<IngestReport, 'written'> {
	const pages: PageResult[] = [];
	const errors: IngestError[] = [];
	const log: string[] = [];
	for (const file of listRawFiles(seedsDir)) {
		try {
			const slot = readRawFile(seedsDir, file, cache);
			let result: PageResult;
			if ('result' in slot) result = slot.result;
			else {
				result = runJob(slot.job, ingest);
				if (slot.key !== undefined) cache?.storePage(slot.key, result);
			}
			pages.push(result);
			log.push(...result.log);
		} catch (error) {
			errors.push(asIngestError(file, error));
		}
	}
	return { pages: finishPages(pages, errors), errors, log };
}

/** Options of one run of the ingest command. */
export interface IngestRunOptions {
	seedsDir: string;
	contentDir: string;
	/** Leave out the per-file log (decoding, doubts). */
	quiet?: boolean;
	/** The ingest's cache folder (see IngestCache); none: every raw file is ingested afresh. */
	cacheDir?: string;
	/** Where lines go; console.log / console.error by default. */
	out?: (line: string) => void;
	err?: (line: string) => void;
}

/** The run's cache, when it has a folder. */
export function openCache(options: IngestRunOptions): IngestCache | undefined {
	return options.cacheDir === undefined
		? undefined
		: new IngestCache(options.cacheDir, ingestFingerprint());
}

/**
 * Finishes a run: saves the cache, prints the log, the summary and the errors, and returns the
 * exit code: 1 when any raw file could not be ingested, else 0.
 */
export function reportRun(
	options: IngestRunOptions,
	cache: IngestCache | undefined,
	{ pages, errors, log }: Omit<IngestReport, 'written'>,
	writes: ContentWrites,
): number {
	const out = options.out ?? console.log;
	const err = options.err ?? console.error;
	if (cache) {
		const { pruned } = cache.finish();
		out(
			`ingest cache: ${String(cache.hits)} raw file(s) from the cache, ${String(cache.misses)} ingested, ${String(pruned)} entry(ies) pruned`,
		);
	}
	if (options.quiet !== true) for (const line of log) out(line);
	const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);
	out(
		`ingest: ${String(pages.length)} page(s), ${String(articles)} article(s) in ${options.contentDir}: ${String(writes.written)} file(s) written, ${String(writes.unchanged)} unchanged, ${String(writes.removed)} removed`,
	);
	for (const error of errors) err(`ingest error: ${error.message}`);
	if (errors.length === 0) return 0;
	err(`ingest: ${String(errors.length)} raw file(s) could not be read; fix them and run again`);
	return 1;
}

/**
 * npm run ingest on this thread: ingests seeds/, writes content/ for every good file, reports the
 * bad ones (see reportRun). runIngestParallel (ingest-parallel-fs.ts) does the same with worker
 * threads.
 */
export function runIngest(options: IngestRunOptions, ingest: PageIngester = ingestPage): number {
	const cache = openCache(options);
	const report = ingestDirectory(options.seedsDir, ingest, cache);
	return reportRun(options, cache, report, writeContent(options.contentDir, report.pages, cache));
}

/**
 * The fingerprint of the ingest's code: every source of src/lib and src/schemas, the scripts and
 * the installed packages' lockfile. Any change to them misses the whole cache.
 */
export function ingestFingerprint(): string {
	const root = fileURLToPath(new URL('../../', import.meta.url));
	return buildFingerprint(
		root,
		['src/lib', 'src/schemas', 'scripts/ingest.ts', 'package-lock.json'],
		{
			ingestCache: 1,
		},
	);
}

/** The figures sidecar of one article: what the extractor read from its body, validated. */
export function figuresOf(entry: PageResult['articles'][number]): FiguresFile {
	const { id, date, regions } = entry.data;
	return figuresFileSchema.parse({
		article: id,
		figures: extractFigures({ id, date, regions, body: entry.body }),
	});
}

/** What writeContent did to content/: files written, files already as generated, files removed. */
export interface ContentWrites {
	readonly written: number;
	readonly unchanged: number;
	readonly removed: number;
}

/** The two files of one article: its Markdown and its figures sidecar, serialised. */
export function articleFiles(entry: PageResult['articles'][number]): ArticleOutputs {
	return {
		article: serialiseArticle(entry.data, entry.body),
		figures: serialiseFigures(figuresOf(entry)),
	};
}

/** The article files of an entry when something has them ready (worker threads), else undefined. */
export type ReadyFiles = (entry: PageResult['articles'][number]) => ArticleOutputs | undefined;

/**
 * Writes content/ one page at a time (see writeContent); `finish` removes the generated files no
 * page wrote.
 *
 * Why one file at a time: holding every serialised file until the end cost the ingest of 10,000
 * articles 220 MB more memory.
 */
export class ContentWriter {
	readonly #articlesDir: string;
	readonly #figuresDir: string;
	readonly #pagesDir: string;
	readonly #cache: IngestCache | undefined;
	readonly #generated = new Set<string>();
	#written = 0;
	#unchanged = 0;

	constructor(contentDir: string, cache?: IngestCache) {
		this.#articlesDir = join(contentDir, 'articles');
		this.#figuresDir = join(contentDir, 'figures');
		this.#pagesDir = join(contentDir, 'pages');
		this.#cache = cache;
		for (const dir of [this.#articlesDir, this.#figuresDir, this.#pagesDir])
			mkdirSync(dir, { recursive: true });
	}

	/** Writes a page's record and its articles' files; `ready` may have the latter serialised. */
	writePage(page: PageResult, ready?: ReadyFiles): void {
		const cache = this.#cache;
		this.#put(
			join(this.#pagesDir, `${page.page.file.replace(/\.txt$/u, '')}.json`),
			serialisePage(page.page),
		);
		const outputs: Record<string, ArticleOutputs> = {};
		for (const entry of page.articles) {
			const articleKey = cache?.articleKey(entry.data, entry.body);
			const known = articleKey === undefined ? undefined : cache?.articleOutputs(page, articleKey);
			const files = known ?? ready?.(entry) ?? articleFiles(entry);
			if (articleKey !== undefined) outputs[articleKey] = files;
			this.#put(join(this.#articlesDir, `${entry.data.id}.md`), files.article);
			this.#put(join(this.#figuresDir, `${entry.data.id}.json`), files.figures);
		}
		cache?.storeArticleOutputs(page, outputs);
	}

	/** Removes the generated files that no page wrote; what was written, unchanged and removed. */
	finish(): ContentWrites {
		let removed = 0;
		for (const dir of [this.#articlesDir, this.#figuresDir, this.#pagesDir])
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if ((name.endsWith('.md') || name.endsWith('.json')) && !this.#generated.has(path)) {
					rmSync(path);
					removed++;
				}
			}
		return { written: this.#written, unchanged: this.#unchanged, removed };
	}

	#put(path: string, text: string): void {
		this.#generated.add(path);
		if (this.#cache?.isWritten(path, text)) {
			this.#unchanged++;
			return;
		}
		if (existsSync(path) && readFileSync(path, 'utf8') === text) this.#unchanged++;
		else {
			writeFileSync(path, text);
			this.#written++;
		}
		this.#cache?.recordWritten(path, text);
	}
}

/**
 * Writes content/articles/<id>.md, content/figures/<id>.json and content/pages/<file>.json for every
 * ingested page, removing generated files that no raw file produces any more. A file whose bytes
 * would not change is left alone.
 *
 * Why not rewrite everything: after adding one raw page to a 10,000-article archive, deleting and
 * writing its 23,000 files again took the ingest twice as long as the first run.
 */
export function writeContent(
	contentDir: string,
	pages: PageResult[],
	cache?: IngestCache,
): ContentWrites {
	const writer = new ContentWriter(contentDir, cache);
	for (const page of pages) writer.writePage(page);
	return writer.finish();
}
