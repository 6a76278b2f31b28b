import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article.ts';
import { figureSchema, figuresFileSchema, type Figure } from '../../src/schemas/figure.ts';
import { articleTime, extractFigures, type FigureSource } from '../../src/lib/figures/extract.ts';
import { findForms, postfixForm, resolveListItem } from '../../src/lib/figures/forms.ts';
import { LEXICON } from '../../src/lib/figures/lexicon.ts';
import { isFiller, readSentence } from '../../src/lib/figures/read.ts';
import { inferRegion } from '../../src/lib/figures/region.ts';
import {
	clauseAround,
	figureScopes,
	programmeLevel,
	startedOnly,
	venueSubject,
} from '../../src/lib/figures/scope.ts';
import { bodyParagraphs, splitSentences } from '../../src/lib/figures/sentences.ts';
import {
	explicitYear,
	headingYear,
	inferTiming,
	namesSpan,
	nearestCue,
	relativeYear,
} from '../../src/lib/figures/time.ts';
import { findValues, fitUnit } from '../../src/lib/figures/values.ts';

const CONTENT = fileURLToPath(new URL('../../content/articles/', import.meta.url));

/** Shorthand for the fields a reader checks: indicator, measure, value, unit, qualifier. */
const brief = (sentence: string): string[] =>
	readSentence(sentence).map(
		(r) => `${r.indicator} ${r.measure} ${r.value}${r.unit}${r.qualifier ?? ''}`,
	);

describe('sentences', () => {
	test('splits a paragraph after 。 and an ellipsis, keeping closing quotes with their sentence', () => {
		const text = '“全力拼经济。”1月30日，会议召开。分别增长7.0%、8.1%……过去的一年，稳中有进';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'“全力拼经济。”',
			'1月30日，会议召开。',
			'分别增长7.0%、8.1%……',
			'过去的一年，稳中有进',
		]);
		expect(sentences.map((s) => s.text).join('')).toBe(text);
		expect(sentences[1]?.start).toBe(8);
	});

	test('numbers body paragraphs without headings and remembers the headings above each', () => {
		const body =
			'导语。\n\n## 2022年“优”的成绩单\n\n### ★经济\n\n增长10%，见\\*号。\n\n## 2023年\n\n目标。';
		const paragraphs = bodyParagraphs(body);
		expect(paragraphs.map((p) => [p.index, p.text, p.headings, p.sectionStart])).toEqual([
			[0, '导语。', [], 0],
			[1, '增长10%，见*号。', ['2022年“优”的成绩单', '★经济'], 1],
			[2, '目标。', ['2023年'], 2],
		]);
	});
});

describe('values', () => {
	test('reads numbers with units and the bound words around them', () => {
		const values = findValues(
			'地区生产总值增长8%左右，总量首破10亿元大关，征地1100余亩，超45%，近35万人次',
		);
		expect(values.map((v) => [v.value, v.unit, v.qualifier, v.printed])).toEqual([
			[8, '%', '左右', '8%左右'],
			[10, '亿元', '突破', '首破10亿元'],
			[1100, '亩', '余', '1100余亩'],
			[45, '%', '超过', '超45%'],
			[35, '万人次', '近', '近35万人次'],
		]);
	});

	test('ignores numbers without a unit and words that only start like one', () => {
		expect(findValues('2023年1月30日，5G基站，3个月完成，二十大，提高2个百分点')).toEqual([]);
	});

	test('turns a bare 亿 into 亿元 only for a money indicator', () => {
		expect(fitUnit('亿', ['money', 'percent'])).toBe('亿元');
		expect(fitUnit('亿', ['count'])).toBeUndefined();
		expect(fitUnit('万亩', ['area'])).toBe('万亩');
	});
});

