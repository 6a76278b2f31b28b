/**
 * A worker thread of the parallel ingest (ingest-parallel-fs.ts): ingests raw files and
 * serialises articles with the same functions the ingest runs on its own thread.
 */
import type { IngestJob } from './ingest-fs.ts';
import { articleFiles, asIngestError, runJob } from './ingest-fs.ts';
import type { IngestWork, IngestWorkAnswer } from './ingest-parallel-fs.ts';
import { serveJobs } from './worker-pool.ts';

function ingestOne(job: IngestJob): IngestWorkAnswer {
	try {
		return { ok: true, result: runJob(job) };
	} catch (error) {
		const { file, line, detail } = asIngestError(job.file, error);
		return { ok: false, file, line, detail };
	}
}

serveJobs((work: IngestWork): IngestWorkAnswer =>
	work.kind === 'page' ? ingestOne(work.job) : { ok: true, files: work.entries.map(articleFiles) },
);
