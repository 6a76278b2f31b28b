import { describe, expect, test } from 'vitest';
import { facetValues, listedFacets } from '../../src/lib/search/facets.ts';
import { splitPeople, withPeople } from '../../src/lib/search/lexicon.ts';
import { articleFilters, articleSearchData } from '../../src/lib/search/search-data.ts';
import { articles, fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();
const data = articles.map((article) => articleSearchData(lexicon, article.data, article.body));

describe('articleSearchData', () => {
	test('gives each article its filters: regions, year, genre, reporters, slogans', () => {
		expect(data[0]?.filters).toEqual([
			{ key: 'region', value: '珠晖区' },
			{ key: 'region', value: '衡阳市' },
			{ key: 'year', value: '2023' },
			{ key: 'genre', value: '通讯' },
			{ key: 'reporter', value: '周琪' },
			{ key: 'slogan', value: '三高四新' },
			{ key: 'slogan', value: '四上' },
		]);
		expect(data[2]?.filters).toEqual([{ key: 'region', value: '耒阳市' }]);
	});

	test('gives the same filters as articleFilters, which the search page lists', () => {
		articles.forEach((article, index) => {
			expect(articleFilters(lexicon, article.data, article.body).filters).toEqual(
				data[index]?.filters,
			);
		});
	});

	test('carries one token per use, the headline’s apart, and the credits as words', () => {
		const token = (term: string) => lexicon.data.entries.find((entry) => entry.term === term)?.key;
		expect(data[0]?.headlineTokens.split(' ')).toEqual([token('珠晖区'), token('三高四新')]);
		expect(data[0]?.bodyTokens.split(' ')).toContain(token('衡阳市'));
		expect(data[0]?.creditsLine).toBe('署名 全媒体记者 周琪 人物 区委书记 魏中发');
		expect(data[0]?.shadow).toBeNull();
		expect(data[2]?.shadow).toContain('耒阳市 发展 经济');
	});
});

describe('facetValues', () => {
	test('counts every filter value over the archive, years newest first, others by count', () => {
		const facets = facetValues(data);
		expect(facets.year).toEqual([
			{ value: '2023', count: 1 },
			{ value: '2022', count: 1 },
		]);
		expect(facets.region.map((facet) => facet.value)).toEqual(
			['耒阳市', '南岳区', '衡阳市', '珠晖区'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')),
		);
		expect(facets.reporter).toEqual(
			[
				{ value: '周琪', count: 1 },
				{ value: '周围', count: 1 },
			].sort((a, b) => a.value.localeCompare(b.value, 'zh-Hans-CN')),
		);
	});
});

describe('listedFacets', () => {
	test('lists the most used values of each filter and counts the others', () => {
		const facets = facetValues(data);
		const listed = listedFacets(facets, 1);
		expect(listed.region.values).toEqual(facets.region.slice(0, 1));
		expect(listed.region.unlisted).toBe(facets.region.length - 1);
		expect(listed.year.values).toEqual([{ value: '2023', count: 1 }]);
		expect(listedFacets(facets).reporter).toEqual({ values: facets.reporter, unlisted: 0 });
	});
});

describe('splitPeople', () => {
	test('splits the people off the lexicon and puts them back', () => {
		const { core, people } = splitPeople(lexicon.data);
		expect(core.entries.some((entry) => entry.kind === 'person')).toBe(false);
		expect(people.map((entry) => entry.term)).toEqual(['周琪', '周围', '魏中发']);
		expect(withPeople(core, people).entries).toHaveLength(lexicon.data.entries.length);
	});
});
