import type { RegionCount } from './regions.ts';

/** A point of the map's coordinate space (SVG user units, y down). */
export interface MapPoint {
	readonly x: number;
	readonly y: number;
}

/** One unit's shape on the schematic: an SVG path and where its label goes. */
export interface MapShape {
	/** SVG path data (straight lines only). */
	readonly d: string;
	/** Centre of the label (name and count). */
	readonly label: MapPoint;
	/** The corners of the shape, for tests and bounding boxes. */
	readonly corners: readonly MapPoint[];
}

/** One clickable area of the rendered map. */
export interface MapArea {
	readonly name: string;
	readonly slug: string;
	readonly url: string;
	readonly kind: RegionCount['region']['kind'];
	readonly total: number;
	readonly primary: number;
	readonly shape: MapShape;
	/** 0 (no article) to 3 (the most articles of any county-level unit, or more): the fill step. */
	readonly level: 0 | 1 | 2 | 3;
	/** What a screen reader says for the area, e.g. 衡阳县，2篇文章（1篇以此为主） */
	readonly accessibleName: string;
}

/** Width and height of the map's viewBox. */
export const mapSize = { width: 620, height: 590 } as const;

/** The Xiang River's stripe between the west-bank districts and 珠晖区 (drawn, not clickable). */
export const riverStripe = { x: 362, y: 186, width: 8, height: 157 } as const;

/** A shape from its corners, in order; the label goes where given, else at the corners' centre. */
function polygon(corners: readonly MapPoint[], label?: MapPoint): MapShape {
	const [first, ...rest] = corners;
	if (!first) throw new Error('a map shape needs corners');
	const d = `M${first.x} ${first.y}${rest.map((point) => `L${point.x} ${point.y}`).join('')}Z`;
	const xs = corners.map((point) => point.x);
	const ys = corners.map((point) => point.y);
	return {
		d,
		corners,
		label: label ?? {
			x: (Math.min(...xs) + Math.max(...xs)) / 2,
			y: (Math.min(...ys) + Math.max(...ys)) / 2,
		},
	};
}

/** A rectangle shape. */
function rect(x: number, y: number, width: number, height: number): MapShape {
	return polygon([
		{ x, y },
		{ x: x + width, y },
		{ x: x + width, y: y + height },
		{ x, y: y + height },
	]);
}

/**
 * The schematic, by gazetteer slug: the four central districts in the middle (石鼓 north, 蒸湘
 * west, 雁峰 south, 珠晖 east across the Xiang), 衡南县 as a U open to the north around them,
 * 衡阳县 north-west, 南岳区 and 衡山县 north, 衡东县 north-east and east, 祁东县 west, 常宁市
 * south-west, 耒阳市 south-east, and the city level as a band below.
 *
 * Why a schematic: no boundary data with a clear licence can be fetched on the build machines;
 * the relative positions and adjacencies follow the cited sources (衡南 "encircles the urban area
 * from three directions"), the sizes and outlines do not.
 */
export const mapLayout: Readonly<Record<string, MapShape>> = {
	hengyangxian: rect(20, 20, 310, 160),
	nanyue: rect(336, 20, 84, 64),
	hengshan: polygon(
		[
			{ x: 426, y: 20 },
			{ x: 500, y: 20 },
			{ x: 500, y: 180 },
			{ x: 336, y: 180 },
			{ x: 336, y: 90 },
			{ x: 426, y: 90 },
		],
		{ x: 440, y: 135 },
	),
	hengdong: rect(506, 20, 94, 400),
	qidong: rect(20, 186, 124, 234),
	hengnan: polygon(
		[
			{ x: 150, y: 186 },
			{ x: 190, y: 186 },
			{ x: 190, y: 349 },
			{ x: 460, y: 349 },
			{ x: 460, y: 186 },
			{ x: 500, y: 186 },
			{ x: 500, y: 420 },
			{ x: 150, y: 420 },
		],
		{ x: 325, y: 385 },
	),
	zhengxiang: rect(196, 186, 78, 157),
	shigu: rect(280, 186, 78, 76),
	yanfeng: rect(280, 267, 78, 76),
	zhuhui: rect(374, 186, 80, 157),
	changning: rect(20, 426, 280, 94),
	leiyang: rect(306, 426, 294, 94),
	hengyang: rect(20, 530, 580, 44),
};

/** The fill step for a count: 0 for none, else 1–3 in thirds of the largest count. */
export function fillLevel(total: number, max: number): MapArea['level'] {
	if (total <= 0 || max <= 0) return 0;
	const step = Math.ceil((total / max) * 3);
	return step >= 3 ? 3 : step <= 1 ? 1 : 2;
}

/** What a screen reader says for one area. */
export function describeArea(name: string, total: number, primary: number): string {
	if (total === 0) return `${name}，暂无文章`;
	return primary > 0
		? `${name}，${total}篇文章（${primary}篇以此为主）`
		: `${name}，${total}篇文章`;
}

/**
 * The clickable areas of the map, one per region that has a shape (the city and its 12
 * county-level units; parks and zones are listed beside the map instead), in layout order.
 */
export function buildRegionMap(counts: readonly RegionCount[]): MapArea[] {
	// Why the city level is left out of the scale: nearly every article names 衡阳市, which would
	// leave every county in the palest step.
	const max = Math.max(
		0,
		...counts.filter((count) => count.region.kind !== 'city').map((count) => count.total),
	);
	return Object.entries(mapLayout).map(([slug, shape]) => {
		const count = counts.find((candidate) => candidate.region.slug === slug);
		if (!count) throw new Error(`the region map has a shape for "${slug}", which has no count`);
		return {
			name: count.region.name,
			slug,
			url: count.url,
			kind: count.region.kind,
			total: count.total,
			primary: count.primary,
			shape,
			level: fillLevel(count.total, max),
			accessibleName: describeArea(count.region.name, count.total, count.primary),
		};
	});
}
