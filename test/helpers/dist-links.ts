import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a built site, relative to it with / separators, sorted. */
export function distFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The file a site path is served from (/a/ → a/index.html), or undefined when there is none. */
function servedFile(dist: string, pathname: string): string | undefined {
	const path = decodeURIComponent(pathname);
	const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? file : undefined;
}

/**
 * The internal links of a built site's HTML pages (href and src on the site, absolute links to
 * `origin` included) that lead nowhere: no file at the path, or no element with the fragment's id
 * on the page. A text directive (#p-4:~:text=…) is checked up to the directive, as a browser
 * falls back to the id. As `page: link` lines, sorted.
 */
export function brokenInternalLinks(dist: string, origin: string): string[] {
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string): Set<string> => {
		let found = ids.get(file);
		if (!found) {
			found = new Set(
				[...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1] ?? ''),
			);
			ids.set(file, found);
		}
		return found;
	};
	const broken: string[] = [];
	for (const page of distFiles(dist).filter((file) => file.endsWith('.html'))) {
		const html = readFileSync(join(dist, page), 'utf8');
		const base = new URL(`/${page.replace(/index\.html$/u, '')}`, origin);
		for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) {
			const raw = (match[1] ?? '').replaceAll('&amp;', '&');
			const url = new URL(raw, base);
			if (url.origin !== new URL(origin).origin) continue;
			const file = servedFile(dist, url.pathname);
			const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
			if (!file || (fragment !== '' && !idsOf(file).has(fragment))) broken.push(`${page}: ${raw}`);
		}
	}
	return broken.sort();
}
