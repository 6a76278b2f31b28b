/**
 * npm run ingest: turns every raw page under seeds/ into content/articles/*.md and content/pages/*.json.
 * Options: --seeds DIR, --content DIR, --quiet, --no-cache (ingest every raw file afresh; the cache
 * is node_modules/.cache/hengyang-ingest/, see src/lib/ingest-cache-fs.ts). Exits 1 when any raw
 * file could not be ingested.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/lib/ingest-fs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: 'seeds' },
		content: { type: 'string', default: 'content' },
		quiet: { type: 'boolean', default: false },
		cache: { type: 'boolean', default: true },
	},
	allowNegative: true,
});
process.exitCode = runIngest({
	seedsDir: resolve(values.seeds),
	contentDir: resolve(values.content),
	quiet: values.quiet,
	...(values.cache ? { cacheDir: resolve('node_modules/.cache/hengyang-ingest') } : {}),
});
