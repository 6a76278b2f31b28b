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

/** A URL's SHA-256, its first four bytes read as a number. */
function urlHash(url: string): number {
	return createHash('sha256').update(url).digest().readUInt32BE(0);
}

/**
 * Whether a part that has grown to `length` pages ends after the page at `url`: at twice
 * `partPages`; from a quarter of `partPages` on, where the URL's hash is a multiple of
 * `partPages`; from `partPages` on, where it is a multiple of a sixteenth of it.
 *
 * Why two rates (normalised chunking, as in FastCDC): with one rate, one URL in `partPages`, the
 * parts of the 10,000-article benchmark ran from 222 to 2,000 pages (the cap), and a page added
 * in a capped run moved the cap's cut and the next part with it (1.2 parts, 1,780 pages indexed
 * again per added page, simulated at 300 places); with these, 703 to 1,147 pages (and a last part
 * of 88), 1.0 part and 955 pages.
 */
export function endsPart(url: string, length: number, partPages: number): boolean {
	if (length >= 2 * partPages) return true;
	if (length < partPages / 4) return false;
	const hash = urlHash(url);
	if (hash % partPages === 0) return true;
	return length >= partPages && hash % Math.max(1, Math.floor(partPages / 16)) === 0;
}

/**
 * Cuts pages given one by one in URL order (byUrl) into parts: one part while they are at most
 * `partPages`; else a part ends after each page where endsPart says. Parts are about `partPages`
 * pages, at most twice that, none empty. `add` returns the parts a page makes whole, `end` the
 * rest; their concatenation is every page, in order.
 *
 * Why cut where the URLs say (content-defined, as rsync and restic cut files into chunks): adding
 * a page changes the part it falls in (or cuts it in two), not the parts after it, whatever the
 * page count. Before, a page's part was a hash of its URL modulo a part count that grew with the
 * site (11 → 12 parts at 10,001 pages), and a rebuild that changed the count indexed every part
 * afresh.
 *
 * Why one page at a time: the index step indexes a part while it reads the pages of the next
 * (writeSearchIndex). Parts cut before `partPages` pages are seen are held back, since a site of
 * at most `partPages` pages is one part.
 */
export class PartCutter<T extends { readonly url: string }> {
	readonly #partPages: number;
	#part: T[] = [];
	#held: T[][] = [];
	#seen = 0;

	constructor(partPages: number) {
		this.#partPages = partPages;
	}

	/** Adds the next page (in URL order); the parts it makes whole, in order (often none). */
	add(page: T): T[][] {
		this.#seen++;
		this.#part.push(page);
		if (!endsPart(page.url, this.#part.length, this.#partPages)) return [];
		this.#held.push(this.#part);
		this.#part = [];
		if (this.#seen <= this.#partPages) return [];
		const whole = this.#held;
		this.#held = [];
		return whole;
	}

	/** The parts left once every page is added (one part, perhaps empty, for at most `partPages`). */
	end(): T[][] {
		const rest =
			this.#seen <= this.#partPages ? [[...this.#held.flat(), ...this.#part]] : this.#held;
		if (this.#seen > this.#partPages && this.#part.length > 0) rest.push(this.#part);
		this.#held = [];
		this.#part = [];
		return rest;
	}
}

/** The order PartCutter takes pages in: by URL, compared by UTF-16 units. */
export function byUrl(a: { readonly url: string }, b: { readonly url: string }): number {
	return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** The pages in URL order, cut into parts (PartCutter). */
export function splitIntoParts<T extends { readonly url: string }>(
	pages: readonly T[],
	partPages: number,
): T[][] {
	const sorted = [...pages].sort(byUrl);
	const cutter = new PartCutter<T>(partPages);
	return [...sorted.flatMap((page) => cutter.add(page)), ...cutter.end()];
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
	if (start === -1) return html;
	const end = elementEnd(html, start);
	if (end === -1) return html;
	if (html.slice(0, start).includes('data-pagefind') || html.slice(end).includes('data-pagefind'))
		return html;
	const htmlTag = /<html\b[^>]*>/iu.exec(html)?.[0] ?? '<html>';
	return `<!doctype html>${htmlTag}<body>${withoutIgnored(html.slice(start, end))}</body></html>`;
}

/** Elements without an end tag: an ignored one of these holds nothing to leave out. */
const VOID_ELEMENTS = new Set(
	'area base br col embed hr img input link meta source track wbr'.split(' '),
);

/**
 * Where the element whose start tag begins at `start` ends (after its end tag), counting nested
 * elements of its name; -1 when its end is not found or it has none (a void element).
 */
function elementEnd(html: string, start: number): number {
	const name = /^<([a-z][a-z0-9-]*)\b/iu.exec(html.slice(start, start + 64))?.[1]?.toLowerCase();
	if (name === undefined || VOID_ELEMENTS.has(name)) return -1;
	const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'giu');
	tags.lastIndex = start;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] === '/' ? -1 : 1;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}

/**
 * What an ignored element may hold that Pagefind reads: a data-pagefind-* attribute other than
 * data-pagefind-ignore (a nested ignored element adds nothing), or an image.
 */
const READ_INSIDE_IGNORED = /data-pagefind(?!-ignore[\s=>/])|<img\b/iu;

/**
 * The body element's HTML without the elements marked data-pagefind-ignore that hold nothing
 * else Pagefind might read (READ_INSIDE_IGNORED: no data-pagefind-* attribute but nested ignores;
 * no image, since Pagefind takes a page's first image for its image meta, which was not checked
 * inside ignored elements, so such an element is kept). Pagefind indexes no text of such an
 * element, so its index is the same bytes (compared over the 10,000-article benchmark's whole
 * index). An article page of that benchmark is 27 kB; Pagefind was given 12.6 kB of it while
 * nested ignores kept the printed text, and 8.3 kB since (adding 1,000 pages: 0.67 s, 0.61 s).
 */
export function withoutIgnored(html: string): string {
	const attribute = /\sdata-pagefind-ignore(?=[\s=>/])/giu;
	let out = '';
	let from = 0;
	for (let found = attribute.exec(html); found; found = attribute.exec(html)) {
		const start = html.lastIndexOf('<', found.index);
		// Why: the attribute must be in a start tag, not in text or an attribute's quoted value.
		const before = html.slice(start, found.index);
		if (start < from || before.includes('>') || before.split('"').length % 2 === 0) continue;
		const end = elementEnd(html, start);
		if (end === -1) continue;
		const element = before + html.slice(found.index + found[0].length, end);
		if (READ_INSIDE_IGNORED.test(element)) continue;
		out += html.slice(from, start);
		from = end;
		attribute.lastIndex = end;
	}
	return out + html.slice(from);
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
