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

/**
 * A count of ranked lists: 三类500强 (three kinds of top-500 lists). Why: the only digits a formula
 * takes are a list's size after a counted measure; 5G+工业互联网 or 15分钟医保服务圈 are no formulas.
 */
const RANKED_LISTS = new RegExp(`^[${NUMERAL}]{1,2}[类个]\\d{2,4}强$`, 'u');

/** The value of a single Chinese numeral that counts a list (二…十, 两). */
const COUNT: Record<string, number> = {
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9,
	十: 10,
};

/** 转型、跨越、创新、统筹、和谐五大发展: a list of items straight before the formula that counts them. */
const COUNTED_LIST = new RegExp(
	`((?:\\p{Script=Han}{1,6}、)+\\p{Script=Han}{1,6}?)([${Object.keys(COUNT).join('')}][大个项])(\\p{Script=Han}{2})(?![\\p{Script=Han}])`,
	'gu',
);

/**
 * Formulas printed unquoted after the list they count: the numeral must equal the number of items.
 * Why: 南岳 prints 实现转型、跨越、创新、统筹、和谐五大发展, five items and 五大发展; a count that does not
 * match (三大任务 after two items) is no evidence.
 */
export function findCountedLists(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(COUNTED_LIST)) {
		const items = (match[1] ?? '').split('、');
		const formula = `${match[2] ?? ''}${match[3] ?? ''}`;
		const count = COUNT[Array.from(formula)[0] ?? ''];
		if (count === items.length && isFormula(formula) && !out.includes(formula)) out.push(formula);
	}
	return out;
}

/** True when a short phrase has the shape of a numbered formula (三高四新, 五制一平台, 发展六仗, 五个一). */
export function isFormula(phrase: string, wholeQuote = true): boolean {
	const length = Array.from(phrase).length;
	if (length < 2 || length > 9) return false;
	if (RANKED_LISTS.test(phrase)) return true;
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
	for (const formula of findCountedLists(text)) {
		const index = text.indexOf(formula);
		if (!found.has(formula) || (found.get(formula) ?? 0) > index) found.set(formula, index);
	}
	return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([phrase]) => phrase);
}
