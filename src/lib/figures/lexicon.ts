/** Kinds of unit an indicator can be printed with. */
export type UnitClass = 'money' | 'percent' | 'count' | 'area' | 'weight';

/** An indicator the extractor knows, with the ways the paper prints it. */
export interface Indicator {
	/** Normalised name, e.g. 地区生产总值. */
	name: string;
	/** Printed forms; the longest form matching at a position wins. */
	forms: string[];
	/** Forms that name this indicator only when `after` matches earlier in the sentence (完成投资 after 重点项目). */
	contextual?: { after: RegExp; forms: string[] };
	/** Forms that may follow a count directly: 89个重点项目, 25个老旧小区. */
	postfix?: string[];
	/** Units the indicator is printed in; a number in another unit is not this indicator. */
	units: UnitClass[];
	/** A ratio (开工率, 比重): a per-cent value is a share, not a growth. */
	rate?: true;
	/** For a rate: the amount it is a rate of (a 增长 after 投资完成率 is that amount's growth). */
	of?: string;
	/** A programme of projects and their investment: forward-looking figures are plans, not targets. */
	plan?: true;
	/** Words just before a form that make it another statistic (申报高新技术企业 counts applications). */
	notAfter?: string[];
	/** Key-project figures: a printed level (省重点项目, 市重点项目) makes them a statistic of that level. */
	levels?: true;
	/** Renovation counts: a 开工 in the clause (已全部开工建设) makes them a count of works started. */
	stages?: true;
}

/**
 * Words right before any form that make it another statistic: 人均地区生产总值 is per head, 单位地区生产总值能耗
 * is energy, 亩均税收 is per mu. Why: 人均地区生产总值增长6% read as 地区生产总值 6% without this check.
 */
export const MODIFIERS_BEFORE: readonly string[] = ['人均', '户均', '亩均', '村均', '单位'];

const KEY_PROJECTS = /重点(?:建设)?项目/u;
const AMOUNT: UnitClass[] = ['money', 'percent'];

/**
 * The indicators extracted: a region's main economic statistics and the counts its work reports
 * set goals for. Anything else (single firms or projects, environment, governance, agriculture-sector
 * rates, 民生实事 facilities) is deliberately outside the lexicon and never extracted.
 */
