import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/files-fs.ts';
import { sitemapFiles } from '../lib/site/sitemap.ts';

/**
 * Writes sitemap-index.xml and sitemap-<n>.xml from the HTML files in dist/ (see sitemapFiles):
 * the pages of this build, whether rendered now or taken from the page cache.
 */
export function sitemap(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'hengyang:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.base, config.site) : undefined;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!site) throw new Error('the sitemap needs the `site` option of astro.config.mjs');
				const root = fileURLToPath(dir);
				const html = filesUnder(root).filter((path) => path.endsWith('.html'));
				const files = sitemapFiles(site, html);
				for (const file of files) await writeFile(join(root, file.name), file.xml);
				logger.info(`sitemap: ${files.length - 1} file(s) for ${html.length} HTML file(s)`);
			},
		},
	};
}
