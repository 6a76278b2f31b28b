import { GAZETTEER } from '../gazetteer.ts';
import { figureFlags } from './figures-format.ts';
import type { FigureRecord } from './figures-records.ts';
import { mainIndicators } from './figures-table.ts';
import { figureSentenceUrl } from './figures-links.ts';

/** One region's growth target for one indicator. */
export interface TargetBar {
	readonly region: string;
	/** Per cent; negative for a planned fall. */
	readonly value: number;
	/** The value as printed, with its direction when it is a fall: 8%左右, 下降2%. */
	readonly label: string;
	/** The source sentence: its paragraph with a text fragment (see figureSentenceUrl). */
	readonly sourceUrl: string;
	/** The sentence the target was read from, for the link's tooltip. */
	readonly sentence: string;
	readonly estimated: boolean;
	readonly uncertain: boolean;
	/** 预计, 存疑 (see figureFlags). */
	readonly flags: readonly string[];
	readonly note: string | null;
}

/** The targets of one indicator, one bar per region. */
export interface TargetGroup {
	readonly indicator: string;
	readonly bars: readonly TargetBar[];
}

/**
 * The growth targets set for a year, by indicator (in the given order) and region (in gazetteer
 * order): figures of kind target, measured as growth in per cent, for that year, with a region
 * and no scope (a region's own target for the whole year).
 * Where a region has two targets for one indicator, the first record (newest article) stands.
 */
export function growthTargets(
	records: readonly FigureRecord[],
	year: number,
	indicators: readonly string[] = mainIndicators,
): TargetGroup[] {
	return indicators.flatMap((indicator): TargetGroup[] => {
		const bars = GAZETTEER.flatMap((place): TargetBar[] => {
			const record = records.find(
				(candidate) =>
					candidate.indicator === indicator &&
					candidate.region === place.name &&
					candidate.kind === 'target' &&
					candidate.measure === 'growth' &&
					candidate.unit === '%' &&
					candidate.period === year &&
					candidate.scope === null,
			);
			if (!record) return [];
			return [
				{
					region: place.name,
					value: record.value,
					label: `${record.value < 0 ? '下降' : ''}${record.printed}`,
					sourceUrl: figureSentenceUrl(record.sourceUrl, record.sentence),
					sentence: record.sentence,
					estimated: record.estimated,
					uncertain: record.uncertain,
					flags: figureFlags(record),
					note: record.note,
				},
			];
		});
		return bars.length === 0 ? [] : [{ indicator, bars }];
	});
}

/** An axis from min to max (min ≤ 0 ≤ max) in steps of step, each a round number. */
export interface NiceScale {
	readonly min: number;
	readonly max: number;
	readonly step: number;
}

/**
 * A scale that holds 0 and every value, with at most maxTicks steps of 1, 2 or 5 times a power of
 * ten: values up to 17 give 0–20 in steps of 5.
 */
export function niceScale(values: readonly number[], maxTicks = 6): NiceScale {
	const low = Math.min(0, ...values);
	const high = Math.max(0, ...values);
	const span = high - low || maxTicks;
	const rough = span / maxTicks;
	const power = 10 ** Math.floor(Math.log10(rough));
	const step =
		[1, 2, 5, 10].map((factor) => factor * power).find((size) => size >= rough) ?? 10 * power;
	const min = Math.floor(low / step) * step;
	const max = Math.max(Math.ceil(high / step) * step, min + step);
	return { min: clean(min), max: clean(max), step: clean(step) };
}

/** Rounds away the binary noise of decimal arithmetic (0.1 × 3 = 0.30000000000000004). */
function clean(value: number): number {
	return Number(value.toPrecision(12)) || 0;
}

/** Sizes of the chart in SVG user units (px at 100%). */
export interface ChartOptions {
	readonly width: number;
	/** Room left of the bars for region names. */
	readonly labelWidth: number;
	/** Room right of the longest bar for its value. */
	readonly valueWidth: number;
	readonly barHeight: number;
	readonly barGap: number;
	/** Height of an indicator's heading line above its bars. */
	readonly groupHeading: number;
	readonly groupGap: number;
	/** Room above the plot for the axis labels. */
	readonly top: number;
	readonly bottom: number;
}

