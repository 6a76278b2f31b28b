import { findTerms, type Lexicon } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { SEARCH_BLOCK_MARKER, TOKEN_PATTERN } from './tokens.ts';
import { escapeHtml, foldText } from './text.ts';

/** A stretch of text to highlight, in UTF-16 offsets. */
export interface Range {
	readonly start: number;
	readonly end: number;
}

/** A result excerpt: the text, the same text with <mark> around the matches, and the first match. */
export interface Excerpt {
	readonly plain: string;
	readonly html: string;
	/** The first highlighted words as printed, or null. */
	readonly firstMatch: string | null;
	/** A text directive for the first match (prefix-,match,-suffix, encoded), or null: see textDirective. */
	readonly directive: string | null;
}

/** Characters an excerpt shows. */
export const EXCERPT_LENGTH = 90;

/**
 * The text of a Pagefind fragment a reader may be shown: the visible article, and — when the
 * match is only there — the credits line of the hidden search block, without its tokens.
 */
export function readableParts(content: string): { visible: string; credits: string } {
	const at = content.indexOf(SEARCH_BLOCK_MARKER);
	if (at < 0) return { visible: content, credits: '' };
	const parts = content
		.slice(at + SEARCH_BLOCK_MARKER.length)
		.replace(TOKEN_PATTERN, ' ')
		.split(/\s*\.(?:\s+|$)/u)
		.map((part) => part.trim());
	return {
		visible: content.slice(0, at).replace(/[\s.]+$/u, ''),
		credits: parts.find((part) => /^(?:署名|人物) /u.test(part)) ?? '',
	};
}

/**
 * Where a text matches a parsed query: the query's regions and slogans found by findTerms (so 珠晖
 * lights up for 珠晖区, and 衡阳 in 衡阳日报 does not for 衡阳市), and every literal piece.
 * Sorted, overlaps merged.
 */
export function matchRanges(lexicon: Lexicon, text: string, query: ParsedQuery): Range[] {
	const folded = foldText(text, lexicon.data.charMap);
	const keys = new Set(query.terms.map((term) => term.key));
	const ranges: Range[] = findTerms(lexicon, folded)
		.filter((span) => keys.has(span.entry.key))
		.map(({ start, end }) => ({ start, end }));
	for (const piece of query.pieces) {
		for (let at = folded.indexOf(piece); at >= 0; at = folded.indexOf(piece, at + piece.length))
			ranges.push({ start: at, end: at + piece.length });
	}
	ranges.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Range[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range.start <= last.end)
			merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
		else merged.push(range);
	}
	return merged;
}

/** Start of the window of `length` characters that holds the most matches (the earliest of equals). */
function densestStart(ranges: readonly Range[], length: number): number {
	let best = 0;
	let bestCount = -1;
	for (const range of ranges) {
		const count = ranges.filter(
			(other) => other.start >= range.start && other.end <= range.start + length,
		).length;
		if (count > bestCount) {
			best = range.start;
			bestCount = count;
		}
	}
	return best;
}

/** Encodes text for a text directive: percent-encoding, and - , & too (they are its syntax). */
function encodeDirectiveText(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Punctuation and spaces that end a clause: where a text directive's context may start or end. */
const CLAUSE_BREAK = /[\s，。；：！？、,.;:!?（）()《》]/u;

/** Longest context a text directive carries on either side of the match. */
const CONTEXT_MAX = 24;

/**
 * A text directive (#:~:text=…) that makes the browser scroll to and highlight this match on the
 * article page, not the same words earlier on it (in the facts list, say): the match with the
 * rest of its clause as prefix and suffix.
 *
 * Why whole clauses: the browser only accepts a directive whose ends fall on word boundaries, and
 * in Chinese a clause break is one for certain.
 */
export function textDirective(text: string, range: Range): string {
	let from = range.start;
	while (from > 0 && !CLAUSE_BREAK.test(text.charAt(from - 1)) && range.start - from < CONTEXT_MAX)
		from--;
	let to = range.end;
	while (to < text.length && !CLAUSE_BREAK.test(text.charAt(to)) && to - range.end < CONTEXT_MAX)
		to++;
	const prefix =
		from > 0 && !CLAUSE_BREAK.test(text.charAt(from - 1))
			? ''
			: text.slice(from, range.start).trim();
	const suffix =
		to < text.length && !CLAUSE_BREAK.test(text.charAt(to)) ? '' : text.slice(range.end, to).trim();
	const match = encodeDirectiveText(text.slice(range.start, range.end));
	return [
		prefix ? `${encodeDirectiveText(prefix)}-,` : '',
		match,
		suffix ? `,-${encodeDirectiveText(suffix)}` : '',
	].join('');
}

/**
 * An excerpt of about `length` characters around the densest cluster of matches, with the
 * matches marked. Without matches, the opening of the text.
 */
export function buildExcerpt(
	text: string,
	ranges: readonly Range[],
	length = EXCERPT_LENGTH,
): Excerpt {
	const clean = text;
	let start = 0;
	if (ranges.length > 0) start = Math.max(0, densestStart(ranges, length) - Math.floor(length / 4));
	const end = Math.min(clean.length, start + length);
	start = Math.max(0, Math.min(start, end - length));
	const inside = ranges.filter((range) => range.end > start && range.start < end);
	let html = start > 0 ? '…' : '';
	let cursor = start;
	for (const range of inside) {
		const from = Math.max(range.start, start);
		const to = Math.min(range.end, end);
		html += `${escapeHtml(clean.slice(cursor, from))}<mark>${escapeHtml(clean.slice(from, to))}</mark>`;
		cursor = to;
	}
	html += escapeHtml(clean.slice(cursor, end)) + (end < clean.length ? '…' : '');
	const plain = (start > 0 ? '…' : '') + clean.slice(start, end) + (end < clean.length ? '…' : '');
	const first = inside[0];
	return {
		plain,
		html,
		firstMatch: first ? clean.slice(first.start, first.end) : null,
		directive: first ? textDirective(clean, first) : null,
	};
}

/**
 * The excerpt of a search result: from the visible article where the query matches it, else from
 * the credits line (a reporter named only in the byline), else the opening of the article.
 */
export function resultExcerpt(lexicon: Lexicon, content: string, query: ParsedQuery): Excerpt {
	const { visible, credits } = readableParts(content);
	const ranges = matchRanges(lexicon, visible, query);
	if (ranges.length === 0 && credits !== '') {
		const creditRanges = matchRanges(lexicon, credits, query);
		// Why no directive: the credits line is hidden on the page, the browser could not find it.
		if (creditRanges.length > 0) return { ...buildExcerpt(credits, creditRanges), directive: null };
	}
	return buildExcerpt(visible, ranges);
}

/** Decodes the entities escapeHtml writes. */
function unescapeHtml(text: string): string {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');
}

/**
 * An excerpt's HTML as text segments, marked or not, for building DOM nodes without innerHTML
 * (so the search page works under a CSP that requires Trusted Types).
 */
export function excerptSegments(html: string): { text: string; marked: boolean }[] {
	const segments: { text: string; marked: boolean }[] = [];
	let marked = false;
	for (const part of html.split(/(<mark>|<\/mark>)/u)) {
		if (part === '<mark>') marked = true;
		else if (part === '</mark>') marked = false;
		else if (part !== '') segments.push({ text: unescapeHtml(part), marked });
	}
	return segments;
}
