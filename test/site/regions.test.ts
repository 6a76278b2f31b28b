import { describe, expect, test } from 'vitest';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import {
	countArticlesByRegion,
	countSlogans,
	getArticlesByPrimaryRegion,
	getArticlesMentioningRegion,
	getPeopleInRegion,
	getSlogansInRegion,
	regionLink,
} from '../../src/lib/site/regions.ts';
import { makeArticle } from './make-article.ts';

const zhuhui = makeArticle({
	id: 'a-zhuhui',
	date: '2023-01-30',
	regions: ['珠晖区', '衡阳市'],
	slogans: ['三高四新', '四上'],
	people: [{ name: '魏中发', post: '珠晖区委书记' }],
});
const zhuhuiOlder = makeArticle({
	id: 'b-zhuhui-older',
	date: '2022-02-11',
	regions: ['珠晖区'],
	slogans: ['四上'],
	people: [{ name: '魏中发', post: '区委书记' }],
});
const city = makeArticle({
	id: 'c-city',
	date: '2023-03-20',
	regions: ['衡阳市', '珠晖区'],
	slogans: ['三高四新', '三高四新'],
	people: [{ name: '秦国文', post: '市委书记' }],
});
const articles = [zhuhui, zhuhuiOlder, city];

describe('regionLink', () => {
	test('links a gazetteer name to its slug page', () => {
		expect(regionLink('衡南县')).toEqual({ name: '衡南县', url: '/regions/hengnan/' });
	});

	test('gives no link for a name the gazetteer lacks', () => {
		expect(regionLink('长沙市')).toEqual({ name: '长沙市', url: null });
	});
});

describe('countArticlesByRegion', () => {
	test('lists every gazetteer region in gazetteer order, unnamed ones with zero', () => {
		const counts = countArticlesByRegion(articles);
		expect(counts.map((count) => count.region.name)).toEqual(GAZETTEER.map((r) => r.name));
		expect(counts.find((count) => count.region.name === '衡南县')).toMatchObject({
			primary: 0,
			total: 0,
		});
	});

	test('counts primary and all mentions apart', () => {
		const counts = countArticlesByRegion(articles);
		expect(counts.find((count) => count.region.name === '珠晖区')).toMatchObject({
			url: '/regions/zhuhui/',
			primary: 2,
			total: 3,
		});
		expect(counts.find((count) => count.region.name === '衡阳市')).toMatchObject({
			primary: 1,
			total: 2,
		});
	});
});

describe('articles of a region', () => {
	test('primary articles are those whose first region it is, newest first', () => {
		expect(getArticlesByPrimaryRegion(articles, '珠晖区').map((a) => a.id)).toEqual([
			'a-zhuhui',
			'b-zhuhui-older',
		]);
	});

	test('mentioning articles name it without being mainly about it', () => {
		expect(getArticlesMentioningRegion(articles, '珠晖区').map((a) => a.id)).toEqual(['c-city']);
		expect(getArticlesMentioningRegion(articles, '衡阳市').map((a) => a.id)).toEqual(['a-zhuhui']);
	});
});

describe('slogans', () => {
	test('counts each slogan once per article, most used first, ties in code-point order', () => {
		expect(countSlogans(articles)).toEqual([
			{ slogan: '三高四新', count: 2 },
			{ slogan: '四上', count: 2 },
		]);
	});

	test('a region’s slogans come from the articles that name it', () => {
		expect(getSlogansInRegion(articles, '衡阳市')).toEqual([
			{ slogan: '三高四新', count: 2 },
			{ slogan: '四上', count: 1 },
		]);
		expect(getSlogansInRegion(articles, '衡南县')).toEqual([]);
	});
});

describe('getPeopleInRegion', () => {
	test('gives each name once with every post printed for it, newest article first', () => {
		expect(getPeopleInRegion(articles, '珠晖区')).toEqual([
			{ name: '秦国文', posts: ['市委书记'], articleIds: ['c-city'] },
			{
				name: '魏中发',
				posts: ['珠晖区委书记', '区委书记'],
				articleIds: ['a-zhuhui', 'b-zhuhui-older'],
			},
		]);
	});

	test('gives nobody for a region no article names', () => {
		expect(getPeopleInRegion(articles, '祁东县')).toEqual([]);
	});
});
