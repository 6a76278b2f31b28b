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
	const folds = foldsOf(charMap);
	let out = '';
	// Characters that fold to themselves (most of a Chinese text) are copied a stretch at a time.
	let copied = 0;
	for (let at = 0; at < text.length;) {
		const unit = text.charCodeAt(at);
		const state = folds.units[unit];
		if (state === UNCHANGED) {
			at++;
			continue;
		}
		// Why codePointAt: foldText reads the text as `for…of` does, a whole surrogate pair at a time.
		const char =
			state === CHANGED ? text.charAt(at) : String.fromCodePoint(text.codePointAt(at) ?? unit);
		let folded = state === CHANGED ? folds.changed.get(unit) : folds.chars.get(char);
		if (folded === undefined) {
			folded = foldChar(char, charMap);
			if (isSurrogate(unit)) folds.chars.set(char, folded);
			else if (folded === char) folds.units[unit] = UNCHANGED;
			else {
				folds.units[unit] = CHANGED;
				folds.changed.set(unit, folded);
			}
		}
		if (folded !== char) {
			out += text.slice(copied, at) + folded;
			copied = at + char.length;
		}
		at += char.length;
	}
	return copied === 0 ? text : out + text.slice(copied);
}

/** A character that folds to itself (0, the table's start, is a unit not yet folded or a surrogate). */
const UNCHANGED = 1;
/** A character that folds to another one. */
const CHANGED = 2;

/** The folds worked out so far for one character map. */
interface Folds {
	/** By UTF-16 unit outside the surrogates: 0 (not yet folded), UNCHANGED or CHANGED. */
	readonly units: Uint8Array;
	/** By UTF-16 unit: the fold of a CHANGED character. */
	readonly changed: Map<number, string>;
	/** A character of two units (or a lone surrogate): its fold. */
	readonly chars: Map<string, string>;
}

/** True for a UTF-16 surrogate unit (half of a character outside the Basic Multilingual Plane). */
function isSurrogate(unit: number): boolean {
	return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * Each character's fold, per character map. Why: NFKC and lower-casing one character at a time
 * were most of the build's time on the search data (13 s for 3,000 articles); a text has few
 * distinct characters. By UTF-16 unit, so that the characters that fold to themselves are passed
 * over without a lookup by string (0.9 s of a 2,000-article build when they were).
 */
const foldCache = new WeakMap<CharMap, Folds>();

/** The folds of a character map (see foldCache). */
function foldsOf(charMap: CharMap): Folds {
	let folds = foldCache.get(charMap);
	if (!folds) {
		folds = { units: new Uint8Array(0x10000), changed: new Map(), chars: new Map() };
		foldCache.set(charMap, folds);
	}
	return folds;
}

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

/**
 * The items by the first UTF-16 unit of their text, each list in the items' order: a scan looks
 * up only the items that can start at a position ('' for items whose text is empty).
 */
export function byFirstUnit<T>(items: Iterable<T>, text: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const first = text(item).charAt(0);
		const group = groups.get(first);
		if (group) group.push(item);
		else groups.set(first, [item]);
	}
	return groups;
}

/**
 * A table by UTF-16 unit, 1 for each unit one of the strings starts with: a scan can pass over
 * every other position of a text without a lookup by string.
 */
export function firstUnitTable(strings: Iterable<string>): Uint8Array {
	const table = new Uint8Array(0x10000);
	for (const text of strings) if (text !== '') table[text.charCodeAt(0)] = 1;
	return table;
}

/** Encodes the characters HTML gives a meaning to, for text placed in markup. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}