export const LEXICON: readonly Indicator[] = [
	{
		name: '地区生产总值',
		forms: ['地区生产总值', '生产总值', '县内GDP', '区内GDP', 'GDP'],
		units: AMOUNT,
	},
	{
		name: '规模工业增加值',
		forms: ['规模工业增加值', '规模以上工业增加值', '规上工业增加值'],
		units: AMOUNT,
	},
	{
		name: '规模工业总产值',
		forms: ['规模工业总产值', '规模以上工业总产值', '规上工业总产值'],
		units: AMOUNT,
	},
	{ name: '固定资产投资', forms: ['固定资产投资'], units: AMOUNT },
	{ name: '工业技改投资', forms: ['工业技改投资', '技改投资'], units: AMOUNT },
	{ name: '社会消费品零售总额', forms: ['社会消费品零售总额', '社会消费品零售额'], units: AMOUNT },
	{
		name: '地方一般公共预算收入',
		forms: ['地方一般公共预算收入', '一般公共预算收入'],
		units: AMOUNT,
	},
	{ name: '地方税收', forms: ['地方税收', '税收收入'], units: AMOUNT },
	{
		name: '居民人均可支配收入',
		forms: ['全体居民人均可支配收入', '城乡居民人均可支配收入', '居民人均可支配收入'],
		units: AMOUNT,
	},
	{ name: '城镇居民人均可支配收入', forms: ['城镇居民人均可支配收入'], units: AMOUNT },
	{ name: '农村居民人均可支配收入', forms: ['农村居民人均可支配收入'], units: AMOUNT },
	{
		name: '居民消费价格',
		forms: ['居民消费价格涨幅', '居民消费价格指数', '居民消费价格', 'CPI'],
		units: ['percent'],
	},
	{ name: '进出口总额', forms: ['进出口总额', '外贸进出口总额', '外贸进出口'], units: AMOUNT },
	{
		name: '实际利用外资',
		forms: ['实际利用外资总额', '实际利用外资', '实际使用外资金额', '实际使用外资'],
		units: AMOUNT,
	},
	{ name: '高新技术产业增加值', forms: ['高新技术产业增加值'], units: AMOUNT },
	{
		name: '高新技术产业增加值占地区生产总值比重',
		forms: ['高新技术产业增加值占GDP比重', '高新技术产业增加值占地区生产总值比重'],
		units: ['percent'],
		rate: true,
	},
	{
		name: '研发经费投入强度',
		forms: ['全社会研发经费投入强度', '研发经费投入强度', 'R&D经费投入强度'],
		units: ['percent'],
		rate: true,
	},
	{ name: '建筑业产值', forms: ['建筑业总产值', '建筑业产值'], units: AMOUNT },
	{ name: '商品房销售面积', forms: ['商品房销售面积'], units: ['area', 'percent'] },
	{ name: '数字经济总量', forms: ['数字经济总量', '数字经济规模'], units: AMOUNT },
	{ name: '招商引资总投资', forms: ['招商引资总投资'], units: AMOUNT },
	{
		name: '引进“三类500强”项目',
		forms: ['“三类500强”企业项目', '“三类500强”项目'],
		units: ['count'],
	},
	{
		name: '接待游客',
		forms: ['接待游客数', '接待游客', '游客接待量'],
		units: ['count', 'percent'],
	},
	{ name: '旅游总收入', forms: ['旅游总收入', '旅游收入'], units: AMOUNT },
	{
		name: '重点项目数',
		forms: ['重点建设项目', '重点项目'],
		postfix: ['重点建设项目', '重点项目'],
		units: ['count'],
		plan: true,
		levels: true,
	},
	{
		name: '重点项目投资',
		forms: ['重点项目投资', '重点建设项目投资'],
		contextual: { after: KEY_PROJECTS, forms: ['完成投资', '年度计划投资'] },
		units: AMOUNT,
		plan: true,
		levels: true,
	},
	{
		name: '重点项目总投资',
		forms: ['重点项目总投资'],
		contextual: { after: KEY_PROJECTS, forms: ['投资总规模', '总投资'] },
		units: AMOUNT,
		plan: true,
		levels: true,
	},
	{
		name: '重点项目开工率',
		forms: ['重点项目开工率', '重点项目如期开工率'],
		contextual: { after: KEY_PROJECTS, forms: ['如期开工率', '开工率'] },
		units: ['percent'],
		rate: true,
		levels: true,
	},
	{
		name: '重点项目投资完成率',
		forms: ['重点项目投资完成率'],
		contextual: {
			after: KEY_PROJECTS,
			forms: [
				'投资完成率',
				'完成年计划投资的',
				'完成年度计划投资的',
				'完成年度计划的',
				'完成年计划的',
			],
		},
		units: ['percent'],
		rate: true,
		of: '重点项目投资',
		levels: true,
	},
	{
		name: '重点项目投资占固定资产投资比重',
		forms: ['重点项目投资占固定资产投资比重'],
		units: ['percent'],
		rate: true,
	},
	{ name: '新增城镇就业', forms: ['新增城镇就业', '城镇新增就业'], units: ['count'] },
	{ name: '新增义务教育学位', forms: ['新增义务教育学位'], units: ['count'] },
	{
		name: '新增公办学位',
		forms: ['新增公办学位', '增加公办学位', '新增公办教育学位', '增加公办教育学位'],
		units: ['count'],
	},
	{
		name: '净增市场主体',
		forms: ['净增各类市场主体', '净增市场主体', '市场主体净增'],
		units: ['count'],
	},
	{
		name: '净增企业',
		forms: ['净增企业'],
		// Why: 净增市场主体3500户（企业1400户） gives the firms among the market entities in brackets.
		contextual: { after: /市场主体/u, forms: ['（企业'] },
		units: ['count'],
	},
	{
		name: '净增“四上”企业',
		forms: ['净增“四上”企业', '“四上企业”净增', '“四上”企业净增'],
		units: ['count'],
	},
	{ name: '新增“四上”企业', forms: ['新增“四上”企业'], units: ['count'] },
	{
		name: '净增规模工业企业',
		forms: ['净增规模工业企业', '净增规模以上工业企业', '规模工业企业净增', '规模以上工业企业净增'],
		units: ['count'],
	},
	{ name: '新增高新技术企业', forms: ['新增高新技术企业'], units: ['count'] },
	{ name: '净增高新技术企业', forms: ['高新技术企业净增', '净增高新技术企业'], units: ['count'] },
	// Why: 申报高新技术企业41家 counts applications, not firms; it is left out.
	{ name: '高新技术企业', forms: ['高新技术企业'], units: ['count'], notAfter: ['申报'] },
	{ name: '科技型中小企业', forms: ['科技型中小企业'], units: ['count'] },
	{ name: '交付安置房', forms: ['交付安置房'], units: ['count', 'area'] },
	{
		name: '老旧小区改造',
		forms: ['老旧小区改造', '老旧小区'],
		// Why: 提速6个棚改、10个旧改项目 abbreviates both renovations.
		postfix: ['老旧小区', '旧改'],
		units: ['count'],
		stages: true,
	},
	{
		name: '棚户区改造',
		forms: ['棚户区改造'],
		postfix: ['棚户区', '棚改'],
		units: ['count'],
		stages: true,
	},
	{
		name: '新增养老床位',
		forms: ['新增社会化养老床位', '新增养老床位', '养老床位'],
		units: ['count'],
	},
	{ name: '粮食播种面积', forms: ['粮食播种面积'], units: ['area'] },
	{
		name: '粮食总产量',
		forms: ['粮食总产量', '粮食产量'],
		// Why: 确保粮食播种面积50万亩以上、总产21万吨以上 names 粮食 once for both.
		contextual: { after: /粮食/u, forms: ['总产量', '总产'] },
		units: ['weight'],
	},
	{ name: '村级集体经济收入', forms: ['村级集体经济收入', '集体经济收入'], units: ['money'] },
];

