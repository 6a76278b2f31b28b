/**
 * npm run search -- 三高四新 --region 珠晖区: searches the built index (dist/) from a terminal with
 * the search page's own code (Pagefind's pagefind.js and src/lib/search), so it ranks exactly as
 * the browser does. Options: --region --year --genre --reporter --slogan (filters), --sort date,
 * --page N, --counts (filter counts), --json, --dist DIR. Build first: npm run build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchArchive } from '../src/lib/search/engine.ts';
import { ANSI, BRACKETS, formatCounts, formatOutcome } from '../src/lib/search/format-cli.ts';
import { loadBuiltSearch } from '../src/lib/search/pagefind-node-fs.ts';
import { readSearchState } from '../src/lib/search/url-state.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		region: { type: 'string' },
		year: { type: 'string' },
		genre: { type: 'string' },
		reporter: { type: 'string' },
		slogan: { type: 'string' },
		sort: { type: 'string', default: 'relevance' },
		page: { type: 'string', default: '1' },
		counts: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		dist: { type: 'string', default: 'dist' },
	},
});

const distDir = resolve(values.dist);
if (
	!existsSync(join(distDir, 'pagefind', 'pagefind.js')) ||
	!existsSync(join(distDir, 'search', 'lexicon.json'))
) {
	console.error(`search: no built index in ${distDir}: run \`npm run build\` first`);
	process.exit(2);
}
const params = new URLSearchParams({
	q: positionals.join(' '),
	sort: values.sort,
	page: values.page,
});
for (const key of ['region', 'year', 'genre', 'reporter', 'slogan'] as const) {
	const value = values[key];
	if (value !== undefined) params.set(key, value);
}
const state = readSearchState(params);
if (state.q === '' && Object.keys(state.filters).length === 0) {
	console.error(
		'usage: npm run search -- <query> [--region 珠晖区] [--year 2023] [--genre 消息] [--reporter 周琪] [--slogan 三高四新] [--sort date] [--page N] [--counts] [--json]',
	);
	process.exit(2);
}
const { pagefind, lexicon } = await loadBuiltSearch(distDir);
const outcome = await searchArchive(pagefind, lexicon, state);
if (values.json) console.log(JSON.stringify(outcome, null, 2));
else {
	for (const line of formatOutcome(outcome, process.stdout.isTTY ? ANSI : BRACKETS))
		console.log(line);
	if (values.counts) for (const line of formatCounts(outcome)) console.log(line);
}
await pagefind.destroy();
