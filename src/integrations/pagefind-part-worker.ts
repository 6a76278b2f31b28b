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

/** What the worker is given: the pages (file under siteDir, URL, digest), the language, the output. */
export interface PartJob {
	readonly siteDir: string;
	readonly outputPath: string;
	readonly forceLanguage: string;
	readonly pages: readonly {
		readonly path: string;
		readonly url: string;
		readonly digest: string;
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
		for (const page of job.pages) {
			// Why read here, not sent: the main thread keeps only digests (all pages' HTML took 1.5 GB at 10,000).
			const content = pagefindInput(await readFile(join(job.siteDir, page.path), 'utf8'));
			if (pageDigest(content) !== page.digest)
				return {
					step: `read ${page.path}`,
					errors: ['the page changed while the site was indexed'],
				};
			const added = await index.addHTMLFile({ url: page.url, content });
			if (added.errors.length > 0) return { step: `addHTMLFile ${page.url}`, errors: added.errors };
		}
		const written = await index.writeFiles({ outputPath: job.outputPath });
		return { step: 'writeFiles', errors: written.errors };
	} finally {
		await close();
	}
}

parentPort?.postMessage(await indexPart(workerData as PartJob));
