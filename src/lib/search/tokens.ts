import type { LexiconKind } from './lexicon.ts';

/**
 * First word of the hidden search block on an article page. Everything Pagefind indexed after it
 * (tokens, credits, simplified shadow) is for finding the article, never for showing an excerpt.
 */
export const SEARCH_BLOCK_MARKER = 'qxqxqxqxq';

/** A lexicon token as indexed: qx and seven lower-case letters (see termToken). */
export const TOKEN_PATTERN = /\bqx[a-z]{7}\b/g;

/**
 * The index token of a term: qx and seven letters from a hash of kind and term.
 *
 * Why a fixed length of letters only: Pagefind matches a query word against every indexed word
 * that starts with it, so no token may be the start of another (qx…hengyang would find
 * qx…hengyangxian); letters only, because Pagefind splits words at digits and case changes.
 */
export function termToken(kind: LexiconKind, term: string): string {
	let hash = 0x811c9dc5;
	for (const char of `${kind}:${term}`) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	let letters = '';
	for (let i = 0; i < 7; i++) {
		letters += String.fromCharCode(97 + (hash % 26));
		hash = Math.floor(hash / 26);
	}
	return `qx${letters}`;
}
