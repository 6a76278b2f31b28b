import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenInternalLinks, distFiles } from '../helpers/dist-links.ts';
import { buildCopy, copyProject } from '../helpers/project-copy.ts';

const copy = copyProject('hy-file-budget-');
const dist = join(copy, 'dist');
const origin = process.env.SITE_URL ?? 'https://hengyang-daily-archive.example';
afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
});

/** Runs `npm run build` in the copy (without the search index: the plan still counts it). */
function build(env: Record<string, string> = {}): { status: number | null; output: string } {
	return buildCopy(copy, env);
}

/** A build that must succeed; its output. */
function buildOk(env: Record<string, string> = {}): string {
	const { status, output } = build(env);
	expect(status, output).toBe(0);
	return output;
}

/** The numbers of the file plan a build logged (see describePlan). */
interface LoggedPlan {
	readonly projected: number;
	readonly unfolded: number;
	readonly minimum: number;
	readonly folded: string;
	readonly articles: number;
	readonly singleNames: number;
	readonly otherNames: number;
	readonly days: number;
}

/** The file plan the build logged. */
function planOf(output: string): LoggedPlan {
	const match =
		/file plan \([^)]*\): (\d+) files projected \(unfolded (\d+), minimum (\d+)\); folded: ([^;]*); articles (\d+), search (\d+), names credited once (\d+), other names (\d+), days (\d+)/u.exec(
			output,
		);
	expect(match, output).not.toBeNull();
	const [, projected, unfolded, minimum, folded, articles, , singleNames, otherNames, days] = (
		match ?? []
	).map(String);
	return {
		projected: Number(projected),
		unfolded: Number(unfolded),
		minimum: Number(minimum),
		folded: folded ?? '',
		articles: Number(articles),
		singleNames: Number(singleNames),
		otherNames: Number(otherNames),
		days: Number(days),
	};
}

/** The folders of dist/ that hold a page: /people/<slug>/, /dates/y/m/d/ … */
function pagesUnder(prefix: string, depth: number): string[] {
	return distFiles(dist).filter(
		(file) =>
			file.startsWith(prefix) && file.endsWith('/index.html') && file.split('/').length === depth,
	);
}

/** Every file of dist/ with a hash of its bytes. */
function snapshot(): Map<string, string> {
	return new Map(
		distFiles(dist).map((file) => [
			file,
			createHash('sha256')
				.update(readFileSync(join(dist, file)))
				.digest('hex'),
		]),
	);
}

describe('FILE_BUDGET', () => {
	test('folds the pages of names credited once, then the day pages, keeping every link valid', () => {
		const free = planOf(buildOk());
		expect(free.folded).toBe('nothing');
		expect(free.singleNames).toBeGreaterThan(0);
		expect(free.days).toBeGreaterThan(0);
		expect(pagesUnder('people/', 3)).toHaveLength(free.singleNames + free.otherNames);
		expect(pagesUnder('dates/', 5)).toHaveLength(free.days);

		// Lever (a) alone: one file too many for the whole site.
		const namesBudget = free.unfolded - 1;
		const names = buildOk({ FILE_BUDGET: String(namesBudget) });
		expect(planOf(names)).toMatchObject({
			folded: 'names credited once',
			projected: free.unfolded - free.singleNames,
		});
		expect(distFiles(dist).length).toBeLessThanOrEqual(namesBudget);
		expect(pagesUnder('people/', 3)).toHaveLength(free.otherNames);
		expect(pagesUnder('dates/', 5)).toHaveLength(free.days);
		const index = readFileSync(join(dist, 'people', 'index.html'), 'utf8');
		const anchors = [
			...index.matchAll(/<li id="(name-[^"]+)"[^>]*><a href="\/articles\/[^"]+\/"/gu),
		];
		expect(anchors).toHaveLength(free.singleNames);
		// The credit links of the article pages point at those entries.
		const creditLinks = distFiles(dist)
			.filter((file) => file.startsWith('articles/') && file.endsWith('.html'))
			.flatMap((file) => [
				...readFileSync(join(dist, file), 'utf8').matchAll(/href="\/people\/#(name-[^"]+)"/gu),
			])
			.map((match) => match[1]);
		expect(new Set(creditLinks)).toEqual(new Set(anchors.map((match) => match[1])));
		expect(brokenInternalLinks(dist, origin)).toEqual([]);

		// Both levers: the minimum the plan computes; taken from the cache of the build before.
		const both = buildOk({ FILE_BUDGET: String(free.minimum) });
		expect(planOf(both).folded).toBe('names credited once, day pages');
		expect(distFiles(dist).length).toBeLessThanOrEqual(free.minimum);
		expect(pagesUnder('dates/', 5)).toEqual([]);
		expect(pagesUnder('people/', 3)).toHaveLength(free.otherNames);
		const dates = readFileSync(join(dist, 'dates', 'index.html'), 'utf8');
		const dayLinks = [...dates.matchAll(/href="\/dates\/(\d{4})\/(\d{2})\/#(day-\d+)"/gu)];
		expect(dayLinks).toHaveLength(free.days);
		for (const [, year, month, anchor] of dayLinks) {
			const monthPage = readFileSync(
				join(dist, 'dates', year ?? '', month ?? '', 'index.html'),
				'utf8',
			);
			expect(monthPage).toContain(`<h2 id="${anchor ?? ''}"`);
		}
		expect(dates).not.toMatch(/href="\/dates\/\d{4}\/\d{2}\/\d{2}\/"/u);
		expect(brokenInternalLinks(dist, origin)).toEqual([]);
		const incremental = snapshot();

		// The cached build gives what a full build under the same budget gives.
		buildOk({ FILE_BUDGET: String(free.minimum), PAGE_CACHE: 'off' });
		const full = snapshot();
		expect([...incremental.keys()]).toEqual([...full.keys()]);
		expect([...full].filter(([file, hash]) => incremental.get(file) !== hash)).toEqual([]);

		// An impossible budget fails before any page is rendered, saying why.
		const impossible = build({ FILE_BUDGET: String(free.minimum - 1) });
		expect(impossible.status).not.toBe(0);
		expect(impossible.output).toContain(
			`FILE_BUDGET=${(free.minimum - 1).toLocaleString('en-US')} cannot be met: the site needs at least ${free.minimum.toLocaleString('en-US')} files`,
		);
		expect(impossible.output).toContain(
			`${String(free.articles)} article pages and their search index`,
		);
		expect(impossible.output).not.toMatch(/\/articles\/[^/\s]+\/index\.html/u);
	}, 600_000);
});
