import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/**
 * The built site: dist/, or DIST_DIR (absolute, with a trailing slash) for a build made with
 * `npx astro build --outDir <dir>` — handy when several people build in one tree.
 */
export const distDir =
	process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** Where screenshots go (ignored by git). */
export const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Offline, no background traffic, fresh profile (launch() gives each run a new temporary one). */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** The message every built-site check fails with when there is nothing to check. */
export const notBuiltMessage = `no built site in ${distDir}: run \`npm run build\` first`;

/** Whether dist/ holds a built site (its home page and its article export). */
export function isBuilt(): boolean {
	return (
		existsSync(join(distDir, 'index.html')) && existsSync(join(distDir, 'data', 'articles.json'))
	);
}

/** Throws the "run `npm run build` first" error when dist/ holds no built site. */
export function requireBuiltSite(): void {
	if (!isBuilt()) throw new Error(notBuiltMessage);
}

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/**
 * The site path of every HTML page of dist/ (/, /articles/<id>/, …), sorted; Pagefind's own
 * files are not pages of the site.
 */
export function builtPagePaths(): string[] {
	return filesUnder(distDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${relative(distDir, file).split(sep).join('/')}`)
		.filter((path) => !path.startsWith('/pagefind/'))
		.map((path) => path.replace(/index\.html$/, ''))
		.sort();
}

/**
 * The route pattern of a site path: every segment after the first becomes an asterisk, so
 * /articles/<id>/ and /articles/<other id>/ share one type, and /dates/2023/ and /dates/2023/01/
 * are two.
 */
export function pageType(path: string): string {
	const segments = path.split('/').filter((segment) => segment !== '');
	return `/${segments.map((segment, index) => (index === 0 ? segment : '*')).join('/')}${segments.length > 0 ? '/' : ''}`;
}

/**
 * One page per page type: the one with the largest HTML file, which shows the most of what the
 * type can show (captions, doubts, long lists).
 */
export function largestPagePerType(paths: readonly string[]): string[] {
	const chosen = new Map<string, { path: string; size: number }>();
	for (const path of paths) {
		const size = statSync(join(distDir, path, 'index.html')).size;
		const type = pageType(path);
		const current = chosen.get(type);
		if (!current || size > current.size) chosen.set(type, { path, size });
	}
	return [...chosen.values()].map((entry) => entry.path).sort();
}

/** The origin absolute URLs of the built site use (astro.config `site`), read from the home page's canonical link. */
export function builtSiteOrigin(): string {
	const home = readFileSync(join(distDir, 'index.html'), 'utf8');
	const match = /<link rel="canonical" href="([^"]+)"/.exec(home);
	if (!match?.[1]) throw new Error('dist/index.html has no canonical link');
	return new URL(match[1]).origin;
}

/** Starts Chromium, failing with the install command when it is missing. */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`no Chromium at ${chromiumPath} (set CHROMIUM_PATH to use another): apt-get install -y chromium fonts-noto-cjk`,
		);
	}
	return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
