/**
 * How a big site's pages are split into the parts Pagefind indexes one process each (see
 * writeSearchIndex in src/integrations/pagefind.ts), and what of each page Pagefind is given.
 *
 * Why a stable split: a part's index is cached under a hash of exactly what Pagefind reads from
 * its pages, so adding one article should change one part, not shift every page after it.
 */
import { createHash } from 'node:crypto';

/** A page of a part: its URL and the digest (pageDigest) of what Pagefind is given of it. */
export interface PartPage {
	readonly url: string;
	readonly digest: string;
}

/** The SHA-256 (hex) of what Pagefind is given of a page (pagefindInput). */
export function pageDigest(input: string): string {
	return createHash('sha256').update(input).digest('hex');
}

/**
 * The number of parts for `pages` pages: at most `partPages` a part on average, and even, so two
 * processes share the work; one part when the site fits in one.
 *
 * Why it depends on the page count alone (not on the machine's cores): the merged index must be
 * the same bytes wherever it is built.
 */
export function partCount(pages: number, partPages: number): number {
	if (pages <= partPages) return 1;
	const parts = Math.ceil(pages / partPages);
	return parts % 2 === 0 ? parts : parts + 1;
}

/** The part a page's URL falls in: its SHA-256 read as a number, modulo `parts`. */
export function partOf(url: string, parts: number): number {
	return createHash('sha256').update(url).digest().readUInt32BE(0) % parts;
}

/** The pages of each part (`parts` lists, some possibly empty), each list in URL order. */
export function splitIntoParts<T extends { readonly url: string }>(
	pages: readonly T[],
	parts: number,
): T[][] {
	const split: T[][] = Array.from({ length: parts }, () => []);
	for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)))
		split[partOf(page.url, parts)]?.push(page);
	return split;
}

/**
 * What Pagefind is given of a page: the `<html>` tag and the one element carrying
 * data-pagefind-body, in an otherwise empty document; or the page whole when that would leave
 * out something Pagefind reads (a second body element, a data-pagefind-* attribute outside the
 * body element) or the element's end cannot be found.
 *
 * Why: once a page has data-pagefind-body, Pagefind indexes only that element (its text, meta,
 * filters); an article page's related list, neighbours' titles and page chrome lie outside it and
 * change when another article is added, which must not change the page's cache key.
 */
export function pagefindInput(html: string): string {
	const marker = html.indexOf('data-pagefind-body');
	if (marker === -1 || html.includes('data-pagefind-body', marker + 1)) return html;
	const start = html.lastIndexOf('<', marker);
	const name = /^<([a-z][a-z0-9-]*)\b/iu.exec(html.slice(start))?.[1];
	if (start === -1 || name === undefined) return html;
	const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'giu');
	tags.lastIndex = start;
	let depth = 0;
	let end = -1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] === '/' ? -1 : 1;
		if (depth === 0) {
			end = tag.index + tag[0].length;
			break;
		}
	}
	if (end === -1) return html;
	if (html.slice(0, start).includes('data-pagefind') || html.slice(end).includes('data-pagefind'))
		return html;
	const htmlTag = /<html\b[^>]*>/iu.exec(html)?.[0] ?? '<html>';
	return `<!doctype html>${htmlTag}<body>${html.slice(start, end)}</body></html>`;
}

/**
 * The cache key of a part: a hash of `salt` (what else decides the output: Pagefind's version,
 * its options) and of each page's URL and digest, in order.
 */
export function partKey(salt: string, pages: readonly PartPage[]): string {
	// Why the lengths first: no two different lists of pages hash the same bytes.
	const hash = createHash('sha256').update(`${salt.length}:${salt}`);
	for (const page of pages)
		hash.update(`${page.url.length}:${page.digest.length}:`).update(page.url).update(page.digest);
	return hash.digest('hex').slice(0, 32);
}
