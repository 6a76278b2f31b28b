import type { Measure, Qualifier, Unit } from '../../schemas/figure.ts';
import { findForms, postfixForm, resolveListItem } from './forms.ts';
import {
	indicatorByName,
	levelledName,
	lexiconEntry,
	startedName,
	type Indicator,
} from './lexicon.ts';
import { clauseAround, programmeLevel, startedOnly } from './scope.ts';
import { CLAUSE_BREAK } from './sentences.ts';
import { findValues, fitUnit, unitClass, type PrintedValue } from './values.ts';

/** A figure read from one sentence, before its year, kind and region are decided. */
export interface Reading {
	indicator: string;
	printedIndicator: string;
	measure: Measure;
	value: number;
	unit: Unit;
	qualifier: Qualifier | null;
	printed: string;
	/** Offsets of the printed value in the sentence. */
	start: number;
	end: number;
	/** Set when the reading rests on an assumption the sentence does not state. */
	uncertain?: string;
}

const GROWTH = /增长|增速|增幅|涨幅|提高|提升|上涨|下降|减少|回落/u;
const FALL = /下降|减少|回落/u;
// Why: 完成地方税收6.31亿元，增长10.8% and 预计县内GDP增长5.8%，总量突破200亿 leave the indicator unsaid.
const FILLER =
	/^(?:[，,；;、\s]|大关|同比|[较比](?:去年|上年|\d{4}年)(?:同期)?|总量|预计|月底|将|增长|增速|增幅|下降|提高|提升|达到|达|为|实现|已|均|共|了)*$/u;

/** The segment between two numbers only repeats the indicator's verbs (，增长 / ，总量突破): it names nothing new. */
export function isFiller(segment: string): boolean {
	return FILLER.test(segment);
}

interface Named {
	indicator: Indicator;
	printed: string;
	/** Text the measure is read from (the form and the words up to the number). */
	verbs: string;
	inherited: boolean;
}

