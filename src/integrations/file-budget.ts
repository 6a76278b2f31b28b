import type { AstroIntegration } from 'astro';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files-fs.ts';
import { checkFileBudget, parseFileBudget } from '../lib/site/file-budget.ts';
import { indexAfterAstro } from './pagefind.ts';

/**
 * Counts the files of the built site in `siteDir` against FILE_BUDGET (unset: only counted):
 * returns the line to log, throws when they are over.
 */
export function checkSiteFiles(siteDir: string): string {
	const check = checkFileBudget(filesUnder(siteDir), parseFileBudget(process.env.FILE_BUDGET));
	if (check.over) throw new Error(check.message);
	return check.message;
}

/**
 * Counts the built site's files once every other integration has written its own (list it last),
 * and fails the build when they exceed FILE_BUDGET (unset: only counted and logged). When the
 * search index is written after Astro exits (indexAfterAstro), scripts/astro-build.ts counts them
 * after it instead.
 */
export function fileBudget(): AstroIntegration {
	return {
		name: 'hengyang:file-budget',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				if (indexAfterAstro()) {
					logger.info('files counted once the search index is written (scripts/astro-build.ts)');
					return;
				}
				logger.info(checkSiteFiles(fileURLToPath(dir)));
			},
		},
	};
}
