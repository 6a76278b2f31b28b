import { z } from 'astro/zod';
import { GAZETTEER } from '../lib/gazetteer.ts';

/** What a number measures: a rate of change, an amount, a ratio, or a number of things. */
export const measureSchema = z.enum([
	/** A rate of change in per cent: 增长8%, 增速5.3%, 涨幅3%. */
	'growth',
	/** An absolute amount of money, area or weight: 121.39亿元, 50.24万亩, 73.16万m². */
	'level',
	/** A ratio or rate in per cent that is not a change: 开工率100%, 占GDP比重22.8%. */
	'share',
	/** A number of things: 79个 projects, 2496人, 3758户, 6158套. */
	'count',
]);

/** Units as normalised: a bare 亿/万 after a money indicator becomes 亿元/万元, 平方米 becomes m². */
export const unitSchema = z.enum([
	'%',
	'亿元',
	'万元',
	'元',
	'个',
	'家',
	'户',
	'人',
	'万人',
	'万户',
	'人次',
	'万人次',
	'套',
	'张',
	'm²',
	'万m²',
	'亩',
	'万亩',
	'吨',
	'万吨',
]);

/**
 * How the printed number bounds the value: 左右/约 about, 近 just under, 以上 at least, 超过/突破/逾
 * above, 余/多 a little above (1100余亩), 以下/以内 at most. 达到 is not a qualifier: it states the value.
 */
export const qualifierSchema = z.enum([
	'左右',
	'约',
	'近',
	'以上',
	'超过',
	'突破',
	'逾',
	'余',
	'多',
	'以下',
	'以内',
]);

/**
 * What a figure covers when it is not the whole region over the whole year: venue one venue or firm
 * (衡阳党史馆 接待游客), per-unit a threshold each village reaches (所有村集体经济收入均超过10万元), batch one
 * batch of a programme (首批267个重点项目), holiday a holiday period (春节假期), to-date progress at the
 * date of the report (截至目前, 预计月底), part-year some months (上半年, 1—11月), multi-year a span of years
 * ("十四五"期间, 年均).
 */
export const figureScopeSchema = z.enum([
	'venue',
	'per-unit',
	'batch',
	'holiday',
	'to-date',
	'part-year',
	'multi-year',
]);

/** target: a goal for an outcome; plan: a programme of projects and their investment; result: achieved. */
export const figureKindSchema = z.enum(['target', 'plan', 'result']);

const regionNames = new Set(GAZETTEER.map((region) => region.name));

/** One quantitative statement read from an article: an indicator, its value, and where it was printed. */
export const figureSchema = z
	.object({
		/** Normalised indicator name from the lexicon (src/lib/figures/lexicon.ts), e.g. 地区生产总值 for 县内GDP. */
		indicator: z.string().min(1),
		/** The indicator's words as printed (县内GDP); a 分别 list item is joined to the head it shares (城镇 + 居民人均可支配收入). */
		printedIndicator: z.string().min(1),
		measure: measureSchema,
		/** The number as printed (7.0% gives 7); negative for a printed fall (下降2%). */
		value: z.number(),
		unit: unitSchema,
		/** Bound word printed with the number, normalised (首破 → 突破, 超 → 超过); null when the number stands alone. */
		qualifier: qualifierSchema.nullable(),
		/** The number with its unit and bound words exactly as printed, e.g. 8%左右, 首破10亿元. */
		printed: z.string().min(1),
		kind: figureKindSchema,
		/** Calendar year the figure belongs to (2023 for a 2023 goal, 2022 for last year's result), or null when nothing tells. */
		period: z.number().int().min(1949).max(2100).nullable(),
		/** Canonical gazetteer name: the place named nearest before the number in the sentence, else the article's primary region. */
		region: z
			.string()
			.refine((name) => regionNames.has(name), { message: 'not a gazetteer region' })
			.nullable(),
		/** The paper gives the value as an estimate or forecast (预计). */
		estimated: z.boolean(),
		/** The source sentence exactly as it reads in the article (Markdown escapes removed). */
		sentence: z.string().min(1),
		/** 0-based index of the body paragraph the sentence is in, headings not counted. */
		paragraph: z.number().int().nonnegative(),
		/** The extractor read something it could not settle (which indicator, which year); see note. */
		uncertain: z.boolean(),
		/** Why the figure is uncertain, or what a reader should know (it covers only the 春节 holiday). */
		note: z.string().min(1).optional(),
		/** Set when the figure is not a total for the whole region and year; see figureScopeSchema and note. */
		scope: figureScopeSchema.optional(),
	})
	.strict();

/** Sidecar file content/figures/<article id>.json: the figures of one article, in reading order. */
export const figuresFileSchema = z
	.object({
		/** The article's id (content/articles/<id>.md). */
		article: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		figures: z.array(figureSchema),
	})
	.strict();

/** A validated figure. */
export type Figure = z.infer<typeof figureSchema>;
/** A figure's measure. */
export type Measure = z.infer<typeof measureSchema>;
/** A normalised unit. */
export type Unit = z.infer<typeof unitSchema>;
/** A normalised bound word. */
export type Qualifier = z.infer<typeof qualifierSchema>;
/** target, plan or result. */
export type FigureKind = z.infer<typeof figureKindSchema>;
/** What a figure covers, when not the whole region and year. */
export type FigureScope = z.infer<typeof figureScopeSchema>;
/** A validated sidecar. */
export type FiguresFile = z.infer<typeof figuresFileSchema>;
