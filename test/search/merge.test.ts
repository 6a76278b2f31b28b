/**
 * An index built in parts and merged (mergePagefindIndexes, what writeSearchIndex does for a big
 * site) searches like the index one Pagefind process builds: the fixture articles' pages indexed
 * once whole and once one page per part, then the same searches through the browser's query path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';
import { compareWords, decodeCbor, encodeCbor } from '../../src/integrations/pagefind-merge.ts';
import { DATE_ORDER_FILE } from '../../src/lib/search/date-order.ts';
import { searchArchive } from '../../src/lib/search/engine.ts';
import { loadBuiltSearch, type BuiltSearch } from '../../src/lib/search/pagefind-node-fs.ts';
import { searchBlockHtml } from '../../src/lib/search/search-block.ts';
import { articleSearchData } from '../../src/lib/search/search-data.ts';
import { escapeHtml } from '../../src/lib/search/text.ts';
import { readSearchState } from '../../src/lib/search/url-state.ts';
import { articles, fixtureLexicon } from './fixture.ts';

let root: string;
let whole: BuiltSearch;
let merged: BuiltSearch;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'search-merge-'));
	const lexicon = fixtureLexicon();
	const site = join(root, 'site');
	for (const { data, body } of articles) {
		mkdirSync(join(site, 'articles', data.id), { recursive: true });
		writeFileSync(
			join(site, 'articles', data.id, 'index.html'),
			`<!doctype html><html lang="zh-CN"><body><article data-pagefind-body>
			<h1 data-pagefind-meta="title">${escapeHtml(data.title)}</h1>
			${data.date ? `<time data-pagefind-meta="date[datetime]" datetime="${data.date}">${data.date}</time>` : ''}
			<p data-pagefind-ignore>${escapeHtml(body)}</p>${searchBlockHtml(articleSearchData(lexicon, data, body))}
			</article></body></html>`,
		);
	}
	const load = async (name: string, partPages: number): Promise<BuiltSearch> => {
		const dir = join(root, name);
		const { parts } = await writeSearchIndex(site, join(dir, 'pagefind'), {
			dateOrderPath: join(dir, DATE_ORDER_FILE),
			partPages,
		});
		if (partPages === 1) expect(parts).toBeGreaterThan(1);
		else expect(parts).toBe(1);
		writeFileSync(join(dir, 'search', 'lexicon.json'), JSON.stringify(lexicon.data));
		return loadBuiltSearch(dir);
	};
	whole = await load('whole', 1000);
	merged = await load('merged', 1);
}, 120_000);

afterAll(async () => {
	await whole.pagefind.destroy();
	await merged.pagefind.destroy();
	rmSync(root, { recursive: true, force: true });
});

describe('an index merged from parts', () => {
	test('finds, ranks, filters, counts and sorts as the index of one process', async () => {
		for (const params of [
			'q=三高四新',
			'q=衡阳',
			'q=珠晖',
			'q=七任务',
			'q=高質量發展',
			'q=周琪',
			'q=项目',
			'q=火星殖民',
			'region=南岳区',
			'q=衡阳&sort=date',
			'year=2023',
		]) {
			const state = readSearchState(new URLSearchParams(params));
			const [a, b] = await Promise.all([
				searchArchive(whole.pagefind, whole.lexicon, state),
				searchArchive(merged.pagefind, merged.lexicon, state),
			]);
			expect(b, params).toEqual(a);
		}
	});

	test('reads and writes the CBOR it merges', () => {
		const value = [1, -25, 300, 70000, 'qx衡阳', [[], ''], 4294967295];
		expect(decodeCbor(encodeCbor(value))).toEqual(value);
	});

	test('orders words by their UTF-8 bytes, as Pagefind does', () => {
		// Why these: ASCII, CJK, a full-width sign after the CJK block, a private-use character
		// (U+E000) and a character beyond U+FFFF (UTF-16 surrogates, which sort before U+E000 in
		// JavaScript's own order but after it in UTF-8's).
		const words = [
			'衡阳县',
			'a',
			'衡阳',
			'',
			'\u{20000}',
			'\uE000',
			'｛',
			'ab',
			'衡',
			'\u{20000}a',
			'Z',
		];
		const bytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
		expect([...words].sort(compareWords)).toEqual(bytes);
		expect([...words].sort()).not.toEqual(bytes);
		expect(compareWords('衡阳', '衡阳')).toBe(0);
	});
});
