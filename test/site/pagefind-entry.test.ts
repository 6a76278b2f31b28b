import { describe, expect, test } from 'vitest';
import {
	describeIndexedPages,
	readIndexedPages,
	totalIndexedPages,
} from '../../src/lib/site/pagefind-entry.ts';

describe('readIndexedPages', () => {
	test('reads page_count per language from pagefind-entry.json', () => {
		const json = JSON.stringify({
			version: '1.6.0',
			languages: {
				'zh-cn': { hash: 'zh-cn_873473f545f96', wasm: null, page_count: 12 },
				en: { hash: 'en_1', wasm: 'en', page_count: 1 },
			},
		});
		expect(readIndexedPages(json)).toEqual({ 'zh-cn': 12, en: 1 });
	});

	test('gives no languages for an empty index', () => {
		expect(readIndexedPages('{"languages":{}}')).toEqual({});
	});

	test('fails on a file without languages', () => {
		expect(() => readIndexedPages('{}')).toThrow(/no "languages"/);
		expect(() => readIndexedPages('null')).toThrow(/no "languages"/);
	});

	test('fails on a language without page_count', () => {
		expect(() => readIndexedPages('{"languages":{"zh-cn":{}}}')).toThrow(/zh-cn has no page_count/);
		expect(() => readIndexedPages('{"languages":{"zh-cn":null}}')).toThrow(/zh-cn/);
	});
});

describe('totalIndexedPages and describeIndexedPages', () => {
	test('add up and describe the languages', () => {
		expect(totalIndexedPages({ 'zh-cn': 12, en: 1 })).toBe(13);
		expect(describeIndexedPages({ 'zh-cn': 12, en: 1 })).toBe('zh-cn: 12, en: 1');
	});

	test('handle no languages', () => {
		expect(totalIndexedPages({})).toBe(0);
		expect(describeIndexedPages({})).toBe('no languages');
	});
});
