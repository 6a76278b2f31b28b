/**
 * Text normalisation shared by indexing, the browser and the command line: one definition of
 * "the same characters" everywhere, so a query and an article are compared on equal terms.
 */

/** Traditional (or variant) character → simplified character, for the characters of the archive. */
export type CharMap = Readonly<Record<string, string>>;

/** A Han character (CJK ideograph of any block). */
export const hanPattern = /\p{Script=Han}/u;

/** True when the character is a Han ideograph. */
export function isHan(char: string | undefined): boolean {
	return char !== undefined && hanPattern.test(char);
}

/**
 * Folds a text for comparison: Unicode NFKC (full-width Ａ１ → A1, compatibility ideographs →
 * unified ones), lower-case Latin letters, then traditional → simplified character by character.
 *
 * Why character by character: the result has exactly as many UTF-16 units as the input, so an
 * offset found in the folded text is the offset in the printed text (needed to highlight a match
 * in an article printed in traditional characters).
 */
export function foldText(text: string, charMap: CharMap): string {
	let folds = foldCache.get(charMap);
	if (!folds) {
		folds = new Map();
		foldCache.set(charMap, folds);
	}
	let out = '';
	for (const char of text) {
		let folded = folds.get(char);
		if (folded === undefined) {
			folded = foldChar(char, charMap);
			folds.set(char, folded);
		}
		out += folded;
	}
	return out;
}

/**
 * Each character's fold, per character map. Why: NFKC and lower-casing one character at a time
 * were most of the build's time on the search data (13 s for 3,000 articles); a text has few
 * distinct characters.
 */
const foldCache = new WeakMap<CharMap, Map<string, string>>();

/** One character folded (see foldText): the same number of UTF-16 units as the character. */
function foldChar(char: string, charMap: CharMap): string {
	const nfkc = char.normalize('NFKC');
	// Why: NFKC can change the length (㈠ → (一)); keep such characters as they are.
	const base = nfkc.length === char.length ? nfkc : char;
	const lower = base.toLowerCase();
	const folded = lower.length === base.length ? lower : base;
	const simplified = charMap[folded];
	return simplified?.length === folded.length ? simplified : folded;
}

/** Encodes the characters HTML gives a meaning to, for text placed in markup. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}
