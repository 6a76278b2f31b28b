/**
 * npm run ingest: turns every raw page under seeds/ into content/articles/*.md and content/pages/*.json.
 * Options: --seeds DIR, --content DIR, --quiet. Exits 1 when any raw file could not be ingested.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDirectory, writeContent } from '../src/lib/ingest-fs.ts';

const { values } = parseArgs({
	options: {
		seeds: { type: 'string', default: 'seeds' },
		content: { type: 'string', default: 'content' },
		quiet: { type: 'boolean', default: false },
	},
});
const seedsDir = resolve(values.seeds);
const contentDir = resolve(values.content);
const { pages, errors, log } = ingestDirectory(seedsDir);
const written = writeContent(contentDir, pages);
if (!values.quiet) for (const line of log) console.log(line);
const articles = pages.reduce((sum, page) => sum + page.articles.length, 0);
console.log(
	`ingest: ${String(pages.length)} page(s), ${String(articles)} article(s), ${String(written)} file(s) written to ${contentDir}`,
);
for (const error of errors) console.error(`ingest error: ${error.message}`);
if (errors.length > 0) {
	console.error(
		`ingest: ${String(errors.length)} raw file(s) could not be read; fix them and run again`,
	);
	process.exitCode = 1;
}
