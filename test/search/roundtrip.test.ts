/**
 * Index time and query time agree: a small Pagefind index built with Pagefind's Node API from
 * pages that carry the hidden search block, searched through the browser's query path
 * (dist-style pagefind.js in Node) with searchArchive.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexDateOrder } from '../../src/integrations/pagefind.ts';
import { DATE_ORDER_FILE } from '../../src/lib/search/date-order.ts';
import { type SearchOutcome, searchArchive } from '../../src/lib/search/engine.ts';
import { loadBuiltSearch, type BuiltSearch } from '../../src/lib/search/pagefind-node-fs.ts';
import { searchBlockHtml } from '../../src/lib/search/search-block.ts';
import { INDEX_LANGUAGE } from '../../src/lib/search/segment.ts';
import { articleSearchData } from '../../src/lib/search/search-data.ts';
import { escapeHtml } from '../../src/lib/search/text.ts';
import { readSearchState } from '../../src/lib/search/url-state.ts';
import { articles, fixtureLexicon } from './fixture.ts';

let root: string;
let search: BuiltSearch;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'search-roundtrip-'));
	const lexicon = fixtureLexicon();
	const { index, errors } = await createIndex({ forceLanguage: INDEX_LANGUAGE });
	expect(errors).toEqual([]);
	if (!index) throw new Error('no index');
	for (const { data, body } of articles) {
		const html = `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body>
			<h1 data-pagefind-meta="title">${escapeHtml(data.title)}</h1>
			${data.date ? `<time data-pagefind-meta="date[datetime]" datetime="${data.date}">${data.date}</time>` : ''}
			<p data-pagefind-ignore>${escapeHtml(body)}</p>${searchBlockHtml(articleSearchData(lexicon, data, body))}
			</article></body></html>`;
		const added = await index.addHTMLFile({ url: `/articles/${data.id}/`, content: html });
		expect(added.errors).toEqual([]);
	}
	const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
	expect(written.errors).toEqual([]);
	await close();
	mkdirSync(join(root, 'search'));
	writeFileSync(join(root, 'search', 'lexicon.json'), JSON.stringify(lexicon.data));
	// Why: the date sort reads the order the build writes after Pagefind (see date-order.ts).
	writeFileSync(
		join(root, DATE_ORDER_FILE),
		JSON.stringify(await indexDateOrder(join(root, 'pagefind'))),
	);
	search = await loadBuiltSearch(root);
}, 60_000);

afterAll(async () => {
	await search.pagefind.destroy();
	rmSync(root, { recursive: true, force: true });
});

/** Runs a search given as URL parameters. */
function find(params: string): Promise<SearchOutcome> {
	return searchArchive(
		search.pagefind,
		search.lexicon,
		readSearchState(new URLSearchParams(params)),
	);
}

/** The article ids of a search's results. */
async function ids(params: string): Promise<string[]> {
	return (await find(params)).results.map((item) => item.url.split('/')[2] ?? '');
}

describe('index and query segment alike', () => {
	test('a slogan finds the article that uses it, not one with its characters apart', async () => {
		expect(await ids('q=三高四新')).toEqual(['2023-01-30-a']);
		expect(await ids('q=sgsx')).toEqual(['2023-01-30-a']);
	});

	test('a region’s short form finds it, and 衡阳日报 is no mention of 衡阳市', async () => {
		expect(await ids('q=珠晖')).toEqual(['2023-01-30-a']);
		expect(await ids('q=衡阳')).toEqual(['2023-01-30-a']);
		expect(await ids('q=衡山')).toEqual([]);
	});

	test('a glossary alias finds the articles of its entry', async () => {
		expect(await ids('q=七任务')).toEqual(['2022-02-11-b']);
	});

	test('a simplified query finds a page printed in traditional characters, and back', async () => {
		expect(await ids('q=耒阳市')).toEqual(['2023-03-20-c']);
		expect(await ids('q=高质量发展')).toEqual(['2023-03-20-c']);
		expect(await ids('q=高質量發展')).toEqual(['2023-03-20-c']);
		expect(await ids('q=珠暉')).toEqual(['2023-01-30-a']);
		const [item] = (await find('q=高质量发展')).results;
		expect(item?.excerpt.html).toContain('<mark>高質量發展</mark>');
	});

	test('a name finds the credit and the same word in the text', async () => {
		expect(await ids('q=周围')).toEqual(['2022-02-11-b']);
		expect(await ids('q=周琪')).toEqual(['2023-01-30-a']);
	});

	test('filters narrow the results and come with counts', async () => {
		expect(await ids('q=衡阳&genre=消息')).toEqual([]);
		const outcome = await find('region=南岳区');
		expect(outcome.results.map((item) => item.title)).toEqual(['南岳衡山迎来游客']);
		expect(outcome.counts.genre).toEqual({ 消息: 1, 通讯: 0 });
	});

	test('words that are in no article find nothing', async () => {
		const outcome = await find('q=火星殖民');
		expect(outcome.results).toEqual([]);
		expect(await ids('q=祁东')).toEqual([]);
	});
});
