import { LEXICON, type Indicator } from './lexicon.ts';

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

function formAt(text: string, i: number): Form | undefined {
	const before = text.slice(0, i);
	return FORMS.find(
		({ form, indicator, after }) =>
			text.startsWith(form, i) &&
			!(indicator.notAfter?.some((prefix) => before.endsWith(prefix)) ?? false) &&
			(after === undefined || after.test(before)),
	);
}

/**
 * Every lexicon form in text[from, to), scanning left to right and taking the longest form at each
 * position; contextual forms look at the whole text before them.
 */
export function findForms(text: string, from = 0, to = text.length): FormMatch[] {
	const out: FormMatch[] = [];
	let i = from;
	while (i < to) {
		const hit = formAt(text, i);
		if (hit && i + hit.form.length <= to) {
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
