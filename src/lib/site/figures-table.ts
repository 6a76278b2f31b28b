import type { FigureKind } from '../../schemas/figure.ts';
import type { FigureScope } from '../../schemas/figure.ts';
import { INDICATOR_NAMES, lexiconEntry } from '../figures/lexicon.ts';
import { GAZETTEER } from '../gazetteer.ts';
import {
	figureFlags,
	figureValueLabel,
	kindLabels,
	kindOrder,
	periodLabel,
	printedIndicatorLabel,
	regionLabel,
} from './figures-format.ts';
import type { FigureRecord } from './figures-records.ts';
import { figureSentenceUrl } from './figures-links.ts';

/** The main statistics of a region's economy, in the order work reports list them. */
export const mainIndicators: readonly string[] = [
	'地区生产总值',
	'规模工业增加值',
	'固定资产投资',
	'社会消费品零售总额',
	'地方一般公共预算收入',
	'居民人均可支配收入',
	'进出口总额',
];

/**
 * Indicators the extractor reads as numbers of things (项目, 企业, 学位, 人次), in lexicon order,
 * each followed by its levelled (省重点项目数, 市重点项目数) and started-works (老旧小区改造开工) names.
 */
export const countIndicators: readonly string[] = INDICATOR_NAMES.filter(
	(name) => lexiconEntry(name)?.units.includes('count') ?? false,
);

/**
 * Scopes that keep a figure out of the tables: one venue's, one village's, a few months' or several
 * years' figure is not comparable with a region's total for a year, so it is listed with its note
 * instead. Why: 整个黄金周共接待游客2.1万人次 (衡阳党史馆) sat beside the city's 近35万人次.
 */
export const tableExcludedScopes: readonly FigureScope[] = [
	'venue',
	'per-unit',
	'part-year',
	'multi-year',
];

/** The record may stand in a table cell beside regional totals. */
export function fitsTable(record: Pick<FigureRecord, 'scope'>): boolean {
	return record.scope === null || !tableExcludedScopes.includes(record.scope);
}

/**
 * The records neither table shows: indicators in neither (地方税收, 城镇居民人均可支配收入, 粮食播种面积 …)
 * and figures whose scope keeps them out of the tables, grouped by indicator in lexicon order,
 * record order within an indicator.
 */
export function otherFigures(records: readonly FigureRecord[]): FigureRecord[] {
	const rank = (name: string): number => INDICATOR_NAMES.indexOf(name);
	return records
		.filter(
			(record) =>
				!fitsTable(record) ||
				(!mainIndicators.includes(record.indicator) && !countIndicators.includes(record.indicator)),
		)
		.sort((a, b) => rank(a.indicator) - rank(b.indicator));
}

/** One value in a table cell, with the link to the paragraph it was read from. */
export interface FigureEntry {
	/** The value as a reader says it, e.g. 增长8%左右. */
	readonly label: string;
	/** The indicator as printed where it says more than the row's name (完成投资, 县内GDP), else null. */
	readonly printedIndicator: string | null;
	/** The source sentence: its paragraph with a text fragment (see figureSentenceUrl). */
	readonly sourceUrl: string;
	/** The sentence the value was read from, with its article's title and date, for the link's tooltip. */
	readonly source: string;
	/** 预计, 存疑. */
	readonly flags: readonly string[];
	readonly note: string | null;
}

/** A column of a figures table: one year and one kind. */
export interface TableColumn {
	readonly period: number | null;
	readonly kind: FigureKind;
	/** e.g. 2023年目标. */
	readonly label: string;
}

/** A region's row under one indicator: one list of entries per column (empty where none). */
export interface TableRow {
	readonly region: string | null;
	readonly label: string;
	readonly cells: readonly (readonly FigureEntry[])[];
}

/** The rows of one indicator. */
export interface TableGroup {
	readonly indicator: string;
	readonly rows: readonly TableRow[];
}

/** A table of indicators by region (rows) and year and kind (columns). */
export interface FigureTable {
	readonly columns: readonly TableColumn[];
	readonly groups: readonly TableGroup[];
}

/** Position of a region in the gazetteer; figures with no region come after every place. */
function regionRank(region: string | null): number {
	const index = GAZETTEER.findIndex((place) => place.name === region);
	return index === -1 ? GAZETTEER.length : index;
}

/** Orders columns by year (unknown year last), then target, plan, result. */
function compareColumns(a: TableColumn, b: TableColumn): number {
	const year = (column: TableColumn): number => column.period ?? Number.POSITIVE_INFINITY;
	return year(a) - year(b) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind);
}

/**
 * Values a table cell shows; the rest of a fuller cell are counted under them (every value is in
 * the downloads and on its region's pages). Why: at 100,000 generated articles a cell held
 * hundreds of values and the figures page was 421 MB (26 MB with 8 values a cell, the count table
 * 17 MB of it). The real seeds' fullest cell holds 2.
 */
export const CELL_VALUES = 3;

/** The entry shown for one record. */
export function toFigureEntry(record: FigureRecord): FigureEntry {
	const article = record.date === null ? record.title : `${record.title}（${record.date}）`;
	return {
		label: figureValueLabel(record),
		printedIndicator: printedIndicatorLabel(record),
		sourceUrl: figureSentenceUrl(record.sourceUrl, record.sentence),
		source: `${record.sentence}——${article}`,
		flags: figureFlags(record),
		note: record.note,
	};
}

/**
 * The table of the given indicators: groups in the order given (indicators without figures left
 * out; figures whose scope does not fit a table left out, see tableExcludedScopes), a row per region in gazetteer order (no region last), a column per year and kind that
 * occurs among these figures, and in each cell every value in record order, so no figure is
 * hidden when two articles give different ones.
 */
export function buildFigureTable(
	records: readonly FigureRecord[],
	indicators: readonly string[],
): FigureTable {
	const wanted = records.filter(
		(record) => indicators.includes(record.indicator) && fitsTable(record),
	);
	const columnKey = (period: number | null, kind: FigureKind): string => `${period}:${kind}`;
	const columnsByKey = new Map<string, TableColumn>();
	for (const { period, kind } of wanted) {
		columnsByKey.set(columnKey(period, kind), {
			period,
			kind,
			label: `${periodLabel(period)}${kindLabels[kind]}`,
		});
	}
	const columns = [...columnsByKey.values()].sort(compareColumns);
	const keys = columns.map((column) => columnKey(column.period, column.kind));

	const groups = indicators.flatMap((indicator): TableGroup[] => {
		const ofIndicator = wanted.filter((record) => record.indicator === indicator);
		if (ofIndicator.length === 0) return [];
		const regions = [...new Set(ofIndicator.map((record) => record.region))].sort(
			(a, b) => regionRank(a) - regionRank(b),
		);
		const rows = regions.map((region) => {
			const ofRegion = ofIndicator.filter((record) => record.region === region);
			return {
				region,
				label: regionLabel(region),
				cells: keys.map((key) =>
					ofRegion
						.filter((record) => columnKey(record.period, record.kind) === key)
						.map(toFigureEntry),
				),
			};
		});
		return [{ indicator, rows }];
	});
	return { columns, groups };
}
