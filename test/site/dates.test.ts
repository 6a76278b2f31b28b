import { describe, expect, test } from 'vitest';
import { describeDateBasis, formatChineseDate, undatedLabel } from '../../src/lib/site/dates.ts';

describe('formatChineseDate', () => {
	test('prints month and day without leading zeros, as the paper does', () => {
		expect(formatChineseDate('2023-01-30')).toBe('2023年1月30日');
		expect(formatChineseDate('2022-12-05')).toBe('2022年12月5日');
	});

	test('says the date is unknown for null', () => {
		expect(formatChineseDate(null)).toBe(undatedLabel);
	});

	test('rejects what is not an ISO date', () => {
		expect(() => formatChineseDate('2023/01/30')).toThrow(/not an ISO date/);
	});
});

describe('describeDateBasis', () => {
	test('gives the method in Chinese followed by the evidence', () => {
		expect(
			describeDateBasis({
				method: 'month-day+year',
				evidence: '1月30日；年份据“2023年”',
			}),
		).toBe('月日见原文，年份据文中所记年份。依据：1月30日；年份据“2023年”');
	});

	test('gives the method alone when there is no evidence', () => {
		expect(describeDateBasis({ method: 'none', evidence: ' ' })).toBe('原文无从判断');
	});

	test('has a label for every method', () => {
		const methods = [
			'full-date',
			'month-day+year',
			'month-day+lunar',
			'month-day+page-year',
			'page',
			'override',
			'none',
		] as const;
		const labels = methods.map((method) => describeDateBasis({ method, evidence: '' }));
		expect(new Set(labels).size).toBe(methods.length);
		for (const label of labels) expect(label).toMatch(/\p{Script=Han}/u);
	});
});