describe('lexicon', () => {
	test('normalises the printed names of GDP and takes the longest form', () => {
		expect(
			findForms('预计县内GDP增长，高新技术产业增加值占GDP比重').map((m) => [
				m.form,
				m.indicator.name,
			]),
		).toEqual([
			['县内GDP', '地区生产总值'],
			['高新技术产业增加值占GDP比重', '高新技术产业增加值占地区生产总值比重'],
		]);
	});

	test('accepts a contextual form only after its context', () => {
		expect(findForms('完成投资54.98亿元')).toEqual([]);
		expect(findForms('开工建设重点项目79个，完成投资').at(-1)?.indicator.name).toBe('重点项目投资');
	});

	test('leaves out applications for high-tech status', () => {
		expect(findForms('申报高新技术企业41家')).toEqual([]);
	});

	test('finds a count noun right after the count, past a level word', () => {
		expect(postfixForm('在衡省重点项目完成')?.indicator.name).toBe('重点项目数');
		expect(postfixForm('老旧小区主体改造项目')?.form).toBe('老旧小区');
		expect(postfixForm('项目建设')).toBeUndefined();
	});

	test('joins a 分别 list item to the head of the last item', () => {
		const text = '城镇、农村居民人均可支配收入';
		expect(
			resolveListItem(text, { start: 0, end: 2 }, { start: 3, end: text.length }),
		).toMatchObject({
			printed: '城镇居民人均可支配收入',
			indicator: { name: '城镇居民人均可支配收入' },
		});
	});

	test('has unique indicator names', () => {
		expect(new Set(LEXICON.map((i) => i.name)).size).toBe(LEXICON.length);
	});
});

