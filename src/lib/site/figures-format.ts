import type { FigureKind, FigureScope } from '../../schemas/figure.ts';
import type { FigureRecord } from './figures-records.ts';

/** Chinese names of the kinds of figure, as the tables head their columns. */
export const kindLabels: Readonly<Record<FigureKind, string>> = {
	target: '目标',
	plan: '计划',
	result: '实绩',
};

/** Columns of one year read target, then plan, then result: the order a year's reports come in. */
export const kindOrder: readonly FigureKind[] = ['target', 'plan', 'result'];

/** A figure's year for readers: 2023年, or 年份不详 when the extractor could not tell. */
export function periodLabel(period: number | null): string {
	return period === null ? '年份不详' : `${period}年`;
}

/**
 * A figure's value as a reader says it: a growth with its direction (增长8%左右, 下降2%; the
 * printed text never holds the direction), anything else as printed (突破2000亿元, 73%, 267个).
 */
export function figureValueLabel(
	figure: Pick<FigureRecord, 'measure' | 'value' | 'printed'>,
): string {
	if (figure.measure !== 'growth') return figure.printed;
	return `${figure.value < 0 ? '下降' : '增长'}${figure.printed}`;
}

/** Short marks of what a figure covers when it is not the whole region and year. */
export const scopeLabels: Readonly<Record<FigureScope, string>> = {
	venue: '单个场馆或企业',
	'per-unit': '每村',
	batch: '首批',
	holiday: '节假日',
	'to-date': '阶段进度',
	'part-year': '非全年',
	'multi-year': '多年',
};

/**
 * Short marks a reader should see next to a value: 预计 for an estimate, 存疑 for an uncertain
 * reading, and what the figure covers when not the whole region and year (首批, 阶段进度 …).
 */
export function figureFlags(
	figure: Pick<FigureRecord, 'estimated' | 'uncertain'> & {
		readonly scope?: FigureScope | null;
	},
): string[] {
	return [
		...(figure.estimated ? ['预计'] : []),
		...(figure.uncertain ? ['存疑'] : []),
		...(figure.scope === undefined || figure.scope === null ? [] : [scopeLabels[figure.scope]]),
	];
}

/**
 * The printed indicator where it says more than the normalised name (县内GDP, 完成投资, 年度计划投资,
 * 在衡省重点项目), or null where it only repeats it (重点项目 for 重点项目数).
 */
export function printedIndicatorLabel(
	figure: Pick<FigureRecord, 'indicator' | 'printedIndicator'>,
): string | null {
	const { indicator, printedIndicator } = figure;
	if (printedIndicator === indicator || `${printedIndicator}数` === indicator) return null;
	return printedIndicator;
}

/** A region name for tables, with 未注明地区 for a figure no place could be given to. */
export function regionLabel(region: string | null): string {
	return region ?? '未注明地区';
}
