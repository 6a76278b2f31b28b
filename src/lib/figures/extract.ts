import type { Figure } from '../../schemas/figure.ts';
import { indicatorByName } from './lexicon.ts';
import { readSentence, type Reading } from './read.ts';
import { inferRegion } from './region.ts';
import { figureScopes } from './scope.ts';
import { bodyParagraphs, splitSentences, type BodyParagraph } from './sentences.ts';
import {
	explicitYear,
	headingYear,
	inferTiming,
	namesSpan,
	nearestCue,
	relativeYear,
	type ArticleTime,
	type PeriodHint,
} from './time.ts';

/** What the extractor needs of an article: its id, date, ranked regions and Markdown body. */
export interface FigureSource {
	id: string;
	/** ISO date (YYYY-MM-DD) or null. */
	date: string | null;
	/** Canonical region names, primary first. */
	regions: readonly string[];
	/** The Markdown body as written by bodyMarkdown. */
	body: string;
}

/** Year and month of an ISO date, or nulls. */
export function articleTime(date: string | null): ArticleTime {
	const match = date === null ? null : /^(\d{4})-(\d{2})-\d{2}$/u.exec(date);
	return match ? { year: Number(match[1]), month: Number(match[2]) } : { year: null, month: null };
}

/** The year hint for a figure: a year in its sentence, a relative word there, else its section heading's year. */
function periodHint(
	before: string,
	paragraph: BodyParagraph,
	time: ArticleTime,
): PeriodHint | undefined {
	const explicit = explicitYear(before);
	if (explicit !== undefined) return { year: explicit, source: 'sentence' };
	const relative = time.year === null ? undefined : relativeYear(before, time.year);
	if (relative !== undefined) return { year: relative, source: 'relative' };
	const heading = headingYear(paragraph.headings);
	return heading === undefined ? undefined : { year: heading, source: 'heading' };
}

// Why: 预计月底将达100% forecasts progress; only these words make a forward figure a goal.
const GOAL_CUES = new Set(['力争', '确保', '目标', '预期', '争取', '力促', '控制在']);

/** Joins a reading with its year, kind and region into a figure. */
function toFigure(
	reading: Reading,
	context: {
		sentence: string;
		paragraph: BodyParagraph;
		cueText: string;
		sentenceStart: number;
		time: ArticleTime;
		regions: readonly string[];
	},
): Figure {
	const { sentence, paragraph, time } = context;
	const before = sentence.slice(0, reading.start);
	const cue = nearestCue(context.cueText);
	const timing = inferTiming(periodHint(before, paragraph, time), cue?.outlook, time);
	const notes: string[] = [];
	let period = timing.period;
	let uncertain = false;
	const note = (text: string, doubt: boolean): void => {
		notes.push(text);
		uncertain ||= doubt;
	};
	if (timing.uncertain !== undefined) note(timing.uncertain, true);
	if (reading.uncertain !== undefined) note(reading.uncertain, true);
	if (namesSpan(before)) {
		period = null;
		note('句中是跨年度的时段，不归入某一年', true);
	}
	// Why: 预计县内GDP增长5.8%，总量突破200亿大关；… — 预计 reaches to the next semicolon.
	const clauseRun = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
	const estimated = clauseRun.includes('预计');
	let outlook = timing.outlook;
	if (estimated && outlook === 'forward' && !(cue && GOAL_CUES.has(cue.word))) {
		// Why: 截至目前…开工率已达到73%，预计月底将达100% is a forecast, not a goal set for the year.
		outlook = 'result';
		note('报道中的预计数，不是目标，也还不是实绩', true);
	}
	const scopes = figureScopes({
		before,
		after: sentence.slice(reading.end),
		itemBefore: clauseRun,
		paragraphBefore: paragraph.text.slice(0, context.sentenceStart),
		sentence,
		asOf:
			time.year === null ? null : `${time.year}年${time.month === null ? '' : `${time.month}月`}`,
	});
	for (const found of scopes) note(found.note, found.uncertain);
	const scope = scopes[0]?.scope;
	if (scope === 'multi-year') period = null;
	const plan =
		outlook === 'forward' &&
		(indicatorByName(reading.indicator)?.plan === true || cue?.word === '计划');
	const kind = outlook === 'result' ? 'result' : plan ? 'plan' : 'target';
	const joined = notes.join('；');
	return {
		indicator: reading.indicator,
		printedIndicator: reading.printedIndicator,
		measure: reading.measure,
		value: reading.value,
		unit: reading.unit,
		qualifier: reading.qualifier,
		printed: reading.printed,
		kind,
		period,
		region: inferRegion(before, context.regions),
		estimated,
		sentence,
		paragraph: paragraph.index,
		uncertain,
		...(joined === '' ? {} : { note: joined }),
		...(scope === undefined ? {} : { scope }),
	};
}

/** A list item continues the paragraph before: it opens with a semicolon list, and that paragraph ends in one or a colon. */
function continuesList(previous: BodyParagraph, paragraph: BodyParagraph): boolean {
	const first = splitSentences(paragraph.text)[0]?.text ?? '';
	const last = splitSentences(previous.text).at(-1)?.text ?? '';
	return /[；;]/u.test(first) && (/[；;]/u.test(last) || /[：:]\s*$/u.test(previous.text));
}

/**
 * The paragraphs whose cue words reach a paragraph: itself, and the paragraphs before it in its
 * section while each continues the list of the one before. Why: 提质改造老旧小区9个… continues the 确保
 * list of the paragraph before, but a plain 地区生产总值增长5.3%。 after a 力争 paragraph is no goal.
 */
function cueParagraphs(paragraphs: readonly BodyParagraph[], paragraph: BodyParagraph): string[] {
	const out: string[] = [];
	let current = paragraph;
	for (let i = paragraph.index - 1; i >= paragraph.sectionStart; i--) {
		const previous = paragraphs[i];
		if (!previous || !continuesList(previous, current)) break;
		out.unshift(previous.text);
		current = previous;
	}
	return out;
}

/**
 * Every figure an article states, in reading order. paragraph counts the body's paragraphs without
 * its headings (the nth <p> of the rendered body); sentence is plain text, as a reader sees it.
 */
export function extractFigures(article: FigureSource): Figure[] {
	const time = articleTime(article.date);
	const paragraphs = bodyParagraphs(article.body);
	const out: Figure[] = [];
	for (const paragraph of paragraphs) {
		const earlier = cueParagraphs(paragraphs, paragraph);
		for (const { text: sentence, start } of splitSentences(paragraph.text)) {
			for (const reading of readSentence(sentence)) {
				const cueText = [...earlier, paragraph.text.slice(0, start + reading.start)].join('\n');
				out.push(
					toFigure(reading, {
						sentence,
						paragraph,
						cueText,
						sentenceStart: start,
						time,
						regions: article.regions,
					}),
				);
			}
		}
	}
	return out;
}