describe('reading a sentence', () => {
	test('reads a list of targets, one figure per clause', () => {
		expect(
			brief('地区生产总值增长8%左右，规模工业增加值增长9%左右，固定资产投资增长10%。'),
		).toEqual([
			'地区生产总值 growth 8%左右',
			'规模工业增加值 growth 9%左右',
			'固定资产投资 growth 10%',
		]);
	});

	test('pairs a 分别 list of indicators with its values', () => {
		expect(brief('城镇、农村居民人均可支配收入分别增长7.0%、8.1%。')).toEqual([
			'城镇居民人均可支配收入 growth 7%',
			'农村居民人均可支配收入 growth 8.1%',
		]);
		expect(brief('22个市重点项目开工率和投资完成率分别达100%、90.56%。')).toEqual([
			'市重点项目数 count 22个',
			'市重点项目开工率 share 100%',
			'市重点项目投资完成率 share 90.56%',
		]);
	});

	test('leaves out a 分别 list whose lengths differ', () => {
		expect(brief('城镇、农村居民人均可支配收入分别增长7.0%。')).toEqual([]);
	});

	test('gives an elided indicator the previous figure’s (总量, 增长)', () => {
		expect(
			brief('预计县内GDP增长5.8%，总量突破200亿大关；完成地方税收6.31亿元，增长10.8%。'),
		).toEqual([
			'地区生产总值 growth 5.8%',
			'地区生产总值 level 200亿元突破',
			'地方税收 level 6.31亿元',
			'地方税收 growth 10.8%',
		]);
	});

	test('does not lend an indicator across a clause that names something else', () => {
		expect(brief('建成交付安置房6158套73.16万m²，节约过渡费3950万元。')).toEqual([
			'交付安置房 count 6158套',
			'交付安置房 level 73.16万m²',
		]);
	});

	test('reads a growth after a completion rate as the investment’s growth, marked uncertain', () => {
		const [rate, growth] = readSentence('52个在衡省重点项目完成年计划投资的135.1%，增长76.3%；');
		expect(rate).toMatchObject({ indicator: '省重点项目数', value: 52 });
		expect(growth).toMatchObject({ indicator: '省重点项目投资完成率', value: 135.1 });
		expect(readSentence('52个在衡省重点项目完成年计划投资的135.1%，增长76.3%；')[2]).toMatchObject({
			indicator: '省重点项目投资',
			measure: 'growth',
			value: 76.3,
			uncertain: expect.any(String) as unknown,
		});
	});

	test('reads phrasings the seeds do not use', () => {
		expect(brief('外贸进出口总额完成56亿元，较上年同期增长12%。')).toEqual([
			'进出口总额 level 56亿元',
			'进出口总额 growth 12%',
		]);
		expect(brief('实施重点项目120个，完成投资350亿元，完成年度计划的108%。')).toEqual([
			'重点项目数 count 120个',
			'重点项目投资 level 350亿元',
			'重点项目投资完成率 share 108%',
		]);
		expect(brief('固定资产投资增长10%以上，其中产业投资增长15%。')).toEqual([
			'固定资产投资 growth 10%以上',
		]);
		expect(brief('规模工业增加值增速比2021年提高1.2个百分点。')).toEqual([]);
	});

	test('leaves out an indicator with a modifier right before it or a 中 right after it', () => {
		expect(brief('人均地区生产总值增长6%，居民人均可支配收入增长6.5%。')).toEqual([
			'居民人均可支配收入 growth 6.5%',
		]);
		expect(brief('单位地区生产总值能耗下降3%。')).toEqual([]);
		expect(brief('固定资产投资中产业投资增长15%。')).toEqual([]);
		expect(brief('科技型中小企业突破1200家。')).toEqual(['科技型中小企业 count 1200家突破']);
	});

	test('splits key-project figures by the level printed before them', () => {
		expect(
			brief('带动实施50个以上省重点项目、400个以上市重点项目，完成重点项目投资1300亿元。'),
		).toEqual([
			'省重点项目数 count 50个以上',
			'市重点项目数 count 400个以上',
			'重点项目投资 level 1300亿元',
		]);
		expect(brief('281个市重点项目完成年计划投资的131.7%。')).toEqual([
			'市重点项目数 count 281个',
			'市重点项目投资完成率 share 131.7%',
		]);
		// 全市 and a city's name are the place, not the level.
		expect(brief('全市重点项目开工率达到65%，耒阳市重点项目120个。')).toEqual([
			'重点项目开工率 share 65%',
			'重点项目数 count 120个',
		]);
	});

	test('tells renovations started from renovations done', () => {
		expect(brief('17个老旧小区改造项目已全部开工建设。')).toEqual(['老旧小区改造开工 count 17个']);
		expect(brief('7个老旧小区主体改造项目均已完工。')).toEqual(['老旧小区改造 count 7个']);
		expect(brief('提速6个棚改、10个旧改项目建设。')).toEqual([
			'棚户区改造 count 6个',
			'老旧小区改造 count 10个',
		]);
	});

	test('reads 万户 and 张', () => {
		expect(brief('净增市场主体1.2万户。')).toEqual(['净增市场主体 count 1.2万户']);
		expect(brief('新增社会化养老床位120张以上。')).toEqual(['新增养老床位 count 120张以上']);
	});

	test('leaves out a per cent of an amount with no growth word', () => {
		expect(brief('社会消费品零售总额8%。')).toEqual([]);
	});

	test('makes a printed fall negative', () => {
		expect(brief('固定资产投资下降2.5%。')).toEqual(['固定资产投资 growth -2.5%']);
	});

	test('tells filler between numbers from words that name something', () => {
		expect(isFiller('，较2021年同比增长')).toBe(true);
		expect(isFiller('，节约过渡费')).toBe(false);
		// 其中 introduces a part of the whole, never the whole again.
		expect(isFiller('，其中')).toBe(false);
	});
});