/** Levels a key-project figure can be printed with: 省重点项目 (provincial list), 市重点项目 (municipal list). */
export const PROGRAMME_LEVELS = ['省', '市'] as const;

/** A programme level. */
export type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];

/** The name of an indicator at a level: 省重点项目数, 市重点项目投资完成率. */
export function levelledName(name: string, level: ProgrammeLevel): string {
	return `${level}${name}`;
}

/** The name of a renovation count of works started: 老旧小区改造开工. */
export function startedName(name: string): string {
	return `${name}开工`;
}

/**
 * Every indicator name the extractor can write, in lexicon order: each lexicon name, followed by
 * its levelled names (省…, 市…) and its started-works name.
 */
export const INDICATOR_NAMES: readonly string[] = LEXICON.flatMap((indicator) => [
	indicator.name,
	...(indicator.levels ? PROGRAMME_LEVELS.map((level) => levelledName(indicator.name, level)) : []),
	...(indicator.stages ? [startedName(indicator.name)] : []),
]);

/** The lexicon entry behind a name: itself, or the entry a levelled or started-works name comes from. */
export function lexiconEntry(name: string): Indicator | undefined {
	return LEXICON.find(
		(indicator) =>
			indicator.name === name ||
			(indicator.levels === true &&
				PROGRAMME_LEVELS.some((level) => levelledName(indicator.name, level) === name)) ||
			(indicator.stages === true && startedName(indicator.name) === name),
	);
}

/**
 * Looks an indicator up by its normalised name; a levelled or started-works name gives its lexicon
 * entry under that name.
 */
export function indicatorByName(name: string): Indicator | undefined {
	const entry = lexiconEntry(name);
	return entry && (entry.name === name ? entry : { ...entry, name });
}
