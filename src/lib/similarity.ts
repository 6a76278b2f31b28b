/** The set of adjacent character pairs of a text's Han characters, letters and digits. */
export function bigrams(text: string): Set<string> {
	const chars = Array.from(text).filter((char) => /[\p{Script=Han}\p{L}\p{N}]/u.test(char));
	const out = new Set<string>();
	for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
	return out;
}

/**
 * Share of the needle's character pairs that occur in the haystack (0–1). Why: a title printed far from
 * its story shares its words with that story (举办“晨读课堂” and the court's 晨读课堂 paragraphs).
 */
export function containment(needle: string, haystack: string): number {
	const wanted = bigrams(needle);
	if (wanted.size === 0) return 0;
	const have = bigrams(haystack);
	let hits = 0;
	for (const pair of wanted) if (have.has(pair)) hits++;
	return hits / wanted.size;
}
