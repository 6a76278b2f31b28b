import type { DateBasis } from '../schemas/article.ts';

/** An article's date and how it was found. */
export interface DateFinding {
	date: string | null;
	basis: DateBasis;
	/** A month and day were found but no year: the page's year may complete them. */
	monthDay?: { month: number; day: number; evidence: string };
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const ANIMALS = '鼠牛虎兔龙蛇马羊猴鸡狗猪';
/** Years an archive of a city daily can sensibly speak of as "now". */
const YEAR_RANGE: [number, number] = [1990, 2035];
/** Years a bare zodiac year (虎年) is placed in when the article names no year at all. */
const DEFAULT_ERA: [number, number] = [2013, 2024];

const pad = (value: number): string => String(value).padStart(2, '0');

/** YYYY-MM-DD, or null when the day does not exist (2月30日). */
export function isoDate(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	)
		return null;
	return `${String(year)}-${pad(month)}-${pad(day)}`;
}

/**
 * The year the article speaks from: the latest 2023年-style year it names, leaving out targets
 * (到2025年, 2025年前). Why: a January 2023 report reviews 2022 and plans 2023; 力争到2025年 is a goal.
 */
export function contextYear(text: string): { year: number; evidence: string } | null {
	let best: number | null = null;
	for (const match of text.matchAll(/(\d{4})年(前|以前|底前)?/gu)) {
		const year = Number(match[1]);
		const before = text.slice(Math.max(0, match.index - 3), match.index);
		if (match[2] !== undefined || /(?:到|至|迄)$/u.test(before) || before.includes('力争到'))
			continue;
		if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) continue;
		if (best === null || year > best) best = year;
	}
	return best === null ? null : { year: best, evidence: `${String(best)}年` };
}

/** The Gregorian year of a 干支 year (壬寅 → 2022) or of a zodiac year (虎年) near the given year. */
export function lunarYear(
	text: string,
	near: number | null,
): { year: number; evidence: string } | null {
	const cyclic = new RegExp(`([${STEMS}])([${BRANCHES}])(?:[${ANIMALS}])?年`, 'u').exec(text);
	if (cyclic?.[1] && cyclic[2]) {
		const stem = STEMS.indexOf(cyclic[1]);
		const branch = BRANCHES.indexOf(cyclic[2]);
		for (let year = YEAR_RANGE[0]; year <= YEAR_RANGE[1]; year++) {
			if ((year - 4) % 10 === stem && (year - 4) % 12 === branch) {
				const candidates = [year, year + 60].filter((y) => y <= YEAR_RANGE[1] + 60);
				const chosen =
					near === null
						? year
						: candidates.reduce((a, b) => (Math.abs(a - near) <= Math.abs(b - near) ? a : b));
				return { year: chosen, evidence: cyclic[0] };
			}
		}
	}
	const animal = new RegExp(`([${ANIMALS}])年(?=[春首开新初头里假伊])`, 'u').exec(text);
	if (animal?.[1]) {
		const index = ANIMALS.indexOf(animal[1]);
		const [from, to] = near === null ? DEFAULT_ERA : [near - 1, near + 1];
		for (let year = from; year <= to; year++)
			if ((year - 4) % 12 === index) return { year, evidence: animal[0] };
	}
	return null;
}

/**
 * Finds the date an article reports: the first 1月30日-style date of its text, its year from a full
 * date, from 壬寅虎年/虎年, or from the latest year the article names. A full date older than the
 * article's own year (自2021年6月25日开馆以来) is background, not the date of the report.
 */
export function findDate(text: string): DateFinding {
	const context = contextYear(text);
	const lunar = lunarYear(text, context?.year ?? null);
	for (const match of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/gu)) {
		const before = text.slice(Math.max(0, match.index - 2), match.index);
		if (/农历|正月/u.test(before)) continue;
		const month = Number(match[2]);
		const day = Number(match[3]);
		if (match[1] !== undefined) {
			const year = Number(match[1]);
			if (context && year < context.year) continue;
			const date = isoDate(year, month, day);
			if (date) return { date, basis: { method: 'full-date', evidence: match[0] } };
			continue;
		}
		if (isoDate(2000, month, day) === null) continue;
		const dayText = `${String(month)}月${String(day)}日`;
		if (lunar) {
			const date = isoDate(lunar.year, month, day);
			if (date)
				return {
					date,
					basis: { method: 'month-day+lunar', evidence: `${dayText}；年份据“${lunar.evidence}”` },
				};
		}
		if (context) {
			const date = isoDate(context.year, month, day);
			if (date)
				return {
					date,
					basis: {
						method: 'month-day+year',
						evidence: `${dayText}；年份据文中“${context.evidence}”`,
					},
				};
		}
		return {
			date: null,
			basis: { method: 'none', evidence: `${dayText}，文中未见年份` },
			monthDay: { month, day, evidence: dayText },
		};
	}
	return { date: null, basis: { method: 'none', evidence: '文中未见具体日期' } };
}

/**
 * Completes undated articles from the others on the same page: a month and day get the page's most
 * common year; an article with no date at all gets the latest date of the page (a page prints news up
 * to its issue day). Findings already dated are returned unchanged.
 */
export function fillFromPage(findings: DateFinding[]): DateFinding[] {
	const dated = findings
		.map((finding) => finding.date)
		.filter((date): date is string => date !== null);
	if (dated.length === 0) return findings;
	const years = new Map<string, number>();
	for (const date of dated) years.set(date.slice(0, 4), (years.get(date.slice(0, 4)) ?? 0) + 1);
	const pageYear = Number(
		[...years.entries()].sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]))[0]?.[0],
	);
	const latest = [...dated].sort().at(-1) ?? null;
	return findings.map((finding) => {
		if (finding.date !== null) return finding;
		if (finding.monthDay) {
			const date = isoDate(pageYear, finding.monthDay.month, finding.monthDay.day);
			if (date)
				return {
					date,
					basis: {
						method: 'month-day+page-year',
						evidence: `${finding.monthDay.evidence}；年份据同版其他报道（${String(pageYear)}年）`,
					},
				};
		}
		return {
			date: latest,
			basis: {
				method: 'page',
				evidence: `文中无日期；取同版报道推断的最晚日期（${latest ?? ''}）`,
			},
		};
	});
}
