import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { fileBudget } from '../../src/integrations/file-budget.ts';
import { checkFileBudget, countByFolder, parseFileBudget } from '../../src/lib/site/file-budget.ts';

const site = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'pagefind/x.pf'];

describe('countByFolder', () => {
	test('counts files by top-level folder, most first, the top level as /', () => {
		expect(countByFolder(site)).toEqual([
			{ folder: 'articles', files: 2 },
			{ folder: '/', files: 1 },
			{ folder: 'pagefind', files: 1 },
		]);
	});
});

describe('parseFileBudget', () => {
	test('reads a whole number, or nothing when unset', () => {
		expect(parseFileBudget('20000')).toBe(20000);
		expect(parseFileBudget(undefined)).toBeNull();
		expect(parseFileBudget('')).toBeNull();
	});

	test('refuses anything else, naming the setting', () => {
		expect(() => parseFileBudget('20k')).toThrow(/FILE_BUDGET must be a whole number/);
	});
});

describe('checkFileBudget', () => {
	test('passes a site within its budget, or with none', () => {
		expect(checkFileBudget(site, 4)).toMatchObject({ files: 4, over: false });
		expect(checkFileBudget(site, null).message).toContain('no FILE_BUDGET set');
	});

	test('fails a site over its budget, saying by how much and where the files are', () => {
		const check = checkFileBudget(site, 3);
		expect(check.over).toBe(true);
		expect(check.message).toContain('over FILE_BUDGET=3 by 1');
		expect(check.message).toContain('articles/: 2');
	});
});

describe('the fileBudget integration', () => {
	test('fails the build over FILE_BUDGET, counting every file of dist/ at any depth', async () => {
		const dist = mkdtempSync(join(tmpdir(), 'hy-file-budget-'));
		mkdirSync(join(dist, 'articles', 'a'), { recursive: true });
		writeFileSync(join(dist, 'index.html'), '');
		writeFileSync(join(dist, 'articles', 'a', 'index.html'), '');
		const integration = fileBudget();
		const logged: string[] = [];
		const logger = { info: (line: string) => logged.push(line) };
		const run = (budget: string) => {
			process.env.FILE_BUDGET = budget;
			// The hook reads only `dir` and `logger` of what Astro passes it.
			return integration.hooks['astro:build:done']?.({
				dir: pathToFileURL(`${dist}/`),
				logger,
			} as never);
		};
		try {
			// The hook lists dist/ synchronously (filesUnder), so it throws rather than rejects.
			expect(() => run('1')).toThrow(/2 files in the site, over FILE_BUDGET=1 by 1/);
			await run('2');
			expect(logged).toEqual(['2 files in the site, within FILE_BUDGET=2']);
		} finally {
			delete process.env.FILE_BUDGET;
			rmSync(dist, { recursive: true, force: true });
		}
	});
});
