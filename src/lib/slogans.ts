/** Chinese numerals that count the parts of a numbered formula (零 is not one: 清零 is no formula). */
const NUMERAL = '一二三四五六七八九十两百千';
/** Measure words that may follow the numeral: 五个一, 七大任务, 三张清单, 三类. */
const MEASURE = '个大项张类条支排件';

const FORMULA = new RegExp(
	`^(?:[\\p{Script=Han}]{2})?(?:[${NUMERAL}]{1,2}[${MEASURE}]?[^${NUMERAL}\\P{Script=Han}]{0,3}){1,4}$`,
	'u',
);

/** Phrases that have a numeral but are idioms or ordinals, not formulas. */
const NOT_FORMULAS = [
	/^第/u,
	/^最后/u,
	/^一(?:起|体|直|定|些|切|样|般|致|流|线|手|律)/u,
	/^[一二]十[一二三四五六七八九]?$/u,
	// Why: “一个统领”“一项根本” are the parts of 五个一, one item each, not formulas of their own.
	/^一[个项条排支张件][^一二三四五六七八九十两百千]+$/u,
	// Why: “百亿”产业 is an amount of money, not a formula.
	/[亿万]/u,
];

/** A formula with words before its numeral (发展六仗) must be a whole quotation and not count “one”: 上下一心 is an idiom. */
const PREFIXED = new RegExp(`^[\\p{Script=Han}]{2}(?=[${NUMERAL}])`, 'u');

/** True when a short phrase has the shape of a numbered formula (三高四新, 五制一平台, 发展六仗, 五个一). */
export function isFormula(phrase: string, wholeQuote = true): boolean {
	const length = Array.from(phrase).length;
	if (length < 2 || length > 9) return false;
	if (/[0-9A-Za-z]/u.test(phrase)) return false;
	if (!FORMULA.test(phrase)) return false;
	if (NOT_FORMULAS.some((pattern) => pattern.test(phrase))) return false;
	if (!new RegExp(`^[${NUMERAL}]`, 'u').test(phrase)) {
		if (!wholeQuote || !PREFIXED.test(phrase) || Array.from(phrase)[2] === '一') return false;
	}
	return new RegExp(`[${NUMERAL}]`, 'u').test(phrase);
}

/**
 * Finds the numbered political formulas an article uses, as printed (七任务 and 七大任务 are both kept).
 * A formula is a quoted phrase of formula shape (“三高四新”, “五大中心、六大板块、七大产业” gives three);
 * once found, its unquoted uses count too. Order: first appearance.
 */
export function findSlogans(text: string): string[] {
	const found = new Map<string, number>();
	for (const match of text.matchAll(/[“"「『]([^”"」』]{2,30})[”"」』]/gu)) {
		const parts = (match[1] ?? '').split(/[、，,\s]+/u);
		for (const part of parts) {
			if (!isFormula(part, parts.length === 1)) continue;
			const index = text.indexOf(part);
			if (!found.has(part) || (found.get(part) ?? 0) > index) found.set(part, index);
		}
	}
	return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([phrase]) => phrase);
}
