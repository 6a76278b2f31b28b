import type { FigureKind } from '../../schemas/figure.ts';
import { LEXICON } from '../figures/lexicon.ts';
import { GAZETTEER } from '../gazetteer.ts';
import {
	figureFlags,
	figureValueLabel,
	kindLabels,
	kindOrder,
	periodLabel,
	regionLabel,
} from './figures-format.ts';
import type { FigureRecord } from './figures-records.ts';

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

/** Indicators the extractor reads as numbers of things (项目, 企业, 学位, 人次), in lexicon order. */
export const countIndicators: readonly string[] = LEXICON.filter((indicator) =>
	indicator.units.includes('count'),
).map((indicator) => indicator.name);

/**
 * The records of indicators in neither table (地方税收, 城镇居民人均可支配收入, 粮食播种面积 …),
 * grouped by indicator in lexicon order, record order within an indicator.
 */
export function otherFigures(records: readonly FigureRecord[]): FigureRecord[] {
	const rank = (name: string): number => LEXICON.findIndex((indicator) => indicator.name === name);
	return records
		.filter(
			(record) =>
				!mainIndicators.includes(record.indicator) && !countIndicators.includes(record.indicator),
		)
		.sort((a, b) => rank(a.indicator) - rank(b.indicator));
}

/** One value in a table cell, with the link to the paragraph it was read from. */
export interface FigureEntry {
	/** The value as a reader says it, e.g. 增长8%左右. */
	readonly label: string;
	readonly sourceUrl: string;
	/** Title and date of the source article, for the link's tooltip. */
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

/** The entry shown for one record. */
export function toFigureEntry(record: FigureRecord): FigureEntry {
	return {
		label: figureValueLabel(record),
		sourceUrl: record.sourceUrl,
		source: record.date === null ? record.title : `${record.title}（${record.date}）`,
		flags: figureFlags(record),
		note: record.note,
	};
}

/**
 * The table of the given indicators: groups in the order given (indicators without figures left
 * out), a row per region in gazetteer order (no region last), a column per year and kind that
 * occurs among these figures, and in each cell every value in record order, so no figure is
 * hidden when two articles give different ones.
 */
export function buildFigureTable(
	records: readonly FigureRecord[],
	indicators: readonly string[],
): FigureTable {
	const wanted = records.filter((record) => indicators.includes(record.indicator));
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
