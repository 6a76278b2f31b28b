import type { FigureKind } from '../../schemas/figure.ts';
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

/** Short marks a reader should see next to a value: 预计 for an estimate, 存疑 for an uncertain reading. */
export function figureFlags(figure: Pick<FigureRecord, 'estimated' | 'uncertain'>): string[] {
	return [...(figure.estimated ? ['预计'] : []), ...(figure.uncertain ? ['存疑'] : [])];
}

/** A region name for tables, with 未注明地区 for a figure no place could be given to. */
export function regionLabel(region: string | null): string {
	return region ?? '未注明地区';
}
