import { describe, expect, test } from 'vitest';
import {
	describePlan,
	estimateSearchFiles,
	planFiles,
	projectFiles,
	type SiteFamilies,
} from '../../src/lib/site/file-plan.ts';

/** The families of the 10,000-article bench site (dist/ held 39,803 files). */
const bench: SiteFamilies = {
	articles: 10_015,
	singleNames: 13_000,
	otherNames: 1_474,
	days: 2_300,
	otherFiles: 3_200,
};

/** A small site: 20 articles, 30 names credited once, 5 others, 12 days, 100 other files. */
const small: SiteFamilies = {
	articles: 20,
	singleNames: 30,
	otherNames: 5,
	days: 12,
	otherFiles: 100,
};
const search = estimateSearchFiles(20);
const unfolded = 20 + search + 5 + 30 + 12 + 100;

describe('estimateSearchFiles', () => {
	test('counts a fragment per article, Pagefind’s fixed files and at least the measured chunks', () => {
		expect(estimateSearchFiles(0)).toBe(0);
		// Measured: 34 files for 15 articles, 2,169 for 2,015, 10,559 for 10,015.
		expect(estimateSearchFiles(15)).toBeGreaterThanOrEqual(34);
		expect(estimateSearchFiles(2_015)).toBeGreaterThan(2_169);
		expect(estimateSearchFiles(10_015)).toBeGreaterThanOrEqual(10_559);
		expect(estimateSearchFiles(10_015)).toBeLessThan(10_015 * 1.1);
	});
});

describe('planFiles', () => {
	test('folds nothing without a budget, or when the site fits', () => {
		for (const budget of [null, unfolded]) {
			const result = planFiles(small, budget);
			expect(result).toEqual({
				ok: true,
				plan: {
					budget,
					foldSingleNames: false,
					foldDays: false,
					projected: unfolded,
					unfolded,
					minimum: unfolded - 30 - 12,
				},
			});
		}
	});

	test('folds the names credited once first', () => {
		const result = planFiles(small, unfolded - 1);
		expect(result.ok && result.plan).toMatchObject({
			foldSingleNames: true,
			foldDays: false,
			projected: unfolded - 30,
		});
	});

	test('then the day pages, when the names are not enough', () => {
		const result = planFiles(small, unfolded - 31);
		expect(result.ok && result.plan).toMatchObject({
			foldSingleNames: true,
			foldDays: true,
			projected: unfolded - 42,
		});
		expect(planFiles(small, unfolded - 42).ok).toBe(true);
	});

	test('says why a budget below the minimum cannot be met, naming the budget and the minimum', () => {
		const result = planFiles(small, unfolded - 43);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain(`FILE_BUDGET=${String(unfolded - 43)} cannot be met`);
		expect(result.message).toContain(`at least ${String(unfolded - 42)} files`);
		expect(result.message).toContain(`20 article pages and their search index`);
	});

	test('at 10,000 articles, 20,000 files cannot hold a page and a search fragment per article', () => {
		const result = planFiles(bench, 20_000);
		expect(result.ok).toBe(false);
		const minimum = projectFiles(bench, new Set(['singleNames', 'days']));
		expect(minimum).toBe(10_015 + estimateSearchFiles(10_015) + 1_474 + 3_200);
		if (!result.ok)
			expect(result.message).toContain(`at least ${minimum.toLocaleString('en-US')} files`);
	});
});

describe('describePlan', () => {
	test('names the budget, the projection and what was folded', () => {
		const result = planFiles(small, unfolded - 31);
		if (!result.ok) throw new Error(result.message);
		expect(describePlan(result.plan, small)).toBe(
			`file plan (FILE_BUDGET=${String(unfolded - 31)}): ${String(unfolded - 42)} files projected` +
				` (unfolded ${String(unfolded)}, minimum ${String(unfolded - 42)}); folded: names credited once, day pages;` +
				` articles 20, search ${String(search)}, names credited once 30, other names 5, days 12, other files 100`,
		);
	});
});
