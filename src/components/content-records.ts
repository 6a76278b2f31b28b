import { dirname, join } from 'node:path';
import process from 'node:process';
import { type JsonRecord, readJsonRecords } from '../lib/json-records-fs.ts';
import { type FiguresFile, figuresFileSchema } from '../schemas/figure.ts';
import { type PageRecord, pageRecordSchema } from '../schemas/page.ts';

/**
 * The content/ folder: set by astro.config.mjs (HENGYANG_CONTENT_DIR) to the project's, else the
 * working directory's.
 */
function contentDir(): string {
	return process.env.HENGYANG_CONTENT_DIR ?? join(process.cwd(), 'content');
}

/** The project root: the folder holding content/ (see contentDir). */
export function projectRoot(): string {
	return dirname(contentDir().replace(/[\\/]+$/, ''));
}

let pages: Promise<JsonRecord<PageRecord>[]> | undefined;
let figures: Promise<ReadonlyMap<string, JsonRecord<FiguresFile>>> | undefined;

/**
 * Every raw page's record, content/pages/<stem>.json, read once per build (see readJsonRecords
 * for why they are not an Astro collection). `astro dev` reads them once: restart it after an ingest.
 */
export function loadPageRecords(): Promise<JsonRecord<PageRecord>[]> {
	pages ??= Promise.resolve().then(() =>
		readJsonRecords(join(contentDir(), 'pages'), pageRecordSchema),
	);
	return pages;
}

/** Every article's figures sidecar, content/figures/<id>.json, by article id, read once per build. */
export function loadFiguresSidecars(): Promise<ReadonlyMap<string, JsonRecord<FiguresFile>>> {
	figures ??= Promise.resolve().then(
		() =>
			new Map(
				readJsonRecords(join(contentDir(), 'figures'), figuresFileSchema).map((sidecar) => [
					sidecar.id,
					sidecar,
				]),
			),
	);
	return figures;
}
