import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { completeSlogans, finishIds, ingestPage, validatePage, type PageResult } from './ingest.ts';
import { type ArticleOutputs, IngestCache } from './ingest-cache-fs.ts';
import { IngestError } from './ingest-error.ts';
import { parseOverrides } from './overrides.ts';
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

/**
 * Reads and ingests every raw file; a bad file (unreadable, a bad override, or output that fails the
 * schemas) is reported with its file and line and skipped, the others go on. With a cache, a raw
 * file whose bytes, overrides and code are the ones of a run before is taken from it (see
 * IngestCache); a bad file is never cached.
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
			const metaName = file.replace(/\.txt$/u, '.meta.yaml');
			const metaPath = join(seedsDir, metaName);
			const metaText = existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined;
			const overrides = metaText === undefined ? {} : parseOverrides(metaText, metaName);
			const bytes = readFileSync(join(seedsDir, file));
			const key = cache?.key(file, bytes, metaText);
			let result = key === undefined ? undefined : cache?.page(key);
			if (!result) {
				result = ingest(file, bytes, overrides);
				const invalid = validatePage(result)[0];
				if (invalid) throw invalid;
				if (key !== undefined) cache?.storePage(key, result);
			}
			pages.push(result);
			log.push(...result.log);
		} catch (error) {
			if (error instanceof IngestError) errors.push(error);
			else
				errors.push(
					new IngestError(file, undefined, error instanceof Error ? error.message : String(error)),
				);
		}
	}
	completeSlogans(pages);
	finishIds(pages);
	// Why again: slogans and ids changed since; a page that no longer passes is dropped, not fatal.
	const valid = pages.filter((page) => {
		const invalid = validatePage(page);
		errors.push(...invalid);
		return invalid.length === 0;
	});
	return { pages: valid, errors, log };
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

/**
 * npm run ingest: ingests seeds/, writes content/ for every good file, reports the bad ones. Returns
 * the exit code: 1 when any raw file could not be ingested, else 0.
 */
export function runIngest(options: IngestRunOptions, ingest: PageIngester = ingestPage): number {
	const out = options.out ?? console.log;
	const err = options.err ?? console.error;
	const cache =
		options.cacheDir === undefined
			? undefined
			: new IngestCache(options.cacheDir, ingestFingerprint());
	const { pages, errors, log } = ingestDirectory(options.seedsDir, ingest, cache);
	const writes = writeContent(options.contentDir, pages, cache);
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
	const articlesDir = join(contentDir, 'articles');
	const figuresDir = join(contentDir, 'figures');
	const pagesDir = join(contentDir, 'pages');
	for (const dir of [articlesDir, figuresDir, pagesDir]) mkdirSync(dir, { recursive: true });
	const generated = new Set<string>();
	let written = 0;
	let unchanged = 0;
	// Why one file at a time: holding every serialised file until the end cost the ingest of
	// 10,000 articles 220 MB more memory.
	const put = (path: string, text: string): void => {
		generated.add(path);
		if (cache?.isWritten(path, text)) {
			unchanged++;
			return;
		}
		if (existsSync(path) && readFileSync(path, 'utf8') === text) unchanged++;
		else {
			writeFileSync(path, text);
			written++;
		}
		cache?.recordWritten(path, text);
	};
	for (const page of pages) {
		put(join(pagesDir, `${page.page.file.replace(/\.txt$/u, '')}.json`), serialisePage(page.page));
		const outputs: Record<string, ArticleOutputs> = {};
		for (const entry of page.articles) {
			const articleKey = cache?.articleKey(entry.data, entry.body);
			const known = articleKey === undefined ? undefined : cache?.articleOutputs(page, articleKey);
			const files = known ?? {
				article: serialiseArticle(entry.data, entry.body),
				figures: serialiseFigures(figuresOf(entry)),
			};
			if (articleKey !== undefined) outputs[articleKey] = files;
			put(join(articlesDir, `${entry.data.id}.md`), files.article);
			put(join(figuresDir, `${entry.data.id}.json`), files.figures);
		}
		cache?.storeArticleOutputs(page, outputs);
	}
	let removed = 0;
	for (const dir of [articlesDir, figuresDir, pagesDir])
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if ((name.endsWith('.md') || name.endsWith('.json')) && !generated.has(path)) {
				rmSync(path);
				removed++;
			}
		}
	return { written, unchanged, removed };
}
