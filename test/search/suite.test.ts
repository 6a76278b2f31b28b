/**
 * The query suite against the built index (dist/), through the browser's query path: Pagefind's
 * own pagefind.js loaded in Node, and searchArchive as the search page calls it. Prints precision
 * and recall per query. Build first: npm run build.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { searchArchive } from '../../src/lib/search/engine.ts';
import { type BuiltSearch, loadBuiltSearch } from '../../src/lib/search/pagefind-node-fs.ts';
import { articleIdOf, precisionRecall, reportLine, suite, suiteState } from './suite-fixture.ts';

const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
let loaded: Promise<BuiltSearch> | undefined;
const report: string[] = [];

/** The built search, loaded on first use (a missing build fails each test with the fix). */
function built(): Promise<BuiltSearch> {
	if (!existsSync(`${distDir}search/lexicon.json`))
		throw new Error(`no built search index in ${distDir}: run \`npm run build\` first`);
	loaded ??= loadBuiltSearch(distDir);
	return loaded;
}

afterAll(async () => {
	if (report.length > 0) {
		const scores = report.length;
		console.log(
			`search query suite (${scores} queries), precision and recall per query:\n${report.join('\n')}`,
		);
	}
	await (await loaded?.catch(() => undefined))?.pagefind.destroy();
});

describe('the search query suite', () => {
	test('has at least 40 queries in every category the issue names', () => {
		expect(suite.length).toBeGreaterThanOrEqual(40);
		const categories = new Set(suite.map((query) => query.category));
		for (const category of [
			'word',
			'slogan',
			'place',
			'person',
			'phrase',
			'traditional',
			'pinyin',
			'nonsense',
		])
			expect(categories).toContain(category);
	});

	test.each(
		suite.map(
			(query) =>
				[
					`${query.category}: ${query.q || '(filters only)'} ${JSON.stringify(query.filters ?? {})}`,
					query,
				] as const,
		),
	)('%s', async (_name, query) => {
		const { pagefind, lexicon } = await built();
		const outcome = await searchArchive(pagefind, lexicon, suiteState(query), 1000);
		const found = outcome.results.map((item) => articleIdOf(item.url));
		report.push(reportLine(query, found));
		for (const id of query.mustNot) expect(found, `${id} must not appear`).not.toContain(id);
		const { precision, recall } = precisionRecall(found, query.expect);
		expect(recall, `recall of ${query.q}`).toBe(1);
		expect(precision, `precision of ${query.q}`).toBe(1);
		if (query.firstGroup) {
			const lastFirst = Math.max(...query.firstGroup.map((id) => found.indexOf(id)));
			const firstOther = found.findIndex((id) => !query.firstGroup?.includes(id));
			if (firstOther >= 0)
				expect(lastFirst, 'verbatim matches rank first').toBeLessThan(firstOther);
		}
	});
});
