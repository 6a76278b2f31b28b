import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeSlogans, finishIds, ingestPage, validatePage, type PageResult } from './ingest.ts';
import { IngestError } from './ingest-error.ts';
import { parseOverrides } from './overrides.ts';
import { extractFigures } from './figures/extract.ts';
import { figuresFileSchema, type FiguresFile } from '../schemas/figure.ts';
import { serialiseArticle, serialiseFigures, serialisePage } from './serialise.ts';

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
 * schemas) is reported with its file and line and skipped, the others go on.
 */
export function ingestDirectory(
	seedsDir: string,
	ingest: PageIngester = ingestPage,
): Omit<IngestReport, 'written'> {
	const pages: PageResult[] = [];
	const errors: IngestError[] = [];
	const log: string[] = [];
	for (const file of listRawFiles(seedsDir)) {
		try {
			const metaName = file.replace(/\.txt$/u, '.meta.yaml');
			const metaPath = join(seedsDir, metaName);
			const overrides = existsSync(metaPath)
				? parseOverrides(readFileSync(metaPath, 'utf8'), metaName)
				: {};
			const result = ingest(file, readFileSync(join(seedsDir, file)), overrides);
			const invalid = validatePage(result)[0];
			if (invalid) throw invalid;
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
	const { pages, errors, log } = ingestDirectory(options.seedsDir, ingest);
	const writes = writeContent(options.contentDir, pages);
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
export function writeContent(contentDir: string, pages: PageResult[]): ContentWrites {
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
		if (existsSync(path) && readFileSync(path, 'utf8') === text) unchanged++;
		else {
			writeFileSync(path, text);
			written++;
		}
	};
	for (const page of pages) {
		put(join(pagesDir, `${page.page.file.replace(/\.txt$/u, '')}.json`), serialisePage(page.page));
		for (const entry of page.articles) {
			put(join(articlesDir, `${entry.data.id}.md`), serialiseArticle(entry.data, entry.body));
			put(join(figuresDir, `${entry.data.id}.json`), serialiseFigures(figuresOf(entry)));
		}
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
