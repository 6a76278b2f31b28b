import { describe, expect, test } from 'vitest';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import {
	buildRegionMap,
	describeArea,
	fillLevel,
	type MapPoint,
	type MapShape,
	mapLayout,
	mapSize,
} from '../../src/lib/site/region-map.ts';
import { countArticlesByRegion } from '../../src/lib/site/regions.ts';
import { makeArticle } from './make-article.ts';

/** Centre of a shape's bounding box. */
function centre(shape: MapShape): MapPoint {
	const xs = shape.corners.map((point) => point.x);
	const ys = shape.corners.map((point) => point.y);
	return {
		x: (Math.min(...xs) + Math.max(...xs)) / 2,
		y: (Math.min(...ys) + Math.max(...ys)) / 2,
	};
}

/** Bounding box of a shape. */
function box(shape: MapShape): { left: number; right: number; top: number; bottom: number } {
	const xs = shape.corners.map((point) => point.x);
	const ys = shape.corners.map((point) => point.y);
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys),
	};
}

/** Whether a point lies inside a polygon (even–odd rule). */
function inside(point: MapPoint, corners: readonly MapPoint[]): boolean {
	let result = false;
	for (let i = 0, j = corners.length - 1; i < corners.length; j = i++) {
		const a = corners[i];
		const b = corners[j];
		if (!a || !b) continue;
		if (
			a.y > point.y !== b.y > point.y &&
			point.x < ((b.x - a.x) * (point.y - a.y)) / (b.y - a.y) + a.x
		) {
			result = !result;
		}
	}
	return result;
}

/** The layout shape of a slug (fails the test when missing). */
function shape(slug: string): MapShape {
	const found = mapLayout[slug];
	if (!found) throw new Error(`no shape for ${slug}`);
	return found;
}

const core = ['shigu', 'zhengxiang', 'yanfeng', 'zhuhui'];
const cityCentre = {
	x: (box(shape('zhengxiang')).left + box(shape('zhuhui')).right) / 2,
	y: (box(shape('shigu')).top + box(shape('yanfeng')).bottom) / 2,
};

describe('the schematic layout', () => {
	test('draws the city and every county-level unit, and no park or zone', () => {
		const drawn = GAZETTEER.filter((region) => region.kind !== 'zone').map((r) => r.slug);
		expect(Object.keys(mapLayout).sort()).toEqual([...drawn].sort());
	});

	test('keeps every shape inside the viewBox and every label inside its shape', () => {
		for (const [slug, area] of Object.entries(mapLayout)) {
			const bounds = box(area);
			expect(bounds.left, slug).toBeGreaterThanOrEqual(0);
			expect(bounds.top, slug).toBeGreaterThanOrEqual(0);
			expect(bounds.right, slug).toBeLessThanOrEqual(mapSize.width);
			expect(bounds.bottom, slug).toBeLessThanOrEqual(mapSize.height);
			expect(inside(area.label, area.corners), `label of ${slug}`).toBe(true);
		}
	});

	test('never lets two shapes cover the same label point', () => {
		for (const [slug, area] of Object.entries(mapLayout)) {
			for (const [other, otherArea] of Object.entries(mapLayout)) {
				if (other === slug) continue;
				expect(inside(area.label, otherArea.corners), `${slug} label inside ${other}`).toBe(false);
			}
		}
	});

	test('puts the counties where the brief and the sources place them around the city', () => {
		const at = (slug: string): MapPoint => centre(shape(slug));
		// 衡阳县 north-west, 衡山县 and 南岳区 north, 衡东县 north-east or east, 祁东县 west.
		expect(at('hengyangxian').x).toBeLessThan(cityCentre.x);
		expect(at('hengyangxian').y).toBeLessThan(cityCentre.y);
		expect(at('hengshan').y).toBeLessThan(cityCentre.y);
		expect(at('nanyue').y).toBeLessThan(cityCentre.y);
		expect(at('hengdong').x).toBeGreaterThan(cityCentre.x);
		expect(at('qidong').x).toBeLessThan(cityCentre.x);
		// 常宁市 south-west, 耒阳市 south-east.
		expect(at('changning').x).toBeLessThan(cityCentre.x);
		expect(at('changning').y).toBeGreaterThan(cityCentre.y);
		expect(at('leiyang').x).toBeGreaterThan(cityCentre.x);
		expect(at('leiyang').y).toBeGreaterThan(cityCentre.y);
	});

	test('draws 衡南县 around the city centre on the west, south and east', () => {
		const hengnan = box(shape('hengnan'));
		for (const slug of core) {
			const district = box(shape(slug));
			expect(hengnan.left, slug).toBeLessThan(district.left);
			expect(hengnan.right, slug).toBeGreaterThan(district.right);
			expect(hengnan.bottom, slug).toBeGreaterThan(district.bottom);
		}
	});

	test('places the four central districts by compass: 石鼓 north, 雁峰 south, 蒸湘 west, 珠晖 east', () => {
		expect(centre(shape('shigu')).y).toBeLessThan(centre(shape('yanfeng')).y);
		expect(centre(shape('zhengxiang')).x).toBeLessThan(centre(shape('shigu')).x);
		expect(centre(shape('zhuhui')).x).toBeGreaterThan(centre(shape('yanfeng')).x);
	});
});

describe('fillLevel', () => {
	test('is 0 for no article and 3 for the most', () => {
		expect(fillLevel(0, 5)).toBe(0);
		expect(fillLevel(5, 5)).toBe(3);
		expect(fillLevel(9, 5)).toBe(3);
	});

	test('splits the range in thirds', () => {
		expect(fillLevel(1, 6)).toBe(1);
		expect(fillLevel(3, 6)).toBe(2);
		expect(fillLevel(5, 6)).toBe(3);
	});

	test('is 0 when no county has articles', () => {
		expect(fillLevel(0, 0)).toBe(0);
	});
});

describe('buildRegionMap', () => {
	const articles = [
		makeArticle({ id: 'a', regions: ['珠晖区', '衡阳市'] }),
		makeArticle({ id: 'b', regions: ['衡阳市', '珠晖区'] }),
		makeArticle({ id: 'c', regions: ['衡阳市'] }),
	];
	const areas = buildRegionMap(countArticlesByRegion(articles));

	test('gives each area its page, counts and a spoken name', () => {
		expect(areas.find((area) => area.slug === 'zhuhui')).toMatchObject({
			name: '珠晖区',
			url: '/regions/zhuhui/',
			total: 2,
			primary: 1,
			level: 3,
			accessibleName: '珠晖区，2篇文章（1篇以此为主）',
		});
		expect(areas.find((area) => area.slug === 'hengnan')).toMatchObject({
			level: 0,
			accessibleName: '衡南县，暂无文章',
		});
	});

	test('scales the fill on the counties, not on the city level', () => {
		expect(areas.find((area) => area.slug === 'hengyang')?.level).toBe(3);
		expect(areas.find((area) => area.slug === 'zhuhui')?.level).toBe(3);
	});

	test('fails when a drawn region has no count', () => {
		expect(() => buildRegionMap([])).toThrow(/no count/);
	});

	test('says a region without a primary article only by its total', () => {
		expect(describeArea('衡阳县', 1, 0)).toBe('衡阳县，1篇文章');
	});
});
