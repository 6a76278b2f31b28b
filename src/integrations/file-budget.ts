import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { checkFileBudget, parseFileBudget } from '../lib/site/file-budget.ts';

/** Every file under a directory, as paths relative to it with `/` separators. */
async function listFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))
		.sort();
}

/**
 * Counts the built site's files once every other integration has written its own (list it last),
 * and fails the build when they exceed FILE_BUDGET (unset: only counted and logged).
 */
export function fileBudget(): AstroIntegration {
	return {
		name: 'hengyang:file-budget',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const budget = parseFileBudget(process.env.FILE_BUDGET);
				const check = checkFileBudget(await listFiles(fileURLToPath(dir)), budget);
				if (check.over) throw new Error(check.message);
				logger.info(check.message);
			},
		},
	};
}
