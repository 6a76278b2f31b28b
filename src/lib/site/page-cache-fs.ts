import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { filesUnder } from '../files-fs.ts';
import process from 'node:process';
import { type CacheablePath, pageFile, planRoute, type RoutePlan } from './page-cache.ts';

/**
 * The incremental build's page cache on disk (see page-cache.ts for the keys).
 *
 * The cache is the last finished build's dist/ itself: <cache>/manifest.json lists its pages with
 * their keys. At the start of `astro build` that dist/ is moved to <cache>/previous/ (Astro empties
 * dist/ otherwise), each route's getStaticPaths leaves out the pages whose key is listed and writes
 * its plan to <cache>/plans/<route>.json, and at the end those pages are moved back into dist/.
 * Why move, not copy: writing and deleting files is what costs on this kind of machine.
 *
 * The integration (src/integrations/page-cache.ts) sets the environment variable below at the
 * start of `astro build`; without it (astro dev, or PAGE_CACHE=off) every route renders every page.
 * A page edited by hand in dist/ is not noticed: dist/ is output.
 */
export const PAGE_CACHE_ENV = 'HENGYANG_PAGE_CACHE';

/** What the integration tells the routes: the cache folder and the build's fingerprint. */
interface PageCacheSetting {
	readonly dir: string;
	readonly fingerprint: string;
	/** The manifest of the build before: the keys of the pages it left ('' for none). */
	readonly keys: string;
	/** Tells one build from the next in one process (tests), for previousKeys' memo. */
	readonly build: string;
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

/** The keys of the pages the build before left, read once per build. */
let keysRead: { build: string; keys: ReadonlySet<string> } | undefined;
function previousKeys(setting: PageCacheSetting): ReadonlySet<string> {
	if (keysRead?.build !== setting.build) {
		const manifest =
			setting.keys === ''
				? undefined
				: (JSON.parse(readFileSync(setting.keys, 'utf8')) as PageManifest);
		keysRead = { build: setting.build, keys: new Set(Object.values(manifest?.pages ?? {})) };
	}
	return keysRead.keys;
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
	const keys = previousKeys(setting);
	const { plan, render } = planRoute(route, setting.fingerprint, paths, (key) => keys.has(key));
	const file = planFile(setting.dir, route);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(plan)}\n`);
	return render.map(({ params, props }) => ({ params, props }));
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

/** Where the pages of the last finished build are listed: site path → key. */
interface PageManifest {
	readonly outDir: string;
	readonly pages: Readonly<Record<string, string>>;
}

/** The manifest of the last finished build, if it describes `distDir`. */
function readManifest(dir: string, distDir: string): PageManifest | undefined {
	const file = join(dir, 'manifest.json');
	if (!existsSync(file)) return undefined;
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
	return manifest.outDir === resolve(distDir) ? manifest : undefined;
}

/** The folder the pages of the build before wait in while `astro build` writes a new dist/. */
function previousDir(dir: string): string {
	return join(dir, 'previous');
}

/**
 * Removes a folder without waiting: it is renamed at once and deleted by a detached `rm -rf`.
 *
 * Why: on this kind of machine deleting is the slow file operation (7,000 files: 8.5 s to
 * delete, 0.8 s to rename); the build does not need to wait for the old files to go.
 */
function discard(dir: string, folder: string): void {
	if (!existsSync(folder)) return;
	const trash = join(dir, `trash-${process.pid}-${Date.now()}`);
	renameSync(folder, trash);
	spawn('rm', ['-rf', trash], { detached: true, stdio: 'ignore' }).unref();
}

/** Builds started in this process. */
let builds = 0;

/**
 * Starts a build's page cache. The dist/ of the last finished build is moved aside (Astro would
 * delete it) so that its unchanged pages can be moved back, and the routes are told which pages
 * it holds. `enabled` false (PAGE_CACHE=off): nothing is kept, every page is rendered.
 */
export function startPageCache(
	dir: string,
	distDir: string,
	fingerprint: string,
	enabled = true,
): void {
	rmSync(join(dir, 'plans'), { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir)) if (name.startsWith('trash-')) discard(dir, join(dir, name));
	if (!enabled) {
		rmSync(join(dir, 'manifest.json'), { force: true });
		discard(dir, previousDir(dir));
		return;
	}
	let manifest = readManifest(dir, distDir);
	// Why: a build that failed leaves the pages of the last finished one in previous/ (and a
	// partial dist/); the manifest still describes previous/.
	if (manifest && existsSync(previousDir(dir))) discard(dir, distDir);
	else if (manifest && existsSync(distDir) && moved(distDir, previousDir(dir))) {
		// dist/ is in previous/ now.
	} else {
		manifest = undefined;
		rmSync(join(dir, 'manifest.json'), { force: true });
		discard(dir, previousDir(dir));
	}
	process.env[PAGE_CACHE_ENV] = JSON.stringify({
		dir,
		fingerprint,
		keys: manifest ? join(dir, 'manifest.json') : '',
		build: `${process.pid}-${++builds}-${Date.now()}`,
	} satisfies PageCacheSetting);
}

/** Renames a folder; false when it cannot (another file system: the cache is then not used). */
function moved(from: string, to: string): boolean {
	try {
		renameSync(from, to);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EXDEV') return false;
		throw error;
	}
}

/** What finishing the cache did. */
export interface PageCacheReport {
	readonly routes: number;
	readonly rendered: number;
	readonly restored: number;
	/** The same counts for each route that caches its pages, in route order. */
	readonly byRoute: readonly RouteReport[];
}

/** What one route took from the cache and rendered. */
export interface RouteReport {
	readonly route: string;
	readonly rendered: number;
	readonly restored: number;
}

/** Moves one page of the build before into dist/: its whole folder when nothing else is in it. */
function movePage(from: string, to: string, leaf: boolean): void {
	if (leaf && !existsSync(dirname(to))) {
		mkdirSync(dirname(dirname(to)), { recursive: true });
		try {
			renameSync(dirname(from), dirname(to));
			return;
		} catch {
			// The folder could not move whole (e.g. it exists in dist/ by now): move the file.
		}
	}
	mkdirSync(dirname(to), { recursive: true });
	renameSync(from, to);
}

/**
 * Ends a build's page cache: moves every page the routes took from the build before into
 * `distDir`, lists this build's pages with their keys for the next build, and discards what is
 * left of the build before. Throws when a page the routes rendered is missing from dist/.
 */
export function finishPageCache(distDir: string, dir: string): PageCacheReport {
	Reflect.deleteProperty(process.env, PAGE_CACHE_ENV);
	const plansDir = join(dir, 'plans');
	const plans = filesUnder(plansDir).map(
		(name) => JSON.parse(readFileSync(join(plansDir, name), 'utf8')) as RoutePlan,
	);
	const previous = previousDir(dir);
	const built = plans.flatMap((plan) =>
		[...plan.render, ...plan.restore].map((page) => page.pathname),
	);
	// Why the build before's pages too: a folder that held other pages then (a month with its day
	// pages, before a FILE_BUDGET folded them) must not move whole and bring them back.
	const pathnames = [
		...new Set([...built, ...Object.keys(readManifest(dir, distDir)?.pages ?? {})]),
	].sort();
	// Why: a page's folder moves whole only when no other page is inside it (/dates/2023/ holds the
	// months); the paths sorted put a folder's pages right after it.
	const leaves = new Set(
		pathnames.filter((pathname, at) => !(pathnames[at + 1] ?? '').startsWith(pathname)),
	);
	const pages: Record<string, string> = {};
	let rendered = 0;
	let restored = 0;
	for (const plan of plans) {
		for (const page of plan.restore) {
			const file = pageFile(page.pathname);
			movePage(join(previous, file), join(distDir, file), leaves.has(page.pathname));
			pages[page.pathname] = page.key;
			restored++;
		}
		for (const page of plan.render) {
			if (!existsSync(join(distDir, pageFile(page.pathname)))) {
				throw new Error(`page cache: ${plan.route} rendered no ${pageFile(page.pathname)}`);
			}
			pages[page.pathname] = page.key;
			rendered++;
		}
	}
	const manifest: PageManifest = {
		outDir: resolve(distDir),
		pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : 1))),
	};
	writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest)}\n`);
	discard(dir, previous);
	rmSync(plansDir, { recursive: true, force: true });
	const byRoute = plans
		.map((plan) => ({
			route: plan.route,
			rendered: plan.render.length,
			restored: plan.restore.length,
		}))
		.sort((a, b) => (a.route < b.route ? -1 : 1));
	return { routes: plans.length, rendered, restored, byRoute };
}