describe('time', () => {
	test('takes the last year in the text that is not a comparison base or a span', () => {
		expect(explicitYear('会议明确，2023年蒸湘区')).toBe(2023);
		expect(explicitYear('今年，完成投资1100亿元以上，较2021年同比增长')).toBeUndefined();
		expect(explicitYear('2021年以来，我市')).toBeUndefined();
		expect(namesSpan('2021年11月至2022年10月，我市农产品进出口额达')).toBe(true);
	});

	test('reads 今年, 去年 and holidays against the article year, but not 较去年', () => {
		expect(relativeYear('今年，我市将', 2022)).toBe(2022);
		expect(relativeYear('去年，在衡阳市', 2023)).toBe(2022);
		expect(relativeYear('虎年春节假期，南岳衡山接待游客4.99万人次，较去年增长', 2022)).toBe(2022);
	});

	test('takes the innermost heading that prints a year', () => {
		expect(headingYear(['2022年“优”的成绩单提振信心', '★经济实现快速发展'])).toBe(2022);
		expect(headingYear(['2023，争当发展“领头雁”', '【路径一】'])).toBe(2023);
		expect(headingYear(['1 迎难而上的澎湃动能从何而来？'])).toBeUndefined();
	});

	test('finds the nearest cue word and skips a comparison base', () => {
		expect(nearestCue('这一年，衡山县开工建设重点项目')).toEqual({
			outlook: 'result',
			word: '这一年',
		});
		expect(nearestCue('截至目前，开工率已达到73%，预计月底将达')).toEqual({
			outlook: 'forward',
			word: '将',
		});
		expect(nearestCue('全力保面积，确保全县粮食播种面积')?.outlook).toBe('forward');
		expect(nearestCue('预计县内GDP增长')).toBeUndefined();
	});

	test('reads a past year as a result and a later year as a goal, whatever the cue', () => {
		const january = articleTime('2023-01-30');
		expect(inferTiming({ year: 2021, source: 'sentence' }, 'forward', january)).toEqual({
			outlook: 'result',
			period: 2021,
		});
		expect(inferTiming({ year: 2025, source: 'sentence' }, undefined, january)).toEqual({
			outlook: 'forward',
			period: 2025,
		});
	});

	test('in a January–March article, reads an undated figure as last year’s result and a current-year one as a goal', () => {
		const january = articleTime('2023-01-09');
		expect(inferTiming(undefined, undefined, january)).toEqual({ outlook: 'result', period: 2022 });
		expect(inferTiming({ year: 2023, source: 'sentence' }, undefined, january)).toEqual({
			outlook: 'forward',
			period: 2023,
		});
		expect(inferTiming(undefined, 'forward', january)).toEqual({
			outlook: 'forward',
			period: 2023,
		});
	});

	test('marks the year uncertain rather than guess it later in the year or without a date', () => {
		expect(inferTiming(undefined, undefined, articleTime('2023-07-01'))).toMatchObject({
			period: null,
			uncertain: expect.any(String) as unknown,
		});
		expect(inferTiming(undefined, 'forward', articleTime(null))).toMatchObject({
			period: null,
			uncertain: expect.any(String) as unknown,
		});
	});
});

describe('scope', () => {
	test('reads the level of the last key-project mention, not a place’s 市', () => {
		expect(programmeLevel('52个在衡省重点项目完成年计划投资的')).toBe('省');
		expect(programmeLevel('400个以上市重点项目')).toBe('市');
		expect(programmeLevel('实施省市级重点项目')).toBeUndefined();
		expect(programmeLevel('全市重点项目')).toBeUndefined();
		expect(programmeLevel('衡阳市重点项目')).toBeUndefined();
		expect(programmeLevel('省重点项目60个、完成重点项目投资')).toBeUndefined();
	});

	test('takes the clause around a value and tells works started from works done', () => {
		expect(clauseAround('改造提升25个老旧小区，加装电梯25台。', 4, 7)).toBe('改造提升25个老旧小区');
		expect(startedOnly('17个老旧小区改造项目已全部开工建设')).toBe(true);
		expect(startedOnly('开工建设并完成改造老旧小区12个')).toBe(false);
	});

	test('finds a single venue as the subject, but not many venues or a named place after it', () => {
		expect(venueSubject('整个黄金周共接待游客', '春节是衡阳党史馆的首个黄金周。')).toBe('党史馆');
		expect(venueSubject('衡阳市博物馆接待游客', '')).toBe('博物馆');
		expect(venueSubject('全市22家旅游景区接待游客', '')).toBeUndefined();
		expect(venueSubject('南岳区接待游客', '该公司投产。')).toBeUndefined();
		expect(venueSubject('接待游客', '南岳衡山迎来降雪。')).toBeUndefined();
	});

	test('lists every scope that fits, most restrictive first', () => {
		const scopes = figureScopes({
			before: '截至目前，全市首批重点项目如期开工率已达到',
			after: '。',
			itemBefore: '截至目前，全市首批重点项目如期开工率已达到',
			paragraphBefore: '',
			sentence: '截至目前，全市首批重点项目如期开工率已达到73%。',
			asOf: '2022年2月',
		});
		expect(scopes.map((s) => s.scope)).toEqual(['to-date', 'batch']);
		expect(scopes[0]?.note).toContain('2022年2月');
		const village = figureScopes({
			before: '力争所有村级集体经济收入达到',
			after: '的村。',
			itemBefore: '力争所有村级集体经济收入达到',
			paragraphBefore: '',
			sentence: '力争所有村级集体经济收入达到20万元以上的村。',
			asOf: null,
		});
		expect(village.map((s) => [s.scope, s.uncertain])).toEqual([['per-unit', false]]);
	});
});

