import type { Figure } from '../../schemas/figure.ts';
import { indicatorByName } from './lexicon.ts';
import { readSentence, type Reading } from './read.ts';
import { inferRegion } from './region.ts';
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

const HOLIDAY = /春节|假期|黄金周|国庆|五一/u;

/** Joins a reading with its year, kind and region into a figure. */
function toFigure(
	reading: Reading,
	context: {
		sentence: string;
		paragraph: BodyParagraph;
		cueText: string;
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
	if (timing.uncertain !== undefined) notes.push(timing.uncertain);
	if (reading.uncertain !== undefined) notes.push(reading.uncertain);
	if (namesSpan(before)) {
		period = null;
		notes.push('句中是跨年度的时段，不归入某一年');
	}
	const plan =
		timing.outlook === 'forward' &&
		(indicatorByName(reading.indicator)?.plan === true || cue?.word === '计划');
	const kind = timing.outlook === 'result' ? 'result' : plan ? 'plan' : 'target';
	// Why: 预计县内GDP增长5.8%，总量突破200亿大关；… — 预计 reaches to the next semicolon.
	const clauseRun = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
	const holiday = HOLIDAY.test(sentence) ? '只是节假日期间的数字，不是全年' : undefined;
	const note = [...notes, ...(holiday === undefined ? [] : [holiday])].join('；');
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
		estimated: clauseRun.includes('预计'),
		sentence,
		paragraph: paragraph.index,
		uncertain: notes.length > 0,
		...(note === '' ? {} : { note }),
	};
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
		const section = paragraphs.slice(paragraph.sectionStart, paragraph.index).map((p) => p.text);
		for (const { text: sentence, start } of splitSentences(paragraph.text)) {
			for (const reading of readSentence(sentence)) {
				// Why: 提质改造老旧小区9个 continues a list whose 确保 stands in the paragraph before.
				const cueText = [...section, paragraph.text.slice(0, start + reading.start)].join('\n');
				out.push(
					toFigure(reading, { sentence, paragraph, cueText, time, regions: article.regions }),
				);
			}
		}
	}
	return out;
}
