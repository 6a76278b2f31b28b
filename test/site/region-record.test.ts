import { describe, expect, test } from 'vitest';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import { serializeRegionRecords, toRegionRecords } from '../../src/lib/site/region-record.ts';
import type { RegionEntry } from '../../src/schemas/region.ts';
import { makeArticle } from './make-article.ts';

const described = new Map<string, RegionEntry>(
	GAZETTEER.map((region) => [region.name, { name: region.name, facts: [], archiveOnly: true }]),
);
const articles = [
	makeArticle({ id: 'a', regions: ['珠晖区', '衡阳市'] }),
	makeArticle({ id: 'b', regions: ['衡阳市', '珠晖区'] }),
];

describe('toRegionRecords', () => {
	const records = toRegionRecords(articles, described);

	test('gives every gazetteer region in gazetteer order', () => {
		expect(records.map((record) => record.slug)).toEqual(GAZETTEER.map((region) => region.slug));
	});

	test('splits articles into primary and mentioning', () => {
		expect(records.find((record) => record.name === '珠晖区')).toMatchObject({
			url: '/regions/zhuhui/',
			primaryArticles: ['a'],
			mentioningArticles: ['b'],
			archiveOnly: true,
			facts: [],
		});
	});

	test('keeps the keys in a fixed order', () => {
		expect(Object.keys(records[0] ?? {})).toEqual([
			'name',
			'slug',
			'kind',
			'url',
			'aliases',
			'primaryArticles',
			'mentioningArticles',
			'facts',
			'archiveOnly',
		]);
	});

	test('fails loudly for a region without a description', () => {
		expect(() => toRegionRecords(articles, new Map())).toThrow(/content\/regions\/hengyang\.md/);
	});
});

describe('serializeRegionRecords', () => {
	test('writes tab-indented JSON with a final newline', () => {
		expect(serializeRegionRecords([])).toBe('[]\n');
	});
});
