import { LEXICON, MODIFIERS_BEFORE, type Indicator } from './lexicon.ts';
import { byFirstUnit, firstUnitTable } from '../search/text.ts';

/** Where a lexicon form was found. */
export interface FormMatch {
	indicator: Indicator;
	form: string;
	start: number;
	end: number;
}

interface Form {
	form: string;
	indicator: Indicator;
	after?: RegExp;
}

const FORMS: Form[] = LEXICON.flatMap((indicator): Form[] => {
	const { contextual } = indicator;
	return [
		...indicator.forms.map((form) => ({ form, indicator })),
		...(contextual
			? contextual.forms.map((form) => ({ form, indicator, after: contextual.after }))
			: []),
	];
}).sort((a, b) => b.form.length - a.form.length);

/** The forms by their first UTF-16 unit, longest first (FORMS' order). */
const FORMS_BY_FIRST = byFirstUnit(FORMS, (form) => form.form);

/**
 * 1 for each UTF-16 unit a form starts with: findForms passes over every other position, and
 * formAt tries only the forms of the position's unit.
 *
 * Why: trying every form at every character of every article was 3 s of each ingest worker's 25 s
 * at 10,000 articles (CPU profile, 2026-12-07).
 */
const FORM_STARTS = firstUnitTable(FORMS_BY_FIRST.keys());

// Why: 固定资产投资中产业投资增长15% gives a part of the investment; the number is not the whole's.
const PART_AFTER = /^中(?![小心])/u;

/**
 * The longest form at position i, and whether a modifier before it (人均) or a 中 after it makes it
 * another statistic; a blocked form is skipped whole, so 人均地区生产总值 does not yield 生产总值.
 */
function formAt(text: string, i: number): { hit: Form; blocked: boolean } | undefined {
	const before = text.slice(0, i);
	const hit = (FORMS_BY_FIRST.get(text.charAt(i)) ?? []).find(
		({ form, indicator, after }) =>
			text.startsWith(form, i) &&
			!(indicator.notAfter?.some((prefix) => before.endsWith(prefix)) ?? false) &&
			(after === undefined || after.test(before)),
	);
	if (!hit) return undefined;
	const blocked =
		MODIFIERS_BEFORE.some((modifier) => before.endsWith(modifier)) ||
		PART_AFTER.test(text.slice(i + hit.form.length));
	return { hit, blocked };
}

/**
 * Every lexicon form in text[from, to), scanning left to right and taking the longest form at each
 * position; contextual forms look at the whole text before them.
 */
export function findForms(text: string, from = 0, to = text.length): FormMatch[] {
	const out: FormMatch[] = [];
	let i = from;
	while (i < to) {
		if (FORM_STARTS[text.charCodeAt(i)] === 0) {
			i++;
			continue;
		}
		const found = formAt(text, i);
		if (found && i + found.hit.form.length <= to) {
			const { hit } = found;
			if (!found.blocked)
				out.push({ indicator: hit.indicator, form: hit.form, start: i, end: i + hit.form.length });
			i += hit.form.length;
		} else i++;
	}
	return out;
}

// Why: 52个在衡省重点项目, 22个市重点项目 put a level or a place between the count and the noun.
const POSTFIX_MODIFIER = /^(?:在衡)?(?:首批)?(?:省级|市级|县级|省|市|县)?/u;

/** The count indicator printed right after a count (89个重点项目), or undefined. */
export function postfixForm(textAfter: string): { indicator: Indicator; form: string } | undefined {
	const modifier = POSTFIX_MODIFIER.exec(textAfter)?.[0] ?? '';
	const rest = textAfter.slice(modifier.length);
	for (const indicator of LEXICON) {
		const form = indicator.postfix?.find((candidate) => rest.startsWith(candidate));
		if (form) return { indicator, form: modifier + form };
	}
	return undefined;
}

/**
 * Resolves one item of a 分别 list (城镇、农村居民人均可支配收入): the item itself if it names an
 * indicator, else the item joined to the head of the last item (城镇 + 居民人均可支配收入).
 */
export function resolveListItem(
	text: string,
	item: { start: number; end: number },
	last: { start: number; end: number },
): { indicator: Indicator; printed: string } | undefined {
	const own = findForms(text, item.start, item.end).at(-1);
	if (own) return { indicator: own.indicator, printed: own.form };
	const itemText = text.slice(item.start, item.end);
	for (let cut = last.start + 1; cut < last.end; cut++) {
		const joined = text.slice(0, item.start) + itemText + text.slice(cut, last.end);
		const hit = findForms(joined, item.start, joined.length).find(
			(match) => match.start < item.end,
		);
		if (hit?.end === joined.length)
			return { indicator: hit.indicator, printed: itemText + text.slice(cut, last.end) };
	}
	return undefined;
}
