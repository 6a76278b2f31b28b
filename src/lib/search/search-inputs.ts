import { createHash } from 'node:crypto';
import type { Lexicon } from './lexicon.ts';
import type { CharMap } from './text.ts';

/** Each map's characters as one class of a global pattern; null when a key is not one character. */
const charPatterns = new WeakMap<CharMap, RegExp | null>();

/** The pattern that finds any character of a map (see charPatterns). */
function charPattern(charMap: CharMap): RegExp | null {
	let pattern = charPatterns.get(charMap);
	if (pattern === undefined) {
		const chars = Object.keys(charMap);
		pattern =
			chars.length > 0 && chars.every((char) => Array.from(char).length === 1)
				? new RegExp(`[${chars.map((char) => char.replace(/[\\\][^-]/u, '\\$&')).join('')}]`, 'gu')
				: null;
		charPatterns.set(charMap, pattern);
	}
	return pattern;
}

/**
 * What an article's search block (articleSearchData) reads of the archive-wide lexicon, for the
 * page cache's key (src/lib/site/page-cache.ts): the region and slogan entries (their keys, terms
 * and forms with their rules, in order) and, of the traditional → simplified map, the characters
 * of the article's own text. People entries and article counts are not read there.
 */
export function searchLexiconDigest(lexicon: Lexicon): string {
	const terms = lexicon.data.entries
		.filter((entry) => entry.kind === 'region' || entry.kind === 'slogan')
		.map(({ key, kind, term, forms }) => ({ key, kind, term, forms }));
	return createHash('sha256').update(JSON.stringify(terms)).digest('hex').slice(0, 32);
}

/** The traditional → simplified pairs of the characters of a text, in character order. */
export function charMapOf(lexicon: Lexicon, text: string): string {
	const { charMap } = lexicon.data;
	const pairs = new Set<string>();
	// Why a pattern: reading every character of every article with for…of took 1.5 s of a
	// 10,000-article build (CPU profile, 2026-12-07); most articles have none of the map's.
	const pattern = charPattern(charMap);
	const chars = pattern ? Array.from(text.matchAll(pattern), ([char]) => char) : text;
	for (const char of chars) {
		const simplified = charMap[char];
		if (simplified !== undefined) pairs.add(`${char}${simplified}`);
	}
	return [...pairs].sort().join('');
}
