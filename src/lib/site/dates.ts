import type { DateBasis } from '../../schemas/article.ts';

/** Shown where an article has no date. */
export const undatedLabel = '日期不详';

/** An ISO date (2023-01-30) the way the paper prints it (2023年1月30日); undatedLabel for null. */
export function formatChineseDate(isoDate: string | null): string {
	if (isoDate === null) return undatedLabel;
	const match = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/.exec(isoDate);
	const { year, month, day } = match?.groups ?? {};
	if (year === undefined || month === undefined || day === undefined) {
		throw new Error(`not an ISO date: ${isoDate}`);
	}
	return `${year}年${Number(month)}月${Number(day)}日`;
}

const methodLabels: Record<DateBasis['method'], string> = {
	'full-date': '原文印有完整日期',
	'month-day+year': '月日见原文，年份据文中所记年份',
	'month-day+lunar': '月日见原文，年份据农历纪年',
	'month-day+page-year': '月日见原文，年份据同版其他文章',
	page: '据同版其他文章推定',
	override: '由维护者指定',
	none: '原文无从判断',
};

/** A reader-facing sentence, in Chinese, on how a date was arrived at: method, then evidence. */
export function describeDateBasis(basis: DateBasis): string {
	const method = methodLabels[basis.method];
	const evidence = basis.evidence.trim();
	return evidence === '' ? method : `${method}。依据：${evidence}`;
}
