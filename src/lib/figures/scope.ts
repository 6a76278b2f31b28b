import type { FigureScope } from '../../schemas/figure.ts';
import { GAZETTEER, regionMentions } from '../gazetteer.ts';
import { PROGRAMME_LEVELS, type ProgrammeLevel } from './lexicon.ts';
import { CLAUSE_BREAK } from './sentences.ts';

/** A scope the extractor found, with the note a reader sees and whether it makes the figure uncertain. */
export interface ScopeReading {
	scope: FigureScope;
	note: string;
	uncertain: boolean;
}

const KEY_PROJECT_MENTION = /重点(?:建设)?项目/gu;
// Why: 全市重点项目, 耒阳市重点项目 are the place's projects, not the municipal list (市重点项目).
const CITY_STEMS = GAZETTEER.filter((region) => region.name.endsWith('市')).map((region) =>
	region.name.slice(0, -1),
);

/**
 * The level of the last key-project mention in the text (52个在衡省重点项目 → 省, 400个以上市重点项目 → 市),
 * or undefined when it prints none. A 市 after 全/我/本/该/省 or a city's name (衡阳市重点项目) is the
 * place, not the level.
 */
export function programmeLevel(text: string): ProgrammeLevel | undefined {
	const last = [...text.matchAll(KEY_PROJECT_MENTION)].at(-1);
	if (!last) return undefined;
	const before = text.slice(0, last.index);
	const match = /(省|市)级?$/u.exec(before);
	const level = PROGRAMME_LEVELS.find((candidate) => candidate === match?.[1]);
	if (!match || !level) return undefined;
	const rest = before.slice(0, match.index);
	if (level === '市' && (/[全我本该省]$/u.test(rest) || CITY_STEMS.some((s) => rest.endsWith(s))))
		return undefined;
	return level;
}

/** The clause around text[start, end): from the clause break before it to the one after it. */
export function clauseAround(text: string, start: number, end: number): string {
	let from = start;
	while (from > 0 && !CLAUSE_BREAK.test(text[from - 1] ?? '')) from--;
	let to = end;
	while (to < text.length && !CLAUSE_BREAK.test(text[to] ?? '')) to++;
	return text.slice(from, to);
}

/** The clause says works have started (已全部开工建设) and not that they are finished. */
export function startedOnly(clause: string): boolean {
	return clause.includes('开工') && !/完工|竣工|建成|完成|交付|投用/u.test(clause);
}

const VENUE =
	/党史馆|纪念馆|博物馆|展览馆|图书馆|文化馆|科技馆|美术馆|书院|景区|公司|集团|机场|医院|寺|该企业|该馆/gu;
// Why: 全市22家旅游景区…接待游客近35万人次 counts many venues: it is the city's figure.
const PLURAL_BEFORE = /\d+(?:家|个|座|所)|各|所有|全部|多家/u;

/** The end of the last single venue or firm named in the text, and its name, or undefined. */
function lastVenue(text: string): { end: number; name: string } | undefined {
	let found: { end: number; name: string } | undefined;
	for (const match of text.matchAll(VENUE)) {
		if (PLURAL_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
		found = { end: match.index + match[0].length, name: match[0] };
	}
	return found;
}

// Why: 恒信新材公司被认定…。全县建筑业产值增长15.6% — 全县 names the county as the subject.
const WHOLE_PLACE = /全(?:县|区|市|域)|(?:该|我|本)(?:县|区|市)|县域/gu;

/** The end of the last place named in the text (a gazetteer name, or 全县, 该区 …), or -1. */
function lastPlaceEnd(text: string): number {
	const mention = regionMentions(text).at(-1);
	const named = mention ? mention.index + mention.form.length : -1;
	const whole = [...text.matchAll(WHOLE_PLACE)].at(-1);
	return Math.max(named, whole ? whole.index + whole[0].length : -1);
}

/**
 * The single venue or firm a figure is about, or undefined: one named after the last place in the
 * figure's semicolon item, or, when the item names neither, in the sentences of its paragraph before.
 * Why: 整个黄金周共接待游客2.1万人次 follows sentences about 衡阳党史馆; it is the museum's, not 衡阳市's.
 */
export function venueSubject(itemBefore: string, paragraphBefore: string): string | undefined {
	const inItem = lastVenue(itemBefore);
	const placeInItem = lastPlaceEnd(itemBefore);
	if (inItem) return inItem.end > placeInItem ? inItem.name : undefined;
	if (placeInItem >= 0) return undefined;
	const earlier = lastVenue(paragraphBefore);
	return earlier && earlier.end > lastPlaceEnd(paragraphBefore) ? earlier.name : undefined;
}

// Why: 所有村（涉农社区）集体经济收入均超过10万元 is what each village earns, not the district's total.
const EACH_BEFORE = /(?:所有|每个|每一个|各个?|全部|\d+个)(?:行政)?村|村均|每村/u;
const EACH_AFTER = /^的(?:行政)?村/u;

const PART_YEAR =
	/上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}\s*[—–\-~至]\s*\d{1,2}月|前\d{1,2}个?月|\d{1,2}月份/u;
