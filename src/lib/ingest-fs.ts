import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeSlogans, finishIds, ingestPage, validate, type PageResult } from './ingest.ts';
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

/** Reads and ingests every raw file; a bad file is reported and skipped, the others go on. */
export function ingestDirectory(seedsDir: string): Omit<IngestReport, 'written'> {
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
			const result = ingestPage(file, readFileSync(join(seedsDir, file)), overrides);
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
	validate(pages);
	return { pages, errors, log };
}

/** The figures sidecar of one article: what the extractor read from its body, validated. */
export function figuresOf(entry: PageResult['articles'][number]): FiguresFile {
	const { id, date, regions } = entry.data;
	return figuresFileSchema.parse({
		article: id,
		figures: extractFigures({ id, date, regions, body: entry.body }),
	});
}

/**
 * Writes content/articles/<id>.md, content/figures/<id>.json and content/pages/<file>.json for every
 * ingested page, removing generated files that no raw file produces any more.
 */
export function writeContent(contentDir: string, pages: PageResult[]): number {
	const articlesDir = join(contentDir, 'articles');
	const figuresDir = join(contentDir, 'figures');
	const pagesDir = join(contentDir, 'pages');
	for (const dir of [articlesDir, figuresDir, pagesDir]) {
		mkdirSync(dir, { recursive: true });
		for (const name of readdirSync(dir))
			if (name.endsWith('.md') || name.endsWith('.json')) rmSync(join(dir, name));
	}
	let written = 0;
	for (const page of pages) {
		writeFileSync(
			join(pagesDir, `${page.page.file.replace(/\.txt$/u, '')}.json`),
			serialisePage(page.page),
		);
		written++;
		for (const entry of page.articles) {
			writeFileSync(
				join(articlesDir, `${entry.data.id}.md`),
				serialiseArticle(entry.data, entry.body),
			);
			writeFileSync(join(figuresDir, `${entry.data.id}.json`), serialiseFigures(figuresOf(entry)));
			written += 2;
		}
	}
	return written;
}
