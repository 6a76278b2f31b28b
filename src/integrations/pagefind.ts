import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import {
	describeIndexedPages,
	readIndexedPages,
	totalIndexedPages,
} from '../lib/site/pagefind-entry.ts';

/** Throws when a Pagefind call reported errors (Pagefind returns them rather than throwing). */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind ${step} failed:\n- ${errors.join('\n- ')}`);
	}
}

/**
 * Indexes the built site with Pagefind's Node API after `astro build` and writes the index to
 * <dist>/pagefind/. What is indexed is decided in the templates: only article pages carry
 * `data-pagefind-body`, so the index must hold exactly one page per article page built; any
 * Pagefind error, or any other count, fails the build.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'hengyang:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				const siteDir = fileURLToPath(dir);
				const outputPath = fileURLToPath(new URL('pagefind/', dir));
				const articlePages = pages.filter((page) => page.pathname.startsWith('articles/')).length;
				try {
					const created = await createIndex({});
					assertNoErrors('createIndex', created.errors);
					const { index } = created;
					if (!index) throw new Error('Pagefind createIndex returned no index');

					const added = await index.addDirectory({ path: siteDir });
					assertNoErrors('addDirectory', added.errors);

					const written = await index.writeFiles({ outputPath });
					assertNoErrors('writeFiles', written.errors);

					const indexed = readIndexedPages(
						await readFile(new URL('pagefind-entry.json', new URL('pagefind/', dir)), 'utf8'),
					);
					const total = totalIndexedPages(indexed);
					logger.info(
						`Pagefind read ${added.page_count} HTML files and indexed ${total} pages (${describeIndexedPages(indexed)}) into ${outputPath}`,
					);
					if (total !== articlePages) {
						throw new Error(
							`Pagefind indexed ${total} pages but ${articlePages} article pages were built: every article page, and nothing else, must carry data-pagefind-body`,
						);
					}
				} finally {
					// Stops Pagefind's backend process so the build can exit.
					await close();
				}
			},
		},
	};
}
