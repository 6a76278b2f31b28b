import { type Dated, sortNewestFirst } from './article-order.ts';
import { dayInMonthUrl, dayUrl, monthUrl, yearUrl } from './urls.ts';

/** The articles of one day. */
export interface DayGroup<T> {
	readonly year: number;
	readonly month: number;
	readonly day: number;
	/** ISO date, for `<time datetime>`. */
	readonly iso: string;
	/** 2023年1月30日 */
	readonly label: string;
	/** The day's page, or its heading on the month page when day pages are folded. */
	readonly url: string;
	readonly articles: readonly T[];
}

/** The days of one month that have articles. */
export interface MonthGroup<T> {
	readonly year: number;
	readonly month: number;
	/** 2023年1月 */
	readonly label: string;
	readonly url: string;
	readonly days: readonly DayGroup<T>[];
	readonly count: number;
}

/** The months of one year that have articles. */
export interface YearGroup<T> {
	readonly year: number;
	/** 2023年 */
	readonly label: string;
	readonly url: string;
	readonly months: readonly MonthGroup<T>[];
	readonly count: number;
}

/** The whole date index: years newest first, and the articles that have no date. */
export interface DateArchive<T> {
	readonly years: readonly YearGroup<T>[];
	readonly undated: readonly T[];
}

/** Year, month and day of an ISO date (2023-01-30 → [2023, 1, 30]). */
export function splitIsoDate(iso: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`not an ISO date: ${iso}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** How the date index is laid out. */
export interface DateArchiveOptions {
	/**
	 * No day pages (FILE_BUDGET, see file-plan.ts): a day's URL is its heading on the month page.
	 * Default false.
	 */
	readonly foldDays?: boolean;
}

/**
 * Groups articles year → month → day, newest first at every level (articles of a day by id);
 * articles without a date are kept apart, so none is lost.
 */
export function groupByDate<T extends Dated>(
	articles: readonly T[],
	options: DateArchiveOptions = {},
): DateArchive<T> {
	const foldDays = options.foldDays ?? false;
	const sorted = sortNewestFirst(articles);
	// Why maps: the articles come newest first, so insertion order is already the display order.
	const tree = new Map<number, Map<number, Map<number, { iso: string; articles: T[] }>>>();
	for (const article of sorted) {
		if (article.date === null) continue;
		const [year, month, day] = splitIsoDate(article.date);
		const months = tree.get(year) ?? new Map<number, Map<number, { iso: string; articles: T[] }>>();
		tree.set(year, months);
		const days = months.get(month) ?? new Map<number, { iso: string; articles: T[] }>();
		months.set(month, days);
		const entry = days.get(day) ?? { iso: article.date, articles: [] };
		days.set(day, entry);
		entry.articles.push(article);
	}
	const years = [...tree].map(([year, months]): YearGroup<T> => {
		const monthGroups = [...months].map(([month, days]): MonthGroup<T> => {
			const dayGroups = [...days].map(([day, entry]): DayGroup<T> => ({
				year,
				month,
				day,
				iso: entry.iso,
				label: `${year}年${month}月${day}日`,
				url: foldDays ? dayInMonthUrl(year, month, day) : dayUrl(year, month, day),
				articles: entry.articles,
			}));
			return {
				year,
				month,
				label: `${year}年${month}月`,
				url: monthUrl(year, month),
				days: dayGroups,
				count: dayGroups.reduce((sum, group) => sum + group.articles.length, 0),
			};
		});
		return {
			year,
			label: `${year}年`,
			url: yearUrl(year),
			months: monthGroups,
			count: monthGroups.reduce((sum, group) => sum + group.count, 0),
		};
	});
	return { years, undated: sorted.filter((article) => article.date === null) };
}

/** Every month of the archive, newest first. */
export function allMonths<T>(archive: DateArchive<T>): MonthGroup<T>[] {
	return archive.years.flatMap((year) => year.months);
}

/** Every day of the archive, newest first. */
export function allDays<T>(archive: DateArchive<T>): DayGroup<T>[] {
	return allMonths(archive).flatMap((month) => month.days);
}
