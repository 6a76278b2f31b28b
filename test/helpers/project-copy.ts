import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a maintainer's checkout holds; built output and installed packages are not copied. */
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'coverage', 'test-results']);

/** Folders of node_modules that hold build caches (Astro's, Vite's, the page cache's). */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project in a new temporary folder, for a test that builds it: the checkout's
 * files, and a node_modules of one symlink per installed package.
 *
 * Why not one symlink for node_modules: Astro keeps its caches in node_modules/.astro (the content
 * store and the page cache); a copy must have its own, or its build would read and prune the
 * checkout's.
 */
export function copyProject(prefix: string): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	for (const name of readdirSync(ROOT))
		if (!SKIP.has(name)) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync(join(ROOT, 'node_modules')))
		if (!CACHES.has(name))
			symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
	return copy;
}

/**
 * Runs `npm run build` in a copy (copyProject) without the search index (PAGEFIND_SKIP: the tests
 * that build a copy look at its pages; test/search indexes the checkout's own build) and with
 * `env` on top; its exit status and output.
 */
export function buildCopy(
	copy: string,
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const run = spawnSync('npm', ['run', 'build'], {
		cwd: copy,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PAGEFIND_SKIP: '1', ...env },
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
