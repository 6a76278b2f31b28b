/**
 * The Pagefind integration's hooks: by default it indexes the built site when Astro's build is
 * done; with HENGYANG_INDEX_AFTER_ASTRO=1 (set by scripts/astro-build.ts) it writes no index and
 * leaves the step, and the file count, to the script.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { fileBudget } from '../../src/integrations/file-budget.ts';
import { INDEX_AFTER_ASTRO, pagefind } from '../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'hy-pagefind-integration-'));
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});
afterEach(() => {
	vi.unstubAllEnvs();
});

/** A project folder with one built article page. */
function project(name: string): { readonly dir: string; readonly dist: string } {
	const dir = join(root, name);
	const dist = join(dir, 'dist');
	mkdirSync(join(dist, 'articles', 'a1'), { recursive: true });
	writeFileSync(
		join(dist, 'articles', 'a1', 'index.html'),
		'<!doctype html><html lang="zh-CN"><head><title>一</title></head><body><article data-pagefind-body><h1>衡阳</h1><p>三高四新。</p></article></body></html>\n',
	);
	return { dir, dist };
}

/** Runs the integration's config and build-done hooks (given the parts of their arguments they read). */
async function build(dir: string, dist: string): Promise<string[]> {
	const logged: string[] = [];
	const logger = {
		info: (line: string) => logged.push(line),
		warn: (line: string) => logged.push(line),
	};
	const { hooks } = pagefind();
	await hooks['astro:config:done']?.({
		config: { root: pathToFileURL(`${dir}/`) },
	} as never);
	await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dist}/`), logger } as never);
	return logged;
}

describe('the pagefind integration', () => {
	test('indexes the built site when the build is done', async () => {
		const { dir, dist } = project('in-build');
		const logged = await build(dir, dist);
		expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
		expect(readFileSync(join(dist, 'search', 'offline-manifest.js'), 'utf8')).toContain(
			'/articles/a1/',
		);
		expect(logged.join('\n')).toMatch(/Pagefind read 1 HTML files and indexed 1 pages/u);
		expect(logged.join('\n')).toMatch(/search index step: [\d.]+ s/u);
		// The parts' cache is the project's, not the working directory's.
		expect(existsSync(join(dir, 'node_modules', '.cache', 'hengyang-pagefind'))).toBe(true);
	});

	test(`with ${INDEX_AFTER_ASTRO}=1 writes no index and says who will`, async () => {
		vi.stubEnv(INDEX_AFTER_ASTRO, '1');
		const { dir, dist } = project('after-astro');
		const logged = await build(dir, dist);
		expect(existsSync(join(dist, 'pagefind'))).toBe(false);
		expect(existsSync(join(dist, 'search'))).toBe(false);
		expect(logged).toEqual([
			'search index: written once astro build has exited (scripts/astro-build.ts)',
		]);
	});

	test(`with ${INDEX_AFTER_ASTRO}=1 the file budget is not checked by the integration`, () => {
		vi.stubEnv(INDEX_AFTER_ASTRO, '1');
		vi.stubEnv('FILE_BUDGET', '1');
		const { dist } = project('budget-after-astro');
		writeFileSync(join(dist, 'index.html'), '');
		const logged: string[] = [];
		const run = () =>
			fileBudget().hooks['astro:build:done']?.({
				dir: pathToFileURL(`${dist}/`),
				logger: { info: (line: string) => logged.push(line) },
			} as never);
		expect(run).not.toThrow();
		expect(logged).toEqual([
			'files counted once the search index is written (scripts/astro-build.ts)',
		]);
		vi.stubEnv(INDEX_AFTER_ASTRO, undefined);
		expect(run).toThrow(/2 files in the site, over FILE_BUDGET=1 by 1/u);
	});
});
