/** Where a figure's year came from. */
export type PeriodSource = 'sentence' | 'relative' | 'heading';

/** A year and the words it was read from. */
export interface PeriodHint {
	year: number;
	source: PeriodSource;
}

// Why: 较2021年同比增长30% and 比去年增长 name the base of a comparison, not the figure's year.
const BASE_BEFORE = /(?:较|比|同|与|和)$/u;
// Why: 2021年以来 opens a span and 2021年11月至2022年10月 is a span: neither is one year.
const SPAN_AFTER = /^(?:以来|\d{1,2}月至|至\d{4}年)/u;

/** The last year printed in the text (2023年, 2022年度) that is not a comparison base or a span start. */
export function explicitYear(text: string): number | undefined {
	let year: number | undefined;
	for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})年/gu)) {
		const before = text.slice(0, match.index);
		const after = text.slice(match.index + match[0].length);
		if (BASE_BEFORE.test(before) || SPAN_AFTER.test(after)) continue;
		year = Number(match[1]);
	}
	return year;
}

/** The text names a span of months across years (2021年11月至2022年10月): no single year fits. */
export function namesSpan(text: string): boolean {
	return /\d{4}年\d{1,2}月至\d{4}年/u.test(text);
}

const RELATIVE: [pattern: RegExp, offset: number][] = [
	[/今年|本年|截至目前|目前|春节|假期|黄金周/u, 0],
	[/去年|上年|过去的一年|过去一年/u, -1],
	[/明年/u, 1],
];

/** The year a relative word nearest the end of the text points to (今年, 去年, 春节…), given the article's year. */
export function relativeYear(text: string, articleYear: number): number | undefined {
	let best: { index: number; year: number } | undefined;
	for (const [pattern, offset] of RELATIVE) {
		for (const match of text.matchAll(new RegExp(pattern.source, 'gu'))) {
			if (BASE_BEFORE.test(text.slice(0, match.index))) continue;
			if (!best || match.index > best.index)
				best = { index: match.index, year: articleYear + offset };
		}
	}
	return best?.year;
}

/** The year of the innermost heading that prints one (## 2022年“优”的成绩单, ## 2023，争当…). */
export function headingYear(headings: readonly string[]): number | undefined {
	for (const heading of [...headings].reverse()) {
		const match = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(heading);
		if (match) return Number(match[1]);
	}
	return undefined;
}

/** Whether a statement looks ahead (a goal or plan) or back (a result). */
export type Outlook = 'forward' | 'result';

const FORWARD = [
	'力争',
	'确保',
	'目标',
	'预期',
	'计划',
	'争取',
	'新的一年',
	'力促',
	'控制在',
	'将',
];
const BACKWARD = [
	'已',
	'截至',
	'目前',
	'这一年',
	'过去的一年',
	'过去一年',
	'一年来',
	'刚刚过去',
	'春节',
	'假期',
	'黄金周',
];

/**
 * The outlook of the cue word nearest the end of the text: 力争/确保/目标/预期/计划/将 look ahead,
 * 已/截至目前/这一年/春节 look back; undefined when there is none.
 */
export function nearestCue(text: string): { outlook: Outlook; word: string } | undefined {
	let best: { index: number; outlook: Outlook; word: string } | undefined;
	const consider = (words: string[], outlook: Outlook): void => {
		for (const word of words) {
			const index = text.lastIndexOf(word);
			if (index < 0 || (best && index + word.length <= best.index + best.word.length)) continue;
			// Why: 较去年增长68% compares with last year; it says nothing about when the figure was made.
			if (BASE_BEFORE.test(text.slice(0, index))) continue;
			best = { index, outlook, word };
		}
	};
	consider(FORWARD, 'forward');
	consider(BACKWARD, 'result');
	return best && { outlook: best.outlook, word: best.word };
}

/** What is known about the article's date: year and month, or null. */
export interface ArticleTime {
	year: number | null;
	month: number | null;
}

/** A figure's kind (before target/plan are told apart) and year, with a note when unsure. */
export interface Timing {
	outlook: Outlook;
	period: number | null;
	uncertain?: string;
}

/**
 * Decides whether a figure looks ahead or back and which year it belongs to, from (in order) a year
 * in its sentence, a relative word (今年, 去年), its section heading, and the nearest cue word.
 */
export function inferTiming(
	hint: PeriodHint | undefined,
	cue: Outlook | undefined,
	article: ArticleTime,
): Timing {
	const { year, month } = article;
	if (hint && year !== null && hint.year < year) return { outlook: 'result', period: hint.year };
	if (hint && year !== null && hint.year > year) return { outlook: 'forward', period: hint.year };
	if (year === null || month === null) {
		if (cue)
			return {
				outlook: cue,
				period: hint?.year ?? null,
				...(hint ? {} : { uncertain: 'no year in the sentence and no article date' }),
			};
		return {
			outlook: 'result',
			period: hint?.year ?? null,
			uncertain: 'no cue word and no article date',
		};
	}
	// Why: the paper's year-opening reports (January–March) review the year just ended and set goals for
	// the new one; a figure for the current year with no cue can only be a goal, one with no year a result.
	const early = month <= 3;
	if (cue === 'forward') return { outlook: 'forward', period: hint?.year ?? year };
	if (cue === 'result')
		return { outlook: 'result', period: hint?.year ?? (early ? year - 1 : year) };
	if (hint)
		return early
			? { outlook: 'forward', period: hint.year }
			: { outlook: 'result', period: hint.year, uncertain: 'no cue word' };
	if (early) return { outlook: 'result', period: year - 1 };
	return { outlook: 'result', period: null, uncertain: 'no year and no cue word' };
}
