import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import process from 'node:process';
import { type CacheablePath, pageFile, planRoute, type RoutePlan } from './page-cache.ts';

/**
 * The incremental build's page cache on disk (see page-cache.ts for the keys).
 *
 * <cache>/pages/<key>.html holds a page as a build rendered it; <cache>/plans/<route>.json is what
 * this build's getStaticPaths decided for the route. The integration (src/integrations/
 * page-cache.ts) sets the environment variable below at the start of `astro build`; without it
 * (astro dev, or PAGE_CACHE=off) every route renders every page.
 */
export const PAGE_CACHE_ENV = 'HENGYANG_PAGE_CACHE';

/** What the integration tells the routes: the cache folder and the build's fingerprint. */
interface PageCacheSetting {
	readonly dir: string;
	readonly fingerprint: string;
}

/** The cache setting of this build, or undefined when pages are not cached. */
function readSetting(): PageCacheSetting | undefined {
	const raw = process.env[PAGE_CACHE_ENV];
	if (raw === undefined || raw === '') return undefined;
	return JSON.parse(raw) as PageCacheSetting;
}

/** The file name of a route's plan (route names are folder paths: dates/day → dates_day.json). */
function planFile(dir: string, route: string): string {
	return join(dir, 'plans', `${route.replace(/[^a-z0-9-]/giu, '_')}.json`);
}

/** A cached page's file. */
function cachedFile(dir: string, key: string): string {
	return join(dir, 'pages', `${key}.html`);
}

/**
 * A route's getStaticPaths through the cache: the pages whose key the cache holds are left out
 * (the integration copies them into dist/ after the build) and the plan is written for the
 * integration. Without a cache setting, every page.
 */
export function cachedStaticPaths<Params, Props>(
	route: string,
	paths: readonly CacheablePath<Params, Props>[],
): { params: Params; props: Props }[] {
	const setting = readSetting();
	if (!setting) return paths.map(({ params, props }) => ({ params, props }));
	const { plan, render } = planRoute(route, setting.fingerprint, paths, (key) =>
		existsSync(cachedFile(setting.dir, key)),
	);
	const file = planFile(setting.dir, route);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(plan)}\n`);
	return render.map(({ params, props }) => ({ params, props }));
}

/** Every file under a folder (none when it does not exist), relative to it with / separators, sorted. */
function filesUnder(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * The build's fingerprint: a hash of every file under the given folders and files of the project
 * (paths and bytes) and of the given settings. Any change to any of them gives a new fingerprint,
 * so no cached page is used.
 */
export function buildFingerprint(
	root: string,
	sources: readonly string[],
	settings: unknown,
): string {
	const hash = createHash('sha256').update(JSON.stringify(settings)).update('\0');
	for (const source of sources) {
		const full = join(root, source);
		const files = existsSync(full) && statSync(full).isDirectory() ? filesUnder(full) : [''];
		for (const file of files) {
			const path = file === '' ? full : join(full, file);
			hash.update(`${source}/${file}`).update('\0');
			hash.update(existsSync(path) ? readFileSync(path) : '(none)').update('\0');
		}
	}
	return hash.digest('hex').slice(0, 32);
}

/** Starts a build's page cache: no plan of an earlier build is left, and the routes are told. */
export function startPageCache(dir: string, fingerprint: string): void {
	rmSync(join(dir, 'plans'), { recursive: true, force: true });
	mkdirSync(join(dir, 'pages'), { recursive: true });
	process.env[PAGE_CACHE_ENV] = JSON.stringify({ dir, fingerprint } satisfies PageCacheSetting);
}

/** What finishing the cache did. */
export interface PageCacheReport {
	readonly routes: number;
	readonly rendered: number;
	readonly restored: number;
	readonly pruned: number;
}

/**
 * Ends a build's page cache: copies every page the routes took from the cache into `distDir`,
 * stores every page they rendered, and removes the cached pages this build did not use (so the
 * cache holds one build). Throws when a rendered page is missing from dist/ or a cached one from
 * the cache.
 */
export function finishPageCache(distDir: string, dir: string): PageCacheReport {
	Reflect.deleteProperty(process.env, PAGE_CACHE_ENV);
	const plansDir = join(dir, 'plans');
	const plans = filesUnder(plansDir).map(
		(name) => JSON.parse(readFileSync(join(plansDir, name), 'utf8')) as RoutePlan,
	);
	const used = new Set<string>();
	let rendered = 0;
	let restored = 0;
	for (const plan of plans) {
		for (const page of plan.restore) {
			const target = join(distDir, pageFile(page.pathname));
			mkdirSync(dirname(target), { recursive: true });
			copyFileSync(cachedFile(dir, page.key), target);
			used.add(`${page.key}.html`);
			restored++;
		}
		for (const page of plan.render) {
			const source = join(distDir, pageFile(page.pathname));
			if (!existsSync(source)) {
				throw new Error(`page cache: ${plan.route} rendered no ${pageFile(page.pathname)}`);
			}
			copyFileSync(source, cachedFile(dir, page.key));
			used.add(`${page.key}.html`);
			rendered++;
		}
	}
	let pruned = 0;
	for (const name of readdirSync(join(dir, 'pages')))
		if (!used.has(name)) {
			rmSync(join(dir, 'pages', name), { force: true });
			pruned++;
		}
	rmSync(plansDir, { recursive: true, force: true });
	return { routes: plans.length, rendered, restored, pruned };
}
