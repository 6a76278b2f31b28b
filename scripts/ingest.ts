/**
 * npm run ingest: turns every raw page under seeds/ into content/articles/*.md and content/pages/*.json.
 * Options: --seeds DIR, --content DIR, --quiet, --no-cache (ingest every raw file afresh; the cache
 * is node_modules/.cache/hengyang-ingest/, see src/lib/ingest-cache-fs.ts), --threads N (worker
 * threads, default one per core; 0: all on this thread, see src/lib/ingest-parallel-fs.ts). Exits 1
 * when any raw file could not be ingested.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultThreads, runIngestParallel } from '../src/lib/ingest-parallel-fs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: 'seeds' },
		content: { type: 'string', default: 'content' },
		quiet: { type: 'boolean', default: false },
		cache: { type: 'boolean', default: true },
		threads: { type: 'string', default: String(defaultThreads()) },
	},
	allowNegative: true,
});
const threads = Number(values.threads);
if (!Number.isInteger(threads) || threads < 0) {
	console.error(`ingest: --threads must be a whole number of at least 0, not “${values.threads}”`);
	process.exit(2);
}
process.exitCode = await runIngestParallel(
	{
		seedsDir: resolve(values.seeds),
		contentDir: resolve(values.content),
		quiet: values.quiet,
		...(values.cache ? { cacheDir: resolve('node_modules/.cache/hengyang-ingest') } : {}),
	},
	{ threads },
);
