import { createHash } from 'node:crypto';
import type { Lexicon } from './lexicon.ts';

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
	for (const char of text) {
		const simplified = charMap[char];
		if (simplified !== undefined) pairs.add(`${char}${simplified}`);
	}
	return [...pairs].sort().join('');
}