describe('region', () => {
	test('takes the place named nearest before the number, else the article’s primary region', () => {
		expect(inferRegion('会议明确，2023年蒸湘区地区生产总值增长', ['衡阳市'])).toBe('蒸湘区');
		expect(inferRegion('支持南岳电控、舜达精工等企业，力争净增规模以上工业企业', ['雁峰区'])).toBe(
			'雁峰区',
		);
		expect(inferRegion('衡阳幼高专校门周边改造；2022年度', ['雁峰区'])).toBe('雁峰区');
		expect(
			inferRegion('2023年蒸湘区地区生产总值增长7.5%左右；规模工业增加值增长', ['衡阳市']),
		).toBe('蒸湘区');
		expect(inferRegion('新增城镇就业', [])).toBeNull();
	});
});

describe('extractFigures', () => {
	const article: FigureSource = {
		id: 'example',
		date: '2023-01-30',
		regions: ['珠晖区', '衡阳市'],
		body: [
			'区长描绘了2023年的“珠晖目标”：地区生产总值增长8%左右，固定资产投资增长10%。',
			'## 2022年“优”的成绩单',
			'建成交付安置房6158套。预计规模工业增加值增长8.4%。',
		].join('\n\n'),
	};

	test('gives each figure its kind, year, region, sentence and paragraph', () => {
		const figures = extractFigures(article);
		expect(
			figures.map((f) => [f.indicator, f.kind, f.period, f.region, f.paragraph, f.estimated]),
		).toEqual([
			['地区生产总值', 'target', 2023, '珠晖区', 0, false],
			['固定资产投资', 'target', 2023, '珠晖区', 0, false],
			['交付安置房', 'result', 2022, '珠晖区', 1, false],
			['规模工业增加值', 'result', 2022, '珠晖区', 1, true],
		]);
		expect(figures[3]?.sentence).toBe('预计规模工业增加值增长8.4%。');
		for (const figure of figures) expect(figureSchema.parse(figure)).toEqual(figure);
	});

	test('calls key-project figures plans and notes holiday-period figures', () => {
		const [projects, visitors] = extractFigures({
			...article,
			body: '今年，我市将带动实施50个以上省重点项目。\n\n春节假期，全市接待游客近35万人次。',
		});
		expect(projects).toMatchObject({
			indicator: '省重点项目数',
			kind: 'plan',
			period: 2023,
			qualifier: '以上',
		});
		expect(visitors).toMatchObject({
			kind: 'result',
			period: 2023,
			region: '衡阳市',
			uncertain: false,
			scope: 'holiday',
			note: expect.any(String) as unknown,
		});
	});

	test('marks a venue’s figure as the venue’s, even when the venue is named only in earlier sentences', () => {
		const [museum] = extractFigures({
			...article,
			regions: ['衡阳市'],
			body: '春节是衡阳党史馆获评景区后的首个黄金周。在党史馆，游客有序入馆。整个黄金周共接待游客2.1万人次。',
		});
		expect(museum).toMatchObject({ scope: 'venue', uncertain: true, region: '衡阳市' });
		const [city] = extractFigures({
			...article,
			regions: ['衡阳市'],
			body: '春节假期，全市22家旅游景区接待游客近35万人次。',
		});
		expect(city).toMatchObject({ scope: 'holiday', uncertain: false });
		const [county] = extractFigures({
			...article,
			regions: ['衡山县'],
			body: '恒信新材公司被认定为示范企业。全县建筑业产值增长15.6%。',
		});
		expect(county?.scope).toBeUndefined();
	});

	test('marks per-village thresholds, snapshots and first batches, and does not call a forecast a target', () => {
		const figures = extractFigures({
			...article,
			date: '2022-02-07',
			regions: ['衡阳市'],
			body: [
				'所有村（涉农社区）集体经济收入均超过10万元。',
				'今年首批267个重点项目，年度计划投资760亿元。',
				'截至目前，全市首批重点项目如期开工率已达到73%，预计月底将达100%。',
			].join('\n\n'),
		});
		expect(figures.map((f) => [f.printed, f.kind, f.scope, f.uncertain])).toEqual([
			['超过10万元', 'result', 'per-unit', false],
			['267个', 'plan', 'batch', false],
			['760亿元', 'plan', 'batch', false],
			['73%', 'result', 'to-date', false],
			['100%', 'result', 'to-date', true],
		]);
		expect(figures[3]?.note).toContain('2022年2月');
		expect(figures[4]?.estimated).toBe(true);
	});

	test('never gives part-year or multi-year figures as a year’s result', () => {
		const figures = extractFigures({
			...article,
			date: '2022-12-20',
			regions: ['衡阳市'],
			body: [
				'上半年，全市地区生产总值增长4.8%。',
				'1—11月，全市规模工业增加值增长7.2%。',
				'“十四五”期间，地区生产总值年均增长7%以上。',
			].join('\n\n'),
		});
		expect(figures.map((f) => [f.value, f.scope, f.uncertain])).toEqual([
			[4.8, 'part-year', true],
			[7.2, 'part-year', true],
			[7, 'multi-year', true],
		]);
		expect(figures[2]?.period).toBeNull();
	});

	test('does not carry a goal cue into a later paragraph unless it continues a semicolon list', () => {
		const january = { ...article, regions: ['蒸湘区'] };
		const plain = extractFigures({
			...january,
			body: '新的一年，力争新增城镇就业3000人以上。\n\n地区生产总值增长5.3%。',
		});
		expect(plain.map((f) => [f.indicator, f.kind, f.period])).toEqual([
			['新增城镇就业', 'target', 2023],
			['地区生产总值', 'result', 2022],
		]);
		const list = extractFigures({
			...january,
			body: '确保完成新增养老床位120张以上；新增城区停车位500个。\n\n提质改造老旧小区9个；增加公办学位2000个。',
		});
		expect(list.map((f) => [f.indicator, f.unit, f.kind])).toEqual([
			['新增养老床位', '张', 'target'],
			['老旧小区改造', '个', 'target'],
			['新增公办学位', '个', 'target'],
		]);
	});
});

