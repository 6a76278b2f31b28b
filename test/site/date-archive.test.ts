import { describe, expect, test } from 'vitest';
import { allDays, allMonths, groupByDate, splitIsoDate } from '../../src/lib/site/date-archive.ts';

const articles = [
	{ id: 'b', date: '2023-01-30' },
	{ id: 'a', date: '2023-01-30' },
	{ id: 'c', date: '2023-03-20' },
	{ id: 'd', date: '2022-02-07' },
	{ id: 'e', date: null },
	{ id: 'f', date: '2023-01-09' },
];

describe('splitIsoDate', () => {
	test('gives year, month and day as numbers', () => {
		expect(splitIsoDate('2023-01-09')).toEqual([2023, 1, 9]);
	});

	test('rejects what is not an ISO date', () => {
		expect(() => splitIsoDate('2023-1-9')).toThrow(/not an ISO date/);
	});
});

describe('groupByDate', () => {
	const archive = groupByDate(articles);

	test('orders years, months and days newest first', () => {
		expect(archive.years.map((year) => year.year)).toEqual([2023, 2022]);
		expect(archive.years[0]?.months.map((month) => month.month)).toEqual([3, 1]);
		expect(archive.years[0]?.months[1]?.days.map((day) => day.day)).toEqual([30, 9]);
	});

	test('keeps the articles of a day in id order', () => {
		expect(archive.years[0]?.months[1]?.days[0]?.articles.map((a) => a.id)).toEqual(['a', 'b']);
	});

	test('counts articles per month and per year', () => {
		expect(archive.years.map((year) => year.count)).toEqual([4, 1]);
		expect(archive.years[0]?.months.map((month) => month.count)).toEqual([1, 3]);
	});

	test('labels in Chinese and links with two-digit months and days', () => {
		const day = archive.years[0]?.months[1]?.days[1];
		expect(day).toMatchObject({
			iso: '2023-01-09',
			label: '2023年1月9日',
			url: '/dates/2023/01/09/',
		});
		expect(archive.years[0]?.months[1]).toMatchObject({
			label: '2023年1月',
			url: '/dates/2023/01/',
		});
		expect(archive.years[1]).toMatchObject({ label: '2022年', url: '/dates/2022/' });
	});

	test('keeps undated articles apart so none is lost', () => {
		expect(archive.undated.map((a) => a.id)).toEqual(['e']);
		const grouped = allDays(archive).flatMap((day) => day.articles).length;
		expect(grouped + archive.undated.length).toBe(articles.length);
	});

	test('lists every month and every day, newest first', () => {
		expect(allMonths(archive).map((month) => month.url)).toEqual([
			'/dates/2023/03/',
			'/dates/2023/01/',
			'/dates/2022/02/',
		]);
		expect(allDays(archive).map((day) => day.iso)).toEqual([
			'2023-03-20',
			'2023-01-30',
			'2023-01-09',
			'2022-02-07',
		]);
	});

	test('gives an empty archive for no articles', () => {
		expect(groupByDate([])).toEqual({ years: [], undated: [] });
	});
});

describe('groupByDate with the day pages folded', () => {
	test('gives each day the URL of its heading on the month page', () => {
		const days = allDays(groupByDate(articles, { foldDays: true }));
		expect(days.map((day) => day.url)).toEqual([
			'/dates/2023/03/#day-20',
			'/dates/2023/01/#day-30',
			'/dates/2023/01/#day-9',
			'/dates/2022/02/#day-7',
		]);
	});

	test('keeps the day pages’ URLs by default', () => {
		expect(allDays(groupByDate(articles))[0]?.url).toBe('/dates/2023/03/20/');
	});
});
