/**
 * npm run ingest: turns every raw page under seeds/ into content/articles/*.md and content/pages/*.json.
 * Options: --seeds DIR, --content DIR, --quiet. Exits 1 when any raw file could not be ingested.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from '../src/lib/ingest-fs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: 'seeds' },
		content: { type: 'string', default: 'content' },
		quiet: { type: 'boolean', default: false },
	},
});
process.exitCode = runIngest({
	seedsDir: resolve(values.seeds),
	contentDir: resolve(values.content),
	quiet: values.quiet,
});