// ---------------------------------------------------------------------------------------------
// Evaluation, in two parts printed separately:
//
// - in-sample: test/figures/expected.json, every figure of every article of content/articles/. The
//   extractor's rules were written while reading these articles, so this score is optimistic.
// - held-out: test/figures/held-out.json, sentences written and labelled before the extractor was
//   run on them. This is the honest measure of how it reads new text.
//
// Precision = correct extractions / extractions, recall = matched expected figures / expected
// figures. A figure matches an expected entry when article, paragraph, indicator, measure, value,
// unit, qualifier, kind, period, region and scope are all equal; each entry matches at most once.
// In the held-out set, an 'acceptable' statement (one that must be left out or marked) found and
// marked (uncertain, or a scope) counts as a correct extraction and found unmarked as a false
// positive; it never counts towards recall.
// ---------------------------------------------------------------------------------------------

interface Expected {
	article: string;
	paragraph: number;
	indicator: string;
	measure: Figure['measure'];
	value: number;
	unit: Figure['unit'];
	qualifier: Figure['qualifier'];
	kind: Figure['kind'];
	period: number | null;
	region: string | null;
	scope?: Figure['scope'];
	uncertain?: boolean;
}

type Extracted = Figure & { article: string };

const expectedFile = JSON.parse(
	readFileSync(new URL('expected.json', import.meta.url), 'utf8'),
) as {
	articles: string[];
	figures: Expected[];
};

