import { describe, expect, test } from 'vitest';
import { findOccurrences } from '../../src/lib/glossary/concordance.ts';
import { formIndex } from '../../src/lib/glossary/glossary.ts';
import { articlesByEntry, entryUsage } from '../../src/lib/glossary/stats.ts';
import { makeArticle, makeEntry } from './fixtures.ts';

const sanHua = makeEntry('三化');
const wuGeYi = makeEntry('五个一');
const siZhi = makeEntry('四治');
const entries = [sanHua, wuGeYi, siZhi];
const articles = [
	makeArticle('late', '三化，三化，五个一', {
		slogans: ['三化', '五个一'],
		date: '2023-03-20',
		regions: ['雁峰区', '衡阳市'],
	}),
	makeArticle('early', '三化与五个一', { slogans: ['三化', '五个一'], date: '2022-02-07' }),
	makeArticle('undated', '三化与四治', { slogans: ['三化', '四治'], date: null, regions: [] }),
	makeArticle('middle', '三化', { slogans: ['三化'], date: '2023-01-30', regions: ['不在地名录'] }),
];
const terms = new Map(entries.map((entry) => [entry.slug, entry.term]));
const byEntry = articlesByEntry(articles, formIndex(entries));
const usage = entryUsage('san-hua', byEntry, findOccurrences(articles, entries), terms);

describe('entryUsage', () => {
	test('counts occurrences and lists the articles oldest first', () => {
		expect(usage.occurrences).toBe(5);
		expect(usage.articles.map((article) => article.id)).toEqual([
			'early',
			'middle',
			'late',
			'undated',
		]);
	});

	test('finds the first and last dated article', () => {
		expect(usage.first?.id).toBe('early');
		expect(usage.last?.id).toBe('late');
	});

	test('counts occurrences and articles per month, undated last', () => {
		expect(usage.months).toEqual([
			{ month: '2022-02', occurrences: 1, articles: 1 },
			{ month: '2023-01', occurrences: 1, articles: 1 },
			{ month: '2023-03', occurrences: 2, articles: 1 },
			{ month: null, occurrences: 1, articles: 1 },
		]);
	});

	test('counts the primary region of each article, with its page slug when the gazetteer has one', () => {
		expect(usage.regions).toEqual([
			{ name: '珠晖区', slug: 'zhuhui', articles: 1 },
			{ name: '雁峰区', slug: 'yanfeng', articles: 1 },
			{ name: '不在地名录', slug: null, articles: 1 },
		]);
	});

	test('lists the entries used in the same articles, most shared first', () => {
		expect(usage.related).toEqual([
			{ slug: 'wu-ge-yi', term: '五个一', articles: 2 },
			{ slug: 'si-zhi', term: '四治', articles: 1 },
		]);
	});

	test('gives an unused entry no articles, no first or last use and no months', () => {
		const unused = entryUsage('wu-lian-you', byEntry, [], terms);
		expect(unused).toEqual({
			occurrences: 0,
			articles: [],
			first: null,
			last: null,
			months: [],
			regions: [],
			related: [],
		});
	});
});
