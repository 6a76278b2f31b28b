import {
	figureFlags,
	figureValueLabel,
	kindLabels,
	periodLabel,
	regionLabel,
} from './figures-format.ts';
import type { FigureRecord } from './figures-records.ts';
import { figureSentenceUrl } from './figures-links.ts';

/**
 * Where a list of figures is shown: on its article's page (a source is a paragraph of the page),
 * on a region's page (a source names its article; the region goes without saying), or on a page
 * that gathers several articles and places (a source names its article; each row its region).
 */
export type FigureListContext = 'article' | 'region' | 'archive';

/** One line of a figure list. */
export interface FigureListItem {
	readonly indicator: string;
	/** The indicator as the article printed it, when that differs from the normalised name. */
	readonly printedIndicator: string | null;
	/** e.g. 2023年. */
	readonly period: string;
	/** 目标, 计划 or 实绩. */
	readonly kind: string;
	/** e.g. 增长8%左右. */
	readonly value: string;
	/** Where the value applies (未注明地区 when unknown); null on a region's page, where it is that region. */
	readonly region: string | null;
	readonly flags: readonly string[];
	readonly note: string | null;
	/** The source sentence: its paragraph with a text fragment (see figureSentenceUrl). */
	readonly sourceUrl: string;
	/** The link text: 第4段 on the article's own page, else the article's title and date. */
	readonly sourceLabel: string;
	/** The sentence the value was read from, for the link's tooltip. */
	readonly sentence: string;
}

/** The list items of the given records, in their order, labelled for where they are shown. */
export function toFigureListItems(
	records: readonly FigureRecord[],
	context: FigureListContext,
): FigureListItem[] {
	return records.map((record) => ({
		indicator: record.indicator,
		printedIndicator: record.printedIndicator === record.indicator ? null : record.printedIndicator,
		period: periodLabel(record.period),
		kind: kindLabels[record.kind],
		value: figureValueLabel(record),
		region: context === 'region' ? null : regionLabel(record.region),
		flags: figureFlags(record),
		note: record.note,
		sourceUrl: figureSentenceUrl(record.sourceUrl, record.sentence),
		sourceLabel:
			context === 'article'
				? `第${record.paragraph + 1}段`
				: record.date === null
					? record.title
					: `${record.title}（${record.date}）`,
		sentence: record.sentence,
	}));
}
