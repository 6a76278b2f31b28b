import { z } from 'astro/zod';

/** Roles a credit line can print: the task (文/图/摄/策划/统筹) or the staff title (全媒体记者/通讯员…). */
export const creditSchema = z
	.object({
		/** Role as printed, e.g. 全媒体记者, 通讯员, 策划, 摄, 本报评论员; null when the paper printed only a name (衡阳日报讯(李少华)). */
		role: z.string().min(1).nullable(),
		/** Person or organisation, e.g. 周琪, 珠晖区委宣传部. */
		name: z.string().min(1),
		/** Employer or unit printed before the role, e.g. 衡阳日报 in 文/衡阳日报全媒体记者 周琪. */
		affiliation: z.string().min(1).optional(),
		/** The task a slash marker assigned, e.g. 文 for 文/…, 图 for 图/…, 文/图 for a dateline's 文/图. */
		contribution: z.string().min(1).optional(),
	})
	.strict();

/** A photo caption printed on the page (there are no images in the archive, only the caption text). */
export const captionSchema = z
	.object({
		/** Caption text, punctuation normalised. */
		text: z.string().min(1),
		/** Photo credit as printed without the ■ mark, e.g. 唐俊 摄. */
		credit: z.string().min(1).optional(),
		/** 1-based line of the raw file the caption stands on. */
		line: z.number().int().positive(),
	})
	.strict();

/** How an article's date was arrived at. */
export const dateBasisSchema = z
	.object({
		/**
		 * full-date: 2021年6月25日 printed in full; month-day+year: 1月30日 with the year taken from the
		 * article (2023年…); month-day+lunar: 2月7日 with 壬寅虎年/虎年; month-day+page-year: the year of other
		 * articles on the page; page: the latest date inferred for the other articles on the same page;
		 * override: a maintainer's seeds/*.meta.yaml; none: nothing to go on.
		 */
		method: z.enum([
			'full-date',
			'month-day+year',
			'month-day+lunar',
			'month-day+page-year',
			'page',
			'override',
			'none',
		]),
		/** The words of the page the decision rests on, in Chinese, for readers (e.g. 1月30日；年份据“2023年”). */
		evidence: z.string(),
	})
	.strict();

/** An official or other person named with their post, e.g. 区委书记魏中发. */
export const personSchema = z
	.object({
		name: z.string().min(2),
		/** The post as printed just before the name, e.g. 珠晖区委书记. */
		post: z.string().min(1),
	})
	.strict();

/** Where an article came from: the raw file and its position among the file's articles. */
export const sourceSchema = z
	.object({
		/** File name under seeds/, e.g. 003_aac00d1867b0bacf.txt. */
		file: z.string().min(1),
		/** 1-based position of the article on the page, in order of its first block. */
		part: z.number().int().positive(),
		/** 1-based raw lines (first and last) the article's blocks come from. */
		lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
	})
	.strict();

/** A note the ingest leaves where it was not sure (fragment order, repeated text, a cut paragraph). */
export const doubtSchema = z
	.object({
		/** 1-based raw line the doubt is about. */
		line: z.number().int().positive(),
		kind: z.enum([
			'order',
			'repeated',
			'truncated',
			'continuation',
			'title-placement',
			'caption-placement',
			'body-placement',
		]),
		/** What the ingest saw and what it did, in plain words. */
		note: z.string().min(1),
	})
	.strict();

/** Genres the paper prints. */
export const genreSchema = z.enum(['消息', '通讯', '评论', '图片']);

/** Frontmatter of one generated article entry (content/articles/<id>.md). */
export const articleSchema = z
	.object({
		/** Stable ASCII id, also the URL slug: date + pinyin of the title. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		/** Main headline (主题), punctuation normalised. */
		title: z.string().min(1),
		/** printed: the page prints it; derived: made from the first words (a continuation has none); override. */
		titleSource: z.enum(['printed', 'derived', 'override']),
		/** 引题 printed above the title, e.g. 珠晖区委经济工作会议提出——. */
		kicker: z.string().min(1).optional(),
		/** 副题 / deck printed below the title, e.g. ——写在2023年雁峰区两会召开之际. */
		subtitle: z.string().min(1).optional(),
		/** Column banner printed over the story (栏目), e.g. 聚力中心化攻坚年. */
		column: z.string().min(1).optional(),
		/** The byline as printed (■策划/…), kept whole. */
		byline: z.string().min(1).optional(),
		/** The dateline as printed (衡阳日报讯（全媒体记者 许珂）), kept whole. */
		dateline: z.string().min(1).optional(),
		credits: z.array(creditSchema),
		/** ISO date (YYYY-MM-DD) the article reports, or null when nothing on the page tells. */
		date: z.iso.date().nullable(),
		dateBasis: dateBasisSchema,
		/** null when the page gives nothing to tell by (a continuation from another page). */
		genre: genreSchema.nullable(),
		/** Canonical region names from the gazetteer, primary region first. */
		regions: z.array(z.string().min(2)),
		/** Numbered political formulas as printed (七任务 and 七大任务 both kept), in order of first use. */
		slogans: z.array(z.string().min(2)),
		people: z.array(personSchema),
		captions: z.array(captionSchema),
		source: sourceSchema,
		/** Places where the ingest was unsure; shown to readers and maintainers. */
		doubts: z.array(doubtSchema),
	})
	.strict();

/** A validated article's frontmatter. */
export type Article = z.infer<typeof articleSchema>;
/** One credit of an article. */
export type Credit = z.infer<typeof creditSchema>;
/** One caption of an article. */
export type Caption = z.infer<typeof captionSchema>;
/** One named person of an article. */
export type Person = z.infer<typeof personSchema>;
/** How a date was decided. */
export type DateBasis = z.infer<typeof dateBasisSchema>;
/** One ingest doubt. */
export type Doubt = z.infer<typeof doubtSchema>;
/** A genre. */
export type Genre = z.infer<typeof genreSchema>;
