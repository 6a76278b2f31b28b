/** The scale benchmark's result as plain data, and as the text table it prints. */
import { type Calibration, formatCalibration, formatSettling, type Settling } from './calibrate.ts';
import type { StageMeasure } from './measure.ts';

/** One query's first search: bytes on the wire (Chromium) and the Node-side query time. */
export interface QueryMeasure {
	readonly query: string;
	readonly firstSearchBytes: number | null;
	readonly results: string;
	/** Loading pagefind.js and the lexicon in Node, milliseconds. */
	readonly nodeLoadMilliseconds: number;
	/** The query itself in Node (searchArchive, a first query), milliseconds. */
	readonly nodeQueryMilliseconds: number;
}

/** Everything one run of `npm run bench` measured. */
export interface ScaleResult {
	readonly articles: number;
	readonly rawPages: number;
	readonly date: string;
	readonly commit: string;
	readonly load: string;
	readonly stages: readonly StageMeasure[];
	readonly articlePages: number;
	readonly htmlPages: number;
	readonly distBytes: number;
	readonly distFiles: number;
	readonly indexBytes: number;
	readonly indexFiles: number;
	readonly queries: readonly QueryMeasure[];
	/** FILE_BUDGET of the astro build stage (--file-budget), when set. */
	readonly fileBudget?: number;
	/** The build's file plan as it logged it (folded families, projected files). */
	readonly filePlan?: string;
	/** The same stages after adding one raw page to the archive, when measured. */
	readonly rebuild?: readonly StageMeasure[];
	/**
	 * What the build logged of its search index step (the parts indexed afresh, the step's time),
	 * for the cold build and the rebuild.
	 */
	readonly searchIndex?: { readonly cold: string; readonly rebuild?: string };
	/** The machine's speed on a fixed workload before the stages and after the last (calibrate). */
	readonly calibration?: { readonly start: Calibration; readonly end: Calibration };
	/** How long the run waited for file creation to settle before it timed anything. */
	readonly settling?: Settling;
}

const mb = (bytes: number | null): string =>
	bytes === null ? '—' : `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number | null): string =>
	bytes === null ? '—' : `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (value: number): string => `${value.toFixed(1)} s`;

/** Display width of a cell: East Asian wide characters count two, as in Prettier's tables. */
export function cellWidth(cell: string): number {
	let width = 0;
	for (const char of cell)
		width +=
			/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
				char,
			)
				? 2
				: 1;
	return width;
}

/** Rows of cells as a Markdown table, columns padded to their widest cell. */
export function markdownTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
): string {
	const width = cellWidth;
	const widths = header.map((cell, column) =>
		Math.max(3, width(cell), ...rows.map((row) => width(row[column] ?? ''))),
	);
	const line = (cells: readonly string[]): string =>
		`| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell))).join(' | ')} |`;
	return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The stages table: wall time and peak memory of each stage (and of the rebuild, when measured). */
function stageRows(result: ScaleResult): string[][] {
	return result.stages.map((stage, i) => {
		const again = result.rebuild?.[i];
		const row = [
			stage.stage,
			seconds(stage.wallSeconds),
			mb(stage.maxRssBytes),
			mb(stage.treeRssBytes),
		];
		if (result.rebuild)
			row.push(
				again ? seconds(again.wallSeconds) : '—',
				again ? (again.wallSeconds / stage.wallSeconds).toFixed(2) : '—',
			);
		return row;
	});
}

/** The whole result as text: stages, output sizes, first searches. */
export function formatResult(result: ScaleResult): string {
	const stageHeader = ['stage', 'wall', 'peak RSS (one process)', 'peak RSS (tree, sampled)'];
	const rows = stageRows(result);
	if (result.rebuild) {
		stageHeader.push('rebuild +1 page', 'rebuild / cold');
		const cold = result.stages.reduce((sum, stage) => sum + stage.wallSeconds, 0);
		const warm = result.rebuild.reduce((sum, stage) => sum + stage.wallSeconds, 0);
		rows.push(['total', seconds(cold), '', '', seconds(warm), (warm / cold).toFixed(2)]);
	} else {
		const cold = result.stages.reduce((sum, stage) => sum + stage.wallSeconds, 0);
		rows.push(['total', seconds(cold), '', '']);
	}
	const sizes = markdownTable(
		['output', 'value'],
		[
			['article pages', String(result.articlePages)],
			['HTML pages written', String(result.htmlPages)],
			['dist', `${mb(result.distBytes)} in ${result.distFiles} files`],
			['search index (dist/pagefind)', `${mb(result.indexBytes)} in ${result.indexFiles} files`],
			...(result.fileBudget === undefined
				? []
				: [
						[
							'FILE_BUDGET',
							`${result.fileBudget} (${result.distFiles <= result.fileBudget ? 'within' : 'over'})`,
						],
					]),
			...(result.filePlan === undefined ? [] : [['file plan', result.filePlan]]),
			...(result.searchIndex === undefined
				? []
				: [
						['search index step, cold', result.searchIndex.cold],
						...(result.searchIndex.rebuild === undefined
							? []
							: [['search index step, rebuild', result.searchIndex.rebuild]]),
					]),
		],
	);
	const queries = markdownTable(
		['query', 'first search on the wire', 'Node: load + query', 'results'],
		result.queries.map((query) => [
			query.query,
			kb(query.firstSearchBytes),
			`${query.nodeLoadMilliseconds.toFixed(0)} + ${query.nodeQueryMilliseconds.toFixed(0)} ms`,
			query.results,
		]),
	);
	return [
		`${result.articles} generated articles on ${result.rawPages} raw pages — ${result.date}, commit ${result.commit}, load ${result.load}`,
		...(result.settling === undefined ? [] : [formatSettling(result.settling)]),
		...(result.calibration === undefined
			? []
			: [formatCalibration(result.calibration.start, result.calibration.end)]),
		'',
		markdownTable(stageHeader, rows),
		'',
		sizes,
		'',
		queries,
	].join('\n');
}
