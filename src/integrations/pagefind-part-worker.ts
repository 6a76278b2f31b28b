/**
 * A worker thread that indexes one part of a site (writeSearchIndex): its own import of
 * Pagefind, so its own Pagefind backend process, which two workers run side by side.
 *
 * Why a worker: Pagefind's Node API keeps one backend process per module instance, and one
 * process indexes on one core; a worker thread has a module instance of its own.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { pageDigest, pagefindInput } from '../lib/search/index-parts.ts';
import { mapLimit } from './map-limit.ts';

/**
 * What the worker is given: the pages (file under siteDir, URL, digest, and what Pagefind is given
 * of it when the main thread has read it), the language, the output.
 */
export interface PartJob {
	readonly siteDir: string;
	readonly outputPath: string;
	readonly forceLanguage: string;
	readonly pages: readonly {
		readonly path: string;
		readonly url: string;
		readonly digest: string;
		readonly content?: string;
	}[];
}

/** What the worker answers: the Pagefind errors of the first step that reported any. */
export interface PartResult {
	readonly step: string;
	readonly errors: readonly string[];
}

/** Indexes the job's pages into its outputPath; stops at the first step that reports errors. */
async function indexPart(job: PartJob): Promise<PartResult> {
	try {
		const created = await createIndex({ forceLanguage: job.forceLanguage });
		if (created.errors.length > 0) return { step: 'createIndex', errors: created.errors };
		const { index } = created;
		if (!index) return { step: 'createIndex', errors: ['Pagefind createIndex returned no index'] };
		// Why every file read first and every page sent before the first answer: Pagefind's
		// service takes its messages one after the other, in the order sent (so the index is the
		// same), and waiting for each answer before the next page left it idle between pages
		// (1,000 pages: 1.5 s sent one by one, 1.2 s sent at once).
		// Why some pages read here: the main thread hands over the inputs of the pages it read
		// this run; a page whose stored digest it used (the file unchanged) is read here, and
		// checked against that digest.
		const contents = await mapLimit(
			job.pages,
			16,
			async (page) =>
				page.content ?? pagefindInput(await readFile(join(job.siteDir, page.path), 'utf8')),
		);
		for (const [position, page] of job.pages.entries())
			if (page.content === undefined && pageDigest(contents[position] ?? '') !== page.digest)
				return {
					step: `read ${page.path}`,
					errors: ['the page changed while the site was indexed'],
				};
		const added = await Promise.all(
			job.pages.map((page, position) =>
				index.addHTMLFile({ url: page.url, content: contents[position] ?? '' }),
			),
		);
		for (const [position, result] of added.entries())
			if (result.errors.length > 0)
				return { step: `addHTMLFile ${job.pages[position]?.url ?? ''}`, errors: result.errors };
		const written = await index.writeFiles({ outputPath: job.outputPath });
		return { step: 'writeFiles', errors: written.errors };
	} finally {
		await close();
	}
}

parentPort?.postMessage(await indexPart(workerData as PartJob));
