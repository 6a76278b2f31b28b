import { describe, expect, test } from 'vitest';
import {
	neighboursByDate,
	relatedArticles,
	relation,
	samePageArticles,
} from '../../src/lib/site/related.ts';
import { makeArticle } from './make-article.ts';

const source = (file: string, part: number) => ({ file, part, lines: [1, 2] as [number, number] });

const of = makeArticle({
	id: 'of',
	date: '2023-01-30',
	regions: ['珠晖区', '衡阳市'],
	slogans: ['三高四新', '四上'],
	source: source('p1.txt', 2),
});
const sloganTwin = makeArticle({
	id: 'slogans',
	date: '2023-01-29',
	regions: ['衡阳市'],
	slogans: ['四上', '三高四新'],
	source: source('p2.txt', 1),
});
const sameRegion = makeArticle({
	id: 'region',
	date: '2023-03-20',
	regions: ['珠晖区'],
	slogans: [],
	source: source('p1.txt', 3),
});
const cityOnly = makeArticle({
	id: 'city',
	date: '2022-02-11',
	regions: ['衡阳市'],
	slogans: [],
	source: source('p1.txt', 1),
});
const all = [of, sloganTwin, sameRegion, cityOnly];

describe('relation', () => {
	test('scores 2 per shared slogan, 1 per shared region and 1 for the same primary region', () => {
		expect(relation(of, sloganTwin)).toMatchObject({
			score: 4,
			sharedSlogans: ['三高四新', '四上'],
			sharedRegions: [],
		});
		expect(relation(of, sameRegion)).toMatchObject({ score: 2, sharedRegions: ['珠晖区'] });
	});

	test('does not count the city level, which nearly every article names', () => {
		expect(relation(of, cityOnly).score).toBe(0);
		expect(relation(cityOnly, cityOnly).score).toBe(0);
	});

	test('counts a slogan printed twice once', () => {
		const twice = makeArticle({ id: 'x', regions: [], slogans: ['四上', '四上'] });
		expect(relation(twice, of).sharedSlogans).toEqual(['四上']);
	});
});

describe('relatedArticles', () => {
	test('ranks by score, leaves out the article itself and unrelated ones', () => {
		expect(relatedArticles(of, all).map((r) => r.article.id)).toEqual(['slogans', 'region']);
	});

	test('breaks ties newest first and stops at the limit', () => {
		const a = makeArticle({ id: 'a', date: '2023-01-01', regions: ['珠晖区'], slogans: [] });
		const b = makeArticle({ id: 'b', date: '2023-02-01', regions: ['珠晖区'], slogans: [] });
		expect(relatedArticles(of, [a, b]).map((r) => r.article.id)).toEqual(['b', 'a']);
		expect(relatedArticles(of, [a, b], 1).map((r) => r.article.id)).toEqual(['b']);
	});

	test('chooses among the articles nearest in date only (the window)', () => {
		const day = (id: string, date: string, slogans: string[]) =>
			makeArticle({ id, date, regions: [], slogans });
		const one = day('one', '2023-01-10', ['四上']);
		const near = day('near', '2023-01-09', ['四上']);
		const far = day('far', '2013-01-01', ['四上', '三高四新']);
		const between = day('between', '2020-01-01', []);
		const archive = [one, near, between, far];
		expect(relatedArticles(one, archive, 5, 1).map((r) => r.article.id)).toEqual(['near']);
		expect(relatedArticles(one, archive, 5, 3).map((r) => r.article.id)).toEqual(['near', 'far']);
	});
});

describe('neighboursByDate', () => {
	test('gives the next older and the next newer article', () => {
		expect(neighboursByDate(of, all)).toEqual({ previous: sloganTwin, next: sameRegion });
	});

	test('gives null past either end', () => {
		expect(neighboursByDate(cityOnly, all).previous).toBeNull();
		expect(neighboursByDate(sameRegion, all).next).toBeNull();
	});

	test('visits every article once walking from the oldest', () => {
		let current = cityOnly;
		const seen = [current.id];
		for (
			let next = neighboursByDate(current, all).next;
			next;
			next = neighboursByDate(current, all).next
		) {
			current = next;
			seen.push(current.id);
		}
		expect(seen).toEqual(['city', 'slogans', 'of', 'region']);
	});

	test('fails for an article not among those given', () => {
		expect(() => neighboursByDate(of, [cityOnly])).toThrow(/not among/);
	});
});

describe('samePageArticles', () => {
	test('gives the other articles of the raw page in page order', () => {
		expect(samePageArticles(of, all).map((a) => a.id)).toEqual(['city', 'region']);
	});
});
