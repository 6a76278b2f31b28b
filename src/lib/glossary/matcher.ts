/** One printed form of a glossary entry, e.g. { form: '七任务', slug: 'qi-da-ren-wu' }. */
export interface TermForm {
	form: string;
	slug: string;
}

/** Where a form of an entry stands in a text. */
export interface TermMatch extends TermForm {
	/** UTF-16 offset of the first character. */
	index: number;
}

/**
 * Chinese numerals: a form right after one is the tail of a longer formula (十三保 is not 三保), and
 * a form right before one is its head (三化 in 三化一体, a formula the glossary may not list).
 */
const NUMERALS = new Set(Array.from('一二三四五六七八九十两百千'));

/** What findTermMatches runs for a forms array: one pattern, and each form text's first form. */
interface FormPattern {
	readonly pattern: RegExp;
	readonly byText: ReadonlyMap<string, TermForm>;
}

/** Built once per forms array; null when it has no form to find. */
const formPatterns = new WeakMap<readonly TermForm[], FormPattern | null>();

/** The characters a pattern must escape to match them as themselves. */
const SYNTAX = /[.*+?^${}()|[\]\\/]/gu;

/**
 * The forms as one pattern: any form, tried in the given order at each position, not after a
 * numeral and, for the form tried, not before one (a form the numeral rule refuses lets the next
 * one be tried). An empty form is left out: it never matches.
 *
 * Why a pattern: the forms by first character in a Map, looked up at every character of every
 * article, took 2.7 s of a 10,000-article build (the rehype plugin in the content sync and the
 * concordance; CPU profile, 2026-12-07).
 */
function formPattern(forms: readonly TermForm[]): FormPattern | null {
	let found = formPatterns.get(forms);
	if (found === undefined) {
		const byText = new Map<string, TermForm>();
		for (const form of forms)
			if (form.form !== '' && !byText.has(form.form)) byText.set(form.form, form);
		const numeral = `[${[...NUMERALS].join('')}]`;
		const alternatives = [...byText.keys()].map((text) => text.replace(SYNTAX, '\\$&'));
		found =
			byText.size === 0
				? null
				: {
						pattern: new RegExp(`(?<!${numeral})(?:${alternatives.join('|')})(?!${numeral})`, 'gu'),
						byText,
					};
		formPatterns.set(forms, found);
	}
	return found;
}

/** Forms sorted longest first, the order in which they are tried at each position. */
export function sortForms(forms: readonly TermForm[]): TermForm[] {
	return [...forms].sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
}

/**
 * Finds the forms in a text, scanning left to right and taking the longest form at each position,
 * so a form inside a longer one is never found on its own (四上 inside 四上企业, 三化 inside a longer
 * formula), nor one that a numeral continues or precedes (see NUMERALS). A longest match whose slug is not in `allowed` is stepped over whole: it hides the
 * shorter forms inside it. `forms` must come from sortForms.
 */
export function findTermMatches(
	text: string,
	forms: readonly TermForm[],
	allowed?: ReadonlySet<string>,
): TermMatch[] {
	const found = formPattern(forms);
	if (!found) return [];
	const matches: TermMatch[] = [];
	for (const match of text.matchAll(found.pattern)) {
		const hit = found.byText.get(match[0]);
		if (hit && (!allowed || allowed.has(hit.slug))) matches.push({ ...hit, index: match.index });
	}
	return matches;
}
