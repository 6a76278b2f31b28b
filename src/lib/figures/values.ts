import type { Qualifier, Unit } from '../../schemas/figure.ts';
import type { UnitClass } from './lexicon.ts';

/** A number printed with its unit and bound words. */
export interface PrintedValue {
	value: number;
	/** The unit normalised; a bare 亿/万 is kept as such until the indicator shows it is money. */
	unit: Unit | '亿' | '万';
	qualifier: Qualifier | null;
	/** The number, unit and bound words exactly as printed, e.g. 首破10亿元, 8%左右. */
	printed: string;
	/** Start of the printed text (the bound word before the number, if any). */
	start: number;
	/** End of the printed text (after 左右/以上, if any). */
	end: number;
}

// Longest first. Why: 万人次 must not read as 万人 + 次, 亿元 not as 亿 + 元.
const UNITS: [printed: string, unit: PrintedValue['unit']][] = [
	['万平方米', '万m²'],
	['平方米', 'm²'],
	['万m²', '万m²'],
	['m²', 'm²'],
	['万人次', '万人次'],
	['人次', '人次'],
	['亿元', '亿元'],
	['万元', '万元'],
	['万亩', '万亩'],
	['万吨', '万吨'],
	['万人', '万人'],
	['万户', '万户'],
	['%', '%'],
	['％', '%'],
	['亿', '亿'],
	['万', '万'],
	['元', '元'],
	['亩', '亩'],
	['吨', '吨'],
	['个', '个'],
	['家', '家'],
	['户', '户'],
	['人', '人'],
	['套', '套'],
	['张', '张'],
];

// Why: 3个月, 2个百分点, 户籍, 人民 and 家庭 start with a unit character but are not counts.
const NOT_A_UNIT_BEFORE: Partial<Record<string, RegExp>> = {
	个: /^(?:月|百分点|工作日|小时)/u,
	户: /^(?:籍|厕|外|型)/u,
	人: /^(?:民)/u,
	家: /^(?:庭|乡|具|门)/u,
	元: /^(?:旦|宵)/u,
	张: /^(?:扬|力|贴)/u,
};

const BOUND_BEFORE: [printed: string, qualifier: Qualifier][] = [
	['不低于', '以上'],
	['不少于', '以上'],
	['突破', '突破'],
	['首破', '突破'],
	['超过', '超过'],
	['高于', '超过'],
	['破', '突破'],
	['超', '超过'],
	['逾', '逾'],
	['近', '近'],
	['约', '约'],
];
const BOUND_AFTER: Qualifier[] = ['左右', '以上', '以下', '以内'];

const NUMBER = /(?<![\d.A-Za-z])\d+(?:\.\d+)?/gu;

/** Every number in the text that carries a unit, with its bound words (左右, 以上, 突破…). */
export function findValues(text: string): PrintedValue[] {
	const out: PrintedValue[] = [];
	for (const match of text.matchAll(NUMBER)) {
		let cursor = match.index + match[0].length;
		let qualifier: Qualifier | null = null;
		// Why: 1100余亩 and 300多个 put the bound between the number and the unit.
		const between = /^[余多]/u.exec(text.slice(cursor))?.[0];
		if (between === '余' || between === '多') {
			qualifier = between;
			cursor += 1;
		}
		const rest = text.slice(cursor);
		const unit = UNITS.find(([printed]) => rest.startsWith(printed));
		if (!unit) continue;
		const afterUnit = rest.slice(unit[0].length);
		if (NOT_A_UNIT_BEFORE[unit[0]]?.test(afterUnit)) continue;
		cursor += unit[0].length;
		let start = match.index;
		const bound = BOUND_BEFORE.find(([printed]) => text.slice(0, match.index).endsWith(printed));
		if (bound && qualifier === null) {
			qualifier = bound[1];
			start -= bound[0].length;
		}
		const after = BOUND_AFTER.find((word) => afterUnit.startsWith(word));
		if (after && qualifier === null) {
			qualifier = after;
			cursor += after.length;
		}
		out.push({
			value: Number(match[0]),
			unit: unit[1],
			qualifier,
			printed: text.slice(start, cursor),
			start,
			end: cursor,
		});
	}
	return out;
}

/** The kind of a unit, for checking it against an indicator. */
export function unitClass(unit: PrintedValue['unit']): UnitClass {
	if (unit === '%') return 'percent';
	if (unit === '亿元' || unit === '万元' || unit === '元' || unit === '亿' || unit === '万')
		return 'money';
	if (unit === 'm²' || unit === '万m²' || unit === '亩' || unit === '万亩') return 'area';
	if (unit === '吨' || unit === '万吨') return 'weight';
	return 'count';
}

/**
 * The unit a value takes for an indicator printed in the given classes, or undefined when they do
 * not fit. Why: 总量突破200亿大关 drops 元; for a money indicator 亿 can only mean 亿元.
 */
export function fitUnit(
	unit: PrintedValue['unit'],
	classes: readonly UnitClass[],
): Unit | undefined {
	if (!classes.includes(unitClass(unit))) return undefined;
	if (unit === '亿') return '亿元';
	if (unit === '万') return '万元';
	return unit;
}