interface HeldOutCase {
	id: string;
	date: string | null;
	regions: string[];
	paragraphs: string[];
	figures: Omit<Expected, 'article'>[];
	acceptable?: { indicator: string; value: number; unit: string }[];
}

const heldOutFile = JSON.parse(readFileSync(new URL('held-out.json', import.meta.url), 'utf8')) as {
	cases: HeldOutCase[];
};

function readArticle(name: string): FigureSource {
	const source = readFileSync(join(CONTENT, name), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)\n$/u.exec(source);
	if (!match) throw new Error(`${name}: no frontmatter`);
	const data = articleSchema.parse(parse(match[1] ?? ''));
	return { id: data.id, date: data.date, regions: data.regions, body: match[2] ?? '' };
}

const key = (f: Omit<Expected, 'uncertain'>): string =>
	[
		f.article,
		f.paragraph,
		f.indicator,
		f.measure,
		f.value,
		f.unit,
		f.qualifier,
		f.kind,
		f.period,
		f.region,
		f.scope ?? null,
	].join('|');

/** A figure a reader is told to doubt or not to read as a regional total for the year. */
const isMarked = (figure: Figure): boolean =>
	figure.uncertain || (figure.scope !== undefined && figure.scope !== 'holiday');

interface Score {
	truePositives: { figure: Extracted; expected: Expected }[];
	acceptedMarked: Extracted[];
	falsePositives: Extracted[];
	falseNegatives: Expected[];
	precision: number;
	recall: number;
}

/** Scores extractions against expected entries and 'acceptable' statements. */
function score(
	extracted: readonly Extracted[],
	expected: readonly Expected[],
	acceptable: readonly { article: string; indicator: string; value: number; unit: string }[] = [],
): Score {
	const unmatched = new Map<string, Expected[]>();
	for (const entry of expected)
		unmatched.set(key(entry), [...(unmatched.get(key(entry)) ?? []), entry]);
	const truePositives: Score['truePositives'] = [];
	const acceptedMarked: Extracted[] = [];
	const falsePositives: Extracted[] = [];
	for (const figure of extracted) {
		const entry = unmatched.get(key(figure))?.shift();
		if (entry) {
			truePositives.push({ figure, expected: entry });
			continue;
		}
		const allowed = acceptable.some(
			(a) =>
				a.article === figure.article &&
				a.indicator === figure.indicator &&
				a.value === figure.value &&
				a.unit === figure.unit,
		);
		if (allowed && isMarked(figure)) acceptedMarked.push(figure);
		else falsePositives.push(figure);
	}
	const correct = truePositives.length + acceptedMarked.length;
	return {
		truePositives,
		acceptedMarked,
		falsePositives,
		falseNegatives: [...unmatched.values()].flat(),
		precision: extracted.length === 0 ? 1 : correct / extracted.length,
		recall: expected.length === 0 ? 1 : truePositives.length / expected.length,
	};
}

function report(name: string, result: Score, extracted: number, expected: number): void {
	console.log(`\n${name}`);
	console.table([
		{
			extracted,
			expected,
			matched: result.truePositives.length,
			'acceptable, marked': result.acceptedMarked.length,
			precision: result.precision.toFixed(3),
			recall: result.recall.toFixed(3),
		},
	]);
	if (result.falsePositives.length > 0)
		console.log(
			'false positives:',
			result.falsePositives.map((f) => `${key(f)}${f.uncertain ? ' (uncertain)' : ''}`),
		);
	if (result.falseNegatives.length > 0)
		console.log(
			'false negatives:',
			result.falseNegatives.map((f) => key(f)),
		);
}