/** The defaults: a 640-unit-wide chart that fits the wide column and a printed page. */
export const defaultChartOptions: ChartOptions = {
	width: 640,
	labelWidth: 168,
	valueWidth: 80,
	barHeight: 18,
	barGap: 6,
	groupHeading: 26,
	groupGap: 14,
	top: 28,
	bottom: 8,
};

/** A gridline and its label. */
export interface ChartTick {
	readonly value: number;
	readonly x: number;
	readonly label: string;
}

/** A bar placed on the chart, with where its region name and value are written. */
export interface PlacedBar extends TargetBar {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	/** Middle of the bar, where its texts stand (dominant-baseline: central). */
	readonly textY: number;
	/** Right edge of the region name (text-anchor: end). */
	readonly regionX: number;
	/** Left edge of the value (text-anchor: start): after the bar's end, or after 0 for a fall. */
	readonly valueX: number;
	/** Position of the region among the chart's regions, for its colour (series-0, series-1 …). */
	readonly series: number;
}

/** An indicator's heading and bars, placed. */
export interface PlacedGroup {
	readonly indicator: string;
	/** Baseline of the heading. */
	readonly headingY: number;
	readonly bars: readonly PlacedBar[];
}

/** Everything the SVG draws, in user units. */
export interface ChartLayout {
	readonly width: number;
	readonly height: number;
	readonly plotLeft: number;
	readonly plotRight: number;
	readonly plotTop: number;
	readonly plotBottom: number;
	/** x of the value 0. */
	readonly zeroX: number;
	readonly ticks: readonly ChartTick[];
	readonly groups: readonly PlacedGroup[];
	/** The regions drawn, in gazetteer order; a bar's series is its index here. */
	readonly regions: readonly string[];
}

/** Rounds a coordinate to 0.01 so the markup stays short and stable. */
function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * Places the groups as horizontal bars: a heading per indicator, one bar per region under it,
 * region names left of the plot, values written at the bar ends, gridlines at round per cents.
 */
export function layoutTargetChart(
	groups: readonly TargetGroup[],
	options: ChartOptions = defaultChartOptions,
): ChartLayout {
	const values = groups.flatMap((group) => group.bars.map((bar) => bar.value));
	const scale = niceScale(values);
	const plotLeft = options.labelWidth;
	const plotRight = options.width - options.valueWidth;
	const x = (value: number): number =>
		round(plotLeft + ((value - scale.min) / (scale.max - scale.min)) * (plotRight - plotLeft));
	const zeroX = x(0);
	const regions = GAZETTEER.map((place) => place.name).filter((name) =>
		groups.some((group) => group.bars.some((bar) => bar.region === name)),
	);

	const ticks: ChartTick[] = [];
	for (let value = scale.min; value <= scale.max + scale.step / 2; value += scale.step) {
		const tick = clean(value);
		ticks.push({ value: tick, x: x(tick), label: `${tick}%` });
	}

	let y = options.top;
	const placed = groups.map((group): PlacedGroup => {
		const headingY = y + options.groupHeading - 8;
		y += options.groupHeading;
		const bars = group.bars.map((bar): PlacedBar => {
			const end = x(bar.value);
			const top = y;
			y += options.barHeight + options.barGap;
			return {
				...bar,
				x: Math.min(zeroX, end),
				y: top,
				width: round(Math.abs(end - zeroX)),
				height: options.barHeight,
				textY: round(top + options.barHeight / 2),
				regionX: plotLeft - 8,
				valueX: Math.max(zeroX, end) + 4,
				series: regions.indexOf(bar.region),
			};
		});
		y += options.groupGap - options.barGap;
		return { indicator: group.indicator, headingY, bars };
	});

	return {
		width: options.width,
		height: y + options.bottom,
		plotLeft,
		plotRight,
		plotTop: options.top,
		plotBottom: y,
		zeroX,
		ticks,
		groups: placed,
		regions,
	};
}

/**
 * A sentence per indicator for the chart's <desc>: 地区生产总值：珠晖区8%左右，蒸湘区7.5%左右。
 */
export function describeTargets(groups: readonly TargetGroup[]): string {
	return groups
		.map(
			(group) =>
				`${group.indicator}：${group.bars.map((bar) => `${bar.region}${bar.label}`).join('，')}。`,
		)
		.join('');
}
