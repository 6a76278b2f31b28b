import type { AstroIntegration } from 'astro';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildFingerprint, finishPageCache, startPageCache } from '../lib/site/page-cache-fs.ts';

/**
 * What a page can be rendered from besides its route's inputs: the code, the curated content, the
 * dependencies and the config. Generated content (content/articles, pages, figures) is not here:
 * the routes hash what each page reads of it.
 */
export const FINGERPRINTED = [
	'src',
	'public',
	'content/glossary',
	'content/regions',
	'astro.config.mjs',
	'tsconfig.json',
	'package-lock.json',
] as const;

/**
 * The incremental build: `astro build` renders only the pages whose cache key changed (see
 * src/lib/site/page-cache.ts) and moves the others back from the dist/ of the build before (see
 * page-cache-fs.ts). List it first: the integrations after it find a whole site in dist/. `PAGE_CACHE=off` builds every page
 * (and leaves the cache as it was); `astro dev` never uses the cache.
 */
export function pageCache(): AstroIntegration {
	let cacheDir = '';
	let root = '';
	let outDir = '';
	let settings: unknown;
	let active = false;
	return {
		name: 'hengyang:page-cache',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(new URL('hengyang-pages/', config.cacheDir));
				root = fileURLToPath(config.root);
				outDir = fileURLToPath(config.outDir);
				settings = {
					site: config.site,
					base: config.base,
					trailingSlash: config.trailingSlash,
					format: config.build.format,
					// Why: the long lists' page size changes the pages' links (see pagination.ts).
					listPageSize: process.env.HENGYANG_LIST_PAGE_SIZE ?? null,
				};
			},
			'astro:build:start': ({ logger }) => {
				active = process.env.PAGE_CACHE !== 'off';
				if (!active) logger.info('PAGE_CACHE=off: every page is rendered, the cache is not used');
				startPageCache(
					cacheDir,
					outDir,
					active ? buildFingerprint(root, FINGERPRINTED, settings) : '',
					active,
				);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!active) return;
				const report = finishPageCache(fileURLToPath(dir), cacheDir);
				logger.info(
					`${report.restored} page(s) taken from the cache, ${report.rendered} rendered and cached (${report.routes} route(s): ${report.byRoute.map((route) => `${route.route} ${route.restored}/${route.rendered}`).join(', ')}, taken/rendered)`,
				);
			},
		},
	};
}
