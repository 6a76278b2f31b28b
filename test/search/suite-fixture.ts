import { readFileSync } from 'node:fs';
import type { SearchState, SortOrder } from '../../src/lib/search/url-state.ts';

/** One query of the suite (test/fixtures/search/queries.json). */
export interface SuiteQuery {
	readonly category: string;
	readonly q: string;
	readonly filters?: SearchState['filters'];
	readonly sort?: SortOrder;
	/** Article ids a reader expects. */
	readonly expect: readonly string[];
	/** Article ids that must not appear. */
	readonly mustNot: readonly string[];
	/** Article ids that must rank before every other result. */
	readonly firstGroup?: readonly string[];
	/** Also run in Chromium. */
	readonly browser?: boolean;
}

/** The committed query suite. */
export const suite: readonly SuiteQuery[] = (
	JSON.parse(readFileSync(new URL('../fixtures/search/queries.json', import.meta.url), 'utf8')) as {
		queries: SuiteQuery[];
	}
).queries;

/** The search state of a suite query. */
export function suiteState(query: SuiteQuery): SearchState {
	return { q: query.q, filters: query.filters ?? {}, sort: query.sort ?? 'relevance', page: 1 };
}

/** Precision and recall of a result list against the expected ids (1 and 1 for nothing expected and nothing found). */
export function precisionRecall(
	found: readonly string[],
	expected: readonly string[],
): { precision: number; recall: number } {
	const hits = found.filter((id) => expected.includes(id)).length;
	return {
		precision: found.length === 0 ? (expected.length === 0 ? 1 : 0) : hits / found.length,
		recall: expected.length === 0 ? 1 : hits / expected.length,
	};
}

/** The article id of a result URL: /articles/<id>/… → <id>. */
export function articleIdOf(url: string): string {
	return url.split('/')[2] ?? url;
}

/** One line of the suite report: category, query, filters, precision, recall, counts. */
export function reportLine(query: SuiteQuery, found: readonly string[]): string {
	const { precision, recall } = precisionRecall(found, query.expect);
	const filters = Object.entries(query.filters ?? {})
		.map(([key, value]) => `${key}=${value}`)
		.join(' ');
	return `${query.category.padEnd(11)} ${`${query.q} ${filters}`.trim().padEnd(18)} P=${precision.toFixed(2)} R=${recall.toFixed(2)} found ${found.length} expected ${query.expect.length}`;
}