const MULTI_YEAR =
	/“?十[一二三四五六]五”?(?:期间|时期|以来|末)|年均|[三五十]年来|近[三五十]年|近\d+年|(?:去年|上年|\d{4}年(?:\d{1,2}月)?)以来/u;
const TO_DATE = /截至目前|截止目前|截至\d{1,2}月|截至当前|目前|今年以来|月底|月末/u;
const HOLIDAY = /春节|假期|黄金周|国庆|五一/u;

/** Where a figure stands, for telling its scope. */
export interface ScopeContext {
	/** The sentence up to the value. */
	before: string;
	/** The sentence after the value. */
	after: string;
	/** The sentence's semicolon item up to the value. */
	itemBefore: string;
	/** The paragraph before the sentence. */
	paragraphBefore: string;
	/** The whole sentence. */
	sentence: string;
	/** The article's year and month, for an as-of note. */
	asOf: string | null;
}

/** The last match of a pattern in the text, or undefined. */
function lastMatch(pattern: RegExp, text: string): string | undefined {
	return [...text.matchAll(new RegExp(pattern.source, 'gu'))].at(-1)?.[0];
}

/**
 * Every scope that fits a figure, most restrictive first (a venue's holiday count is the venue's):
 * the figure takes the first as its scope and all their notes.
 */
export function figureScopes(context: ScopeContext): ScopeReading[] {
	const { before, after, itemBefore, paragraphBefore, sentence, asOf } = context;
	const out: ScopeReading[] = [];
	const venue = venueSubject(itemBefore, paragraphBefore);
	if (venue !== undefined)
		out.push({
			scope: 'venue',
			note: `主语是单个场馆或企业（${venue}），不是全地区的总数`,
			uncertain: true,
		});
	if (EACH_BEFORE.test(before) || EACH_AFTER.test(after))
		out.push({ scope: 'per-unit', note: '是每个村要达到的数，不是全地区的总数', uncertain: false });
	const multi = lastMatch(MULTI_YEAR, before);
	if (multi !== undefined)
		out.push({ scope: 'multi-year', note: `是多年的数（${multi}），不是一年的`, uncertain: true });
	const part = lastMatch(PART_YEAR, before);
	if (part !== undefined)
		out.push({
			scope: 'part-year',
			note: `只是一年中的一段（${part}），不是全年`,
			uncertain: true,
		});
	const toDate = lastMatch(TO_DATE, before);
	if (toDate !== undefined)
		out.push({
			scope: 'to-date',
			note: `是报道时${asOf === null ? '' : `（${asOf}）`}的进度（${toDate}），不是全年的数`,
			uncertain: false,
		});
	if (before.includes('首批'))
		out.push({ scope: 'batch', note: '只是首批项目，不是全年', uncertain: false });
	if (HOLIDAY.test(sentence))
		out.push({ scope: 'holiday', note: '只是节假日期间的数字，不是全年', uncertain: false });
	return out;
}
