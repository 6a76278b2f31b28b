import {
	type ChartLayout,
	describeTargets,
	growthTargets,
	layoutTargetChart,
	type TargetGroup,
} from './figures-chart.ts';
import type { FigureRecord } from './figures-records.ts';
import {
	buildFigureTable,
	countIndicators,
	type FigureTable,
	mainIndicators,
	otherFigures,
} from './figures-table.ts';

/** The year whose growth targets the chart compares: the work reports of early 2023. */
export const chartYear = 2023;

/** Everything /figures/ shows, computed from the records. */
export interface FiguresPage {
	/** How many figures and articles the archive holds. */
	readonly figureCount: number;
	readonly articleCount: number;
	readonly mainTable: FigureTable;
	readonly countTable: FigureTable;
	/** Figures of the indicators neither table shows, for a plain list. */
	readonly others: readonly FigureRecord[];
	readonly chart: {
		readonly year: number;
		readonly groups: readonly TargetGroup[];
		/** The regions compared, in gazetteer order (the columns of the chart's data table). */
		readonly regions: readonly string[];
		readonly layout: ChartLayout;
		/** The data in words, for the SVG's <desc>. */
		readonly description: string;
	};
}

/** The data of the figures page: the two tables and the chart of growth targets. */
export function buildFiguresPage(records: readonly FigureRecord[]): FiguresPage {
	const groups = growthTargets(records, chartYear);
	const layout = layoutTargetChart(groups);
	return {
		figureCount: records.length,
		articleCount: new Set(records.map((record) => record.article)).size,
		mainTable: buildFigureTable(records, mainIndicators),
		countTable: buildFigureTable(records, countIndicators),
		others: otherFigures(records),
		chart: {
			year: chartYear,
			groups,
			regions: layout.regions,
			layout,
			description: describeTargets(groups),
		},
	};
}