describe('evaluation against the hand-checked figures (in-sample)', () => {
	const articles = readdirSync(CONTENT)
		.filter((name) => name.endsWith('.md'))
		.map(readArticle);
	const covered = new Set(expectedFile.articles);
	const extracted: Extracted[] = articles
		.filter((article) => covered.has(article.id))
		.flatMap((article) =>
			extractFigures(article).map((figure) => ({ article: article.id, ...figure })),
		);
	const result = score(extracted, expectedFile.figures);

	test('covers every article of content/ and lists at least 40 figures', () => {
		expect(expectedFile.articles.sort()).toEqual(articles.map((a) => a.id).sort());
		expect(expectedFile.figures.length).toBeGreaterThanOrEqual(40);
		for (const entry of expectedFile.figures) expect(covered.has(entry.article)).toBe(true);
	});

	test('reaches precision ≥ 0.95 and recall ≥ 0.9', () => {
		const rows = articles.map((article) => ({
			article: article.id,
			expected: expectedFile.figures.filter((e) => e.article === article.id).length,
			extracted: extracted.filter((f) => f.article === article.id).length,
			matched: result.truePositives.filter((t) => t.figure.article === article.id).length,
		}));
		console.log('\nFigures against test/figures/expected.json (in-sample), by article');
		console.table(rows);
		report(
			'IN-SAMPLE (test/figures/expected.json)',
			result,
			extracted.length,
			expectedFile.figures.length,
		);
		expect(result.precision).toBeGreaterThanOrEqual(0.95);
		expect(result.recall).toBeGreaterThanOrEqual(0.9);
	});

	test('flags as uncertain exactly the matched figures the list marks uncertain', () => {
		const mismatched = result.truePositives.filter(
			({ figure, expected }) => figure.uncertain !== (expected.uncertain ?? false),
		);
		expect(mismatched.map(({ figure }) => `${key({ ...figure })}: ${figure.note ?? ''}`)).toEqual(
			[],
		);
	});

	test('writes sidecars the schema accepts, with each sentence in its paragraph', () => {
		for (const article of articles) {
			const figures = extractFigures(article);
			expect(figuresFileSchema.parse({ article: article.id, figures })).toBeTruthy();
			const paragraphs = bodyParagraphs(article.body);
			for (const figure of figures) {
				expect(paragraphs[figure.paragraph]?.text).toContain(figure.sentence);
				expect(figure.sentence).toContain(figure.printed);
			}
		}
	});
});

describe('evaluation on the held-out sentences', () => {
	const cases = heldOutFile.cases;
	const extracted: Extracted[] = cases.flatMap((c) =>
		extractFigures({
			id: c.id,
			date: c.date,
			regions: c.regions,
			body: c.paragraphs.join('\n\n'),
		}).map((figure) => ({ article: c.id, ...figure })),
	);
	const expected: Expected[] = cases.flatMap((c) =>
		c.figures.map((figure) => ({ article: c.id, ...figure })),
	);
	const acceptable = cases.flatMap((c) =>
		(c.acceptable ?? []).map((entry) => ({ article: c.id, ...entry })),
	);
	const result = score(extracted, expected, acceptable);

	test('holds at least 30 cases, hard negatives and uncertain cases among them', () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
		expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
		expect(cases.filter((c) => c.figures.length === 0).length).toBeGreaterThanOrEqual(5);
		expect(acceptable.length).toBeGreaterThanOrEqual(5);
	});

	// First scored on 2026-12-01 after the labels were committed: P 0.929 (52 of 56), R 0.918 (45 of
	// 49). The printed values are the measure; the floors (what that code met, rounded down) only
	// catch a regression. Misses then: 1.2万个 (no 万个 unit), 首批…共210个 in a February article read
	// as last year's result, 预计全年 in a December article left without a year, and a firm
	// (华菱衡钢) not recognised as a firm.
	test('prints its precision and recall, above a floor', () => {
		report('HELD-OUT (test/figures/held-out.json)', result, extracted.length, expected.length);
		expect(result.precision).toBeGreaterThanOrEqual(0.9);
		expect(result.recall).toBeGreaterThanOrEqual(0.9);
	});
});
