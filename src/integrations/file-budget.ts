import type { AstroIntegration } from 'astro';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files-fs.ts';
import { checkFileBudget, parseFileBudget } from '../lib/site/file-budget.ts';

/**
 * Counts the built site's files once every other integration has written its own (list it last),
 * and fails the build when they exceed FILE_BUDGET (unset: only counted and logged).
 */
export function fileBudget(): AstroIntegration {
	return {
		name: 'hengyang:file-budget',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const budget = parseFileBudget(process.env.FILE_BUDGET);
				const check = checkFileBudget(filesUnder(fileURLToPath(dir)), budget);
				if (check.over) throw new Error(check.message);
				logger.info(check.message);
			},
		},
	};
}
