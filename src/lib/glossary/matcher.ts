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

/** The forms by their first UTF-16 unit, in the given order; built once per forms array. */
const firstCharIndexes = new WeakMap<readonly TermForm[], Map<string, TermForm[]>>();

/**
 * The forms that can start at a character, longest first.
 *
 * Why: trying every form at every character of every article was the glossary plugin's cost in
 * the content sync (forms × characters calls of startsWith).
 */
function formsByFirstChar(forms: readonly TermForm[]): Map<string, TermForm[]> {
	let index = firstCharIndexes.get(forms);
	if (!index) {
		index = new Map();
		for (const form of forms) {
			const first = form.form.charAt(0);
			const list = index.get(first);
			if (list) list.push(form);
			else index.set(first, [form]);
		}
		firstCharIndexes.set(forms, index);
	}
	return index;
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
	const byFirst = formsByFirstChar(forms);
	const matches: TermMatch[] = [];
	let index = 0;
	while (index < text.length) {
		const before = index > 0 ? text.charAt(index - 1) : '';
		const hit = NUMERALS.has(before)
			? undefined
			: (byFirst.get(text.charAt(index)) ?? []).find(
					({ form }) =>
						text.startsWith(form, index) && !NUMERALS.has(text.charAt(index + form.length)),
				);
		if (!hit) {
			index++;
			continue;
		}
		if (!allowed || allowed.has(hit.slug)) matches.push({ ...hit, index });
		index += hit.form.length;
	}
	return matches;
}