/** Turns a value and the indicator it belongs to into a reading, or undefined when they do not fit. */
function toReading(value: PrintedValue, named: Named): Reading | undefined {
	let { indicator } = named;
	const unit = fitUnit(value.unit, indicator.units);
	if (!unit) return undefined;
	let measure: Measure;
	let uncertain: string | undefined;
	const growth = GROWTH.test(named.verbs);
	if (unit !== '%') measure = unitClass(unit) === 'count' ? 'count' : 'level';
	else if (indicator.rate && growth && named.inherited) {
		// Why: 完成年计划投资的135.1%，增长76.3%: the growth is of the investment, which the sentence implies.
		const base = indicator.of === undefined ? undefined : indicatorByName(indicator.of);
		if (!base) return undefined;
		uncertain = `“增长”跟在${indicator.name}之后，读作${base.name}的增速`;
		indicator = base;
		measure = 'growth';
	} else if (indicator.rate) measure = 'share';
	else if (growth) measure = 'growth';
	else return undefined; // a per cent of an amount with no 增长: unclear, left out
	const sign = measure === 'growth' && FALL.test(named.verbs) ? -1 : 1;
	return {
		indicator: indicator.name,
		printedIndicator: named.printed.replace(/^[（(]/u, ''),
		measure,
		value: sign * value.value,
		unit,
		qualifier: value.qualifier,
		printed: value.printed,
		start: value.start,
		end: value.end,
		...(uncertain === undefined ? {} : { uncertain }),
	};
}

/** The indicator a lone value belongs to: a noun right after a count, the nearest form before it in its clause, or the previous figure's. */
function nameValue(
	sentence: string,
	value: PrintedValue,
	from: number,
	previous: Reading | undefined,
): Named | undefined {
	if (unitClass(value.unit) === 'count') {
		const after = postfixForm(sentence.slice(value.end));
		if (after)
			return { indicator: after.indicator, printed: after.form, verbs: '', inherited: false };
	}
	const form = findForms(sentence, from, value.start).at(-1);
	if (form && !CLAUSE_BREAK.test(sentence.slice(form.end, value.start)))
		return {
			indicator: form.indicator,
			printed: form.form,
			verbs: sentence.slice(form.start, value.start),
			inherited: false,
		};
	const segment = sentence.slice(from, value.start);
	const base = previous && indicatorByName(previous.indicator);
	if (previous && base && isFiller(segment))
		return { indicator: base, printed: previous.printedIndicator, verbs: segment, inherited: true };
	return undefined;
}

/**
 * Reads a 分别 list (城镇、农村居民人均可支配收入分别增长7.0%、8.1%): indicators before 分别, values
 * after it joined by 、, paired in order. A list whose lengths differ is left out whole.
 */
function readList(
	sentence: string,
	values: PrintedValue[],
	from: number,
): { readings: Reading[]; used: number } {
	const first = values[0];
	if (!first) return { readings: [], used: 0 };
	let used = 1;
	while (
		used < values.length &&
		sentence.slice(values[used - 1]?.end, values[used]?.start) === '、'
	)
		used++;
	const at = sentence.lastIndexOf('分别', first.start);
	let listStart = from;
	for (let i = at - 1; i >= from; i--)
		if (CLAUSE_BREAK.test(sentence[i] ?? '')) {
			listStart = i + 1;
			break;
		}
	const items: { start: number; end: number }[] = [];
	let itemStart = listStart;
	for (let i = listStart; i <= at; i++) {
		if (i === at || /[、和及与]/u.test(sentence[i] ?? '')) {
			if (i > itemStart) items.push({ start: itemStart, end: i });
			itemStart = i + 1;
		}
	}
	const last = items.at(-1);
	if (!last || items.length !== used) return { readings: [], used };
	const verbs = sentence.slice(at, first.start);
	const readings: Reading[] = [];
	items.forEach((item, n) => {
		const value = values[n];
		const named = resolveListItem(sentence, item, last);
		if (!value || !named) return;
		const reading = toReading(value, {
			indicator: named.indicator,
			printed: named.printed,
			verbs: named.printed + verbs,
			inherited: false,
		});
		if (reading) readings.push(reading);
	});
	return { readings, used };
}

/**
 * Gives a key-project figure the level its sentence prints (52个在衡省重点项目 → 省重点项目数; the rate
 * after 281个市重点项目 → 市重点项目投资完成率) and a renovation count the works it counts (17个老旧小区改造项目已全部
 * 开工建设 → 老旧小区改造开工). The level is read from the count's own noun when it follows the count,
 * else from the last key-project mention in the figure's semicolon item before it.
 */
function refineName(reading: Reading, sentence: string): Reading {
	const indicator = lexiconEntry(reading.indicator);
	if (!indicator) return reading;
	let name = indicator.name;
	if (indicator.levels) {
		const postfix = sentence.slice(reading.end).startsWith(reading.printedIndicator);
		const before = sentence.slice(0, reading.start);
		const item = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
		const level = programmeLevel(postfix ? reading.printedIndicator : item);
		if (level) name = levelledName(name, level);
	}
	if (indicator.stages && startedOnly(clauseAround(sentence, reading.start, reading.end)))
		name = startedName(name);
	return name === reading.indicator ? reading : { ...reading, indicator: name };
}

/** Every figure a sentence states, in order: each number with a unit is paired with a lexicon indicator or left out. */
export function readSentence(sentence: string): Reading[] {
	const values = findValues(sentence);
	const out: Reading[] = [];
	// Why: only the figure just before may lend its indicator; 6158套…，节约过渡费3950万元 must not.
	let previous: Reading | undefined;
	let from = 0;
	let i = 0;
	while (i < values.length) {
		const value = values[i];
		if (!value) break;
		if (sentence.slice(from, value.start).includes('分别')) {
			const listed = readList(sentence, values.slice(i), from);
			const readings = listed.readings.map((reading) => refineName(reading, sentence));
			const { used } = listed;
			out.push(...readings);
			previous = readings.length === used ? readings.at(-1) : undefined;
			i += Math.max(used, 1);
			from = values[i - 1]?.end ?? value.end;
			continue;
		}
		const named = nameValue(sentence, value, from, previous);
		const reading = named && toReading(value, named);
		previous = reading && refineName(reading, sentence);
		if (previous) out.push(previous);
		from = value.end;
		i++;
	}
	return out;
}
