import { describe, expect, test } from 'vitest';
import type { Figure, FiguresFile } from '../../src/schemas/figure.ts';
import {
	defaultChartOptions,
	describeTargets,
	growthTargets,
	layoutTargetChart,
	niceScale,
	type TargetGroup,
} from '../../src/lib/site/figures-chart.ts';
import {
	byteOrderMark,
	csvField,
	csvRecord,
	figureRecordsToCsv,
} from '../../src/lib/site/figures-csv.ts';
import { figureFlags, figureValueLabel, periodLabel } from '../../src/lib/site/figures-format.ts';
import {
	figureSentenceUrl,
	figureSourceUrl,
	figuresCsvUrl,
	figuresIndexUrl,
	figuresJsonUrl,
	paragraphAnchor,
	textDirective,
} from '../../src/lib/site/figures-links.ts';
import { toFigureListItems } from '../../src/lib/site/figures-list.ts';
import { buildFiguresPage, chartYear } from '../../src/lib/site/figures-page.ts';
import {
	figureRecordKeys,
	figuresOfArticle,
	figuresOfRegion,
	type FigureArticle,
	serializeFigureRecords,
	toFigureRecords,
} from '../../src/lib/site/figures-records.ts';
import {
	buildFigureTable,
	countIndicators,
	mainIndicators,
	otherFigures,
} from '../../src/lib/site/figures-table.ts';
import { figureSchema } from '../../src/schemas/figure.ts';

/** A valid figure (checked against figureSchema) with the given fields replaced. */
function makeFigure(overrides: Partial<Figure> = {}): Figure {
	return figureSchema.parse({
		indicator: '地区生产总值',
		printedIndicator: '地区生产总值',
		measure: 'growth',
		value: 8,
		unit: '%',
		qualifier: '左右',
		printed: '8%左右',
		kind: 'target',
		period: 2023,
		region: '珠晖区',
		estimated: false,
		sentence: '地区生产总值增长8%左右。',
		paragraph: 3,
		uncertain: false,
		...overrides,
	});
}

const zhuhui: FigureArticle = {
	id: '2023-01-30-zhu-hui',
	title: '以高质量发展谱写珠晖新篇章',
	date: '2023-01-30',
};
const zhengxiang: FigureArticle = {
	id: '2023-01-30-zheng-xiang',
	title: '加快建设“省域副中心”',
	date: '2023-01-30',
};
const hengshan: FigureArticle = {
	id: '2023-01-09-heng-shan',
	title: '迎难而上 加快建设',
	date: '2023-01-09',
};

const sidecars: FiguresFile[] = [
	{
		article: hengshan.id,
		figures: [
			makeFigure({
				kind: 'result',
				period: 2022,
				region: '衡山县',
				value: 5.8,
				qualifier: null,
				printed: '5.8%',
				estimated: true,
				sentence: '预计县内GDP增长5.8%。',
				paragraph: 3,
			}),
			makeFigure({
				indicator: '重点项目数',
				printedIndicator: '重点项目',
				measure: 'count',
				value: 79,
				unit: '个',
				qualifier: null,
				printed: '79个',
				kind: 'result',
				period: 2022,
				region: '衡山县',
				sentence: '实施重点项目79个。',
				paragraph: 5,
			}),
		],
	},
	{
		article: zhuhui.id,
		figures: [
			makeFigure(),
			makeFigure({
				indicator: '固定资产投资',
				printedIndicator: '固定资产投资',
				value: 10,
				qualifier: null,
				printed: '10%',
				sentence: '固定资产投资增长10%。',
			}),
			makeFigure({ kind: 'result', period: 2022, value: 5.3, qualifier: null, printed: '5.3%' }),
		],
	},
	{
		article: zhengxiang.id,
		figures: [
			makeFigure({
				region: '蒸湘区',
				value: 7.5,
				printed: '7.5%左右',
				paragraph: 1,
				uncertain: true,
				note: '年份不确定',
			}),
			makeFigure({
				indicator: '进出口总额',
				printedIndicator: '外贸进出口',
				region: '蒸湘区',
				value: -2,
				qualifier: null,
				printed: '2%',
				paragraph: 1,
			}),
		],
	},
];
const records = toFigureRecords(sidecars, [zhuhui, zhengxiang, hengshan]);

describe('links', () => {
	test('links a 0-based paragraph index to the 1-based paragraph id of the article page', () => {
		expect(paragraphAnchor(0)).toBe('p-1');
		expect(paragraphAnchor(3)).toBe('p-4');
		expect(figureSourceUrl('2023-01-30-zhu-hui', 3)).toBe('/articles/2023-01-30-zhu-hui/#p-4');
	});

	test('points a sentence link at its paragraph with a text fragment, cut at clause punctuation', () => {
		expect(figureSentenceUrl('/articles/x/#p-1', '增长8%-9%，好。')).toBe(
			`/articles/x/#p-1:~:text=${encodeURIComponent('增长8%')}%2D${encodeURIComponent('9%，好。')}`,
		);
		const long =
			'这一年，衡山县开工建设重点项目79个，完成投资54.98亿元，22个市重点项目开工率和投资完成率分别达100%、90.56%。';
		const [start, end] = textDirective(long)
			.slice('text='.length)
			.split(',')
			.map(decodeURIComponent);
		// Not 这一年， alone (it opens other sentences); both terms end or start at punctuation.
		expect(start).toBe('这一年，衡山县开工建设重点项目79个，');
		expect(end).toBe('22个市重点项目开工率和投资完成率分别达100%、90.56%。');
		expect(long.startsWith(start ?? '') && long.endsWith(end ?? '')).toBe(true);
	});

	test('refuses a paragraph index that is negative or not whole', () => {
		expect(() => paragraphAnchor(-1)).toThrow(RangeError);
		expect(() => paragraphAnchor(1.5)).toThrow(/whole number/);
	});

	test('names the figures page and data files with trailing-slash and file URLs', () => {
		expect([figuresIndexUrl, figuresJsonUrl, figuresCsvUrl]).toEqual([
			'/figures/',
			'/data/figures.json',
			'/data/figures.csv',
		]);
	});
});

describe('records', () => {
	test('joins each figure to its article, with the article URL and the source paragraph', () => {
		const first = records.find((record) => record.article === zhuhui.id);
		expect(first).toMatchObject({
			article: zhuhui.id,
			url: `/articles/${zhuhui.id}/`,
			title: zhuhui.title,
			date: '2023-01-30',
			sourceUrl: `/articles/${zhuhui.id}/#p-4`,
			note: null,
		});
		expect(Object.keys(first ?? {})).toEqual([...figureRecordKeys]);
	});

	test('orders articles newest first then by id, and keeps each article’s reading order', () => {
		expect(records.map((record) => `${record.article} ${record.printed}`)).toEqual([
			`${zhengxiang.id} 7.5%左右`,
			`${zhengxiang.id} 2%`,
			`${zhuhui.id} 8%左右`,
			`${zhuhui.id} 10%`,
			`${zhuhui.id} 5.3%`,
			`${hengshan.id} 5.8%`,
			`${hengshan.id} 79个`,
		]);
		const shuffled = toFigureRecords([...sidecars].reverse(), [hengshan, zhuhui, zhengxiang]);
		expect(shuffled).toEqual(records);
	});

	test('throws, naming the file, when a sidecar names an article that does not exist', () => {
		expect(() => toFigureRecords(sidecars, [zhuhui, hengshan])).toThrow(
			`content/figures/${zhengxiang.id}.json`,
		);
	});

	test('picks the figures of one article and of one region', () => {
		expect(figuresOfArticle(records, hengshan.id).map((record) => record.printed)).toEqual([
			'5.8%',
			'79个',
		]);
		expect(figuresOfRegion(records, '蒸湘区')).toHaveLength(2);
		expect(figuresOfRegion(records, '南岳区')).toEqual([]);
	});

	test('serialises as tab-indented JSON with a final newline', () => {
		const text = serializeFigureRecords(records);
		expect(text.endsWith('}\n]\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(records);
	});
});

describe('CSV', () => {
	test('leaves a plain field as it is and writes null as an empty field', () => {
		expect(csvField('地区生产总值')).toBe('地区生产总值');
		expect(csvField(null)).toBe('');
		expect(csvField(7.5)).toBe('7.5');
		expect(csvField(-2)).toBe('-2');
		expect(csvField(false)).toBe('false');
	});

	test('quotes a field holding a comma, a double quote or a line break, doubling the quotes', () => {
		expect(csvField('增长8%,左右')).toBe('"增长8%,左右"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('a\rb')).toBe('"a\rb"');
		// Chinese quotation marks and the full-width comma are ordinary characters.
		expect(csvField('引进“三类500强”项目，')).toBe('引进“三类500强”项目，');
	});

	test('ends every record with CRLF', () => {
		expect(csvRecord(['a', null, 1])).toBe('a,,1\r\n');
	});

	test('starts with a byte-order mark and a header, then one row per record in JSON order', () => {
		const csv = figureRecordsToCsv(records);
		expect(csv.startsWith(`${byteOrderMark}article,url,title,date,sourceUrl,indicator,`)).toBe(
			true,
		);
		const lines = csv.slice(1).split('\r\n');
		expect(lines).toHaveLength(records.length + 2);
		expect(lines.at(-1)).toBe('');
		expect(lines[1]?.startsWith(`${zhengxiang.id},/articles/${zhengxiang.id}/,`)).toBe(true);
		expect(lines[1]).toContain(',true,年份不确定,');
		expect(lines[3]).toContain(',false,false,,');
	});
});

describe('labels', () => {
	test('says a growth with its direction and anything else as printed', () => {
		expect(figureValueLabel({ measure: 'growth', value: 8, printed: '8%左右' })).toBe('增长8%左右');
		expect(figureValueLabel({ measure: 'growth', value: -2, printed: '2%' })).toBe('下降2%');
		expect(figureValueLabel({ measure: 'level', value: 10, printed: '首破10亿元' })).toBe(
			'首破10亿元',
		);
	});

	test('marks estimates and uncertain readings, and names an unknown year', () => {
		expect(figureFlags({ estimated: true, uncertain: true })).toEqual(['预计', '存疑']);
		expect(figureFlags({ estimated: false, uncertain: false })).toEqual([]);
		expect(figureFlags({ estimated: true, uncertain: true, scope: 'to-date' })).toEqual([
			'预计',
			'存疑',
			'阶段进度',
		]);
		expect(periodLabel(null)).toBe('年份不详');
		expect(periodLabel(2023)).toBe('2023年');
	});
});

describe('table', () => {
	test('lists the seven main indicators and every count indicator of the lexicon', () => {
		expect(mainIndicators).toHaveLength(7);
		expect(countIndicators).toContain('重点项目数');
		expect(countIndicators).toContain('省重点项目数');
		expect(countIndicators).toContain('市重点项目数');
		expect(countIndicators).toContain('老旧小区改造开工');
		expect(countIndicators).toContain('新增城镇就业');
		expect(countIndicators).not.toContain('地区生产总值');
	});

	test('makes a column per year and kind present, oldest first, target before result', () => {
		const table = buildFigureTable(records, mainIndicators);
		expect(table.columns.map((column) => column.label)).toEqual(['2022年实绩', '2023年目标']);
	});

	test('groups rows by indicator in the given order and regions in gazetteer order', () => {
		const table = buildFigureTable(records, mainIndicators);
		expect(
			table.groups.map((group) => [group.indicator, group.rows.map((row) => row.label)]),
		).toEqual([
			['地区生产总值', ['珠晖区', '蒸湘区', '衡山县']],
			['固定资产投资', ['珠晖区']],
			['进出口总额', ['蒸湘区']],
		]);
	});

	test('puts each value in its cell, linked to its paragraph, with its marks and note', () => {
		const table = buildFigureTable(records, mainIndicators);
		const gdp = table.groups[0];
		const [zhuhuiRow, zhengxiangRow, hengshanRow] = gdp?.rows ?? [];
		expect(zhuhuiRow?.cells.map((cell) => cell.map((entry) => entry.label))).toEqual([
			['增长5.3%'],
			['增长8%左右'],
		]);
		expect(zhengxiangRow?.cells[1]?.[0]).toEqual({
			label: '增长7.5%左右',
			printedIndicator: null,
			sourceUrl: `/articles/${zhengxiang.id}/#p-2:~:text=${encodeURIComponent('地区生产总值增长8%左右。')}`,
			source: `地区生产总值增长8%左右。——${zhengxiang.title}（2023-01-30）`,
			flags: ['存疑'],
			note: '年份不确定',
		});
		expect(hengshanRow?.cells[0]?.[0]?.flags).toEqual(['预计']);
		expect(hengshanRow?.cells[1]).toEqual([]);
	});

	test('keeps every value when two articles give one cell different figures', () => {
		const twice = toFigureRecords(
			[
				{ article: zhuhui.id, figures: [makeFigure()] },
				{ article: zhengxiang.id, figures: [makeFigure({ value: 9, printed: '9%' })] },
			],
			[zhuhui, zhengxiang],
		);
		const cell = buildFigureTable(twice, mainIndicators).groups[0]?.rows[0]?.cells[0];
		expect(cell?.map((entry) => entry.label)).toEqual(['增长9%', '增长8%左右']);
	});

	test('puts figures without a year or region last', () => {
		const loose = toFigureRecords(
			[
				{
					article: zhuhui.id,
					figures: [
						makeFigure({ period: null, region: null }),
						makeFigure({ period: 2023, region: '珠晖区' }),
					],
				},
			],
			[{ ...zhuhui, date: null }],
		);
		const table = buildFigureTable(loose, mainIndicators);
		expect(table.columns.map((column) => column.label)).toEqual(['2023年目标', '年份不详目标']);
		expect(table.groups[0]?.rows.map((row) => row.label)).toEqual(['珠晖区', '未注明地区']);
		expect(table.groups[0]?.rows[1]?.cells[1]?.[0]?.source).toBe(
			`地区生产总值增长8%左右。——${zhuhui.title}`,
		);
	});

	test('leaves a venue’s, a village’s, a part-year and a multi-year figure out of the tables, and lists them', () => {
		const scoped = toFigureRecords(
			[
				{
					article: zhuhui.id,
					figures: [
						makeFigure({ kind: 'result', period: 2022 }),
						makeFigure({ kind: 'result', period: 2022, value: 4.8, scope: 'part-year' }),
						makeFigure({
							indicator: '接待游客',
							measure: 'count',
							unit: '万人次',
							value: 2.1,
							printed: '2.1万人次',
							kind: 'result',
							uncertain: true,
							scope: 'venue',
						}),
						makeFigure({
							indicator: '重点项目数',
							printedIndicator: '重点项目',
							measure: 'count',
							unit: '个',
							value: 267,
							printed: '267个',
							kind: 'plan',
							scope: 'batch',
						}),
					],
				},
			],
			[zhuhui],
		);
		const main = buildFigureTable(scoped, mainIndicators);
		expect(main.groups[0]?.rows[0]?.cells.flat().map((entry) => entry.label)).toEqual([
			'增长8%左右',
		]);
		const counts = buildFigureTable(scoped, countIndicators);
		expect(counts.groups.map((group) => group.indicator)).toEqual(['重点项目数']);
		expect(counts.groups[0]?.rows[0]?.cells.flat()[0]?.flags).toEqual(['首批']);
		expect(otherFigures(scoped).map((record) => [record.indicator, record.scope])).toEqual([
			['地区生产总值', 'part-year'],
			['接待游客', 'venue'],
		]);
	});

	test('shows the printed indicator in a cell where it says more than the row’s name', () => {
		const printed = toFigureRecords(
			[
				{
					article: zhuhui.id,
					figures: [
						makeFigure({ printedIndicator: '县内GDP' }),
						makeFigure({
							indicator: '省重点项目数',
							printedIndicator: '在衡省重点项目',
							measure: 'count',
							unit: '个',
							value: 52,
							printed: '52个',
						}),
						makeFigure({
							indicator: '重点项目数',
							printedIndicator: '重点项目',
							measure: 'count',
							unit: '个',
							value: 79,
							printed: '79个',
						}),
					],
				},
			],
			[zhuhui],
		);
		const entries = [
			...buildFigureTable(printed, mainIndicators).groups,
			...buildFigureTable(printed, countIndicators).groups,
		].map((group) => [group.indicator, group.rows[0]?.cells.flat()[0]?.printedIndicator]);
		expect(entries).toEqual([
			['地区生产总值', '县内GDP'],
			['重点项目数', null],
			['省重点项目数', '在衡省重点项目'],
		]);
	});
});

describe('other figures', () => {
	test('lists the indicators neither table shows, grouped in lexicon order', () => {
		const mixed = toFigureRecords(
			[
				{
					article: zhuhui.id,
					figures: [
						makeFigure({ indicator: '村级集体经济收入', measure: 'level', unit: '万元' }),
						makeFigure(),
						makeFigure({ indicator: '地方税收' }),
						makeFigure({ indicator: '重点项目数', measure: 'count', unit: '个' }),
						makeFigure({ indicator: '地方税收', value: 3 }),
					],
				},
			],
			[zhuhui],
		);
		expect(otherFigures(mixed).map((record) => `${record.indicator} ${record.value}`)).toEqual([
			'地方税收 8',
			'地方税收 3',
			'村级集体经济收入 8',
		]);
	});
});

describe('chart', () => {
	test('takes the growth targets of the year by indicator and region, first record first', () => {
		const groups = growthTargets(records, 2023);
		expect(
			groups.map((group) => [
				group.indicator,
				group.bars.map((bar) => `${bar.region} ${bar.label}`),
			]),
		).toEqual([
			['地区生产总值', ['珠晖区 8%左右', '蒸湘区 7.5%左右']],
			['固定资产投资', ['珠晖区 10%']],
			['进出口总额', ['蒸湘区 下降2%']],
		]);
		expect(growthTargets(records, 2022)).toEqual([]);
		expect(growthTargets(records, 2023, ['重点项目数'])).toEqual([]);
	});

	test('describes the targets in words for the SVG desc', () => {
		expect(describeTargets(growthTargets(records, 2023))).toBe(
			'地区生产总值：珠晖区8%左右，蒸湘区7.5%左右。固定资产投资：珠晖区10%。进出口总额：蒸湘区下降2%。',
		);
	});

	test('chooses a round scale that holds zero and every value', () => {
		expect(niceScale([8, 9.5, 17])).toEqual({ min: 0, max: 20, step: 5 });
		expect(niceScale([0.3])).toEqual({ min: 0, max: 0.3, step: 0.05 });
		expect(niceScale([-2, 8])).toEqual({ min: -2, max: 8, step: 2 });
		expect(niceScale([])).toEqual({ min: 0, max: 1, step: 1 });
		expect(niceScale([120])).toEqual({ min: 0, max: 120, step: 20 });
	});

	const bar = (region: string, value: number) => ({
		region,
		value,
		label: `${value}%`,
		sourceUrl: '/articles/x/#p-1',
		sentence: `${region}增长${String(value)}%。`,
		estimated: false,
		uncertain: false,
		flags: [],
		note: null,
	});
	const groups: TargetGroup[] = [
		{ indicator: '地区生产总值', bars: [bar('珠晖区', 8), bar('蒸湘区', 7.5)] },
		{ indicator: '进出口总额', bars: [bar('蒸湘区', 17)] },
	];

	test('draws bars from zero in proportion to their values, inside the plot', () => {
		const layout = layoutTargetChart(groups);
		const { labelWidth, valueWidth, width } = defaultChartOptions;
		expect(layout.plotLeft).toBe(labelWidth);
		expect(layout.plotRight).toBe(width - valueWidth);
		expect(layout.zeroX).toBe(labelWidth);
		const plot = layout.plotRight - layout.plotLeft;
		const bars = layout.groups.flatMap((group) => group.bars);
		// Scale 0–20 %: 8 % is 40 % of the plot.
		expect(bars[0]?.width).toBeCloseTo(plot * 0.4, 1);
		expect(bars[2]?.width).toBeCloseTo(plot * 0.85, 1);
		for (const placed of bars) {
			expect(placed.x).toBe(layout.zeroX);
			expect(placed.x + placed.width).toBeLessThanOrEqual(layout.plotRight);
			expect(placed.valueX).toBeCloseTo(placed.x + placed.width + 4, 1);
			expect(placed.regionX).toBeLessThan(layout.plotLeft);
		}
	});

	test('stacks groups and bars top to bottom without overlap, and sizes the SVG to fit', () => {
		const layout = layoutTargetChart(groups);
		const { barHeight, barGap, groupHeading, groupGap, top, bottom } = defaultChartOptions;
		const bars = layout.groups.flatMap((group) => group.bars);
		const [first, second, third] = bars;
		expect(layout.groups[0]?.headingY).toBeLessThan(first?.y ?? 0);
		expect(first?.y).toBe(top + groupHeading);
		expect(second?.y).toBe(top + groupHeading + barHeight + barGap);
		expect(third?.y).toBe(top + 2 * groupHeading + 2 * barHeight + barGap + groupGap);
		expect(layout.height).toBe(layout.plotBottom + bottom);
		expect(layout.plotBottom).toBeGreaterThanOrEqual((third?.y ?? 0) + barHeight);
		expect(first?.textY).toBe((first?.y ?? 0) + barHeight / 2);
	});

	test('gives each region one colour series across groups, in gazetteer order', () => {
		const layout = layoutTargetChart(groups);
		expect(layout.regions).toEqual(['珠晖区', '蒸湘区']);
		expect(layout.groups.flatMap((group) => group.bars.map((placed) => placed.series))).toEqual([
			0, 1, 1,
		]);
	});

	test('puts gridlines at every step of the scale, labelled in per cent', () => {
		const layout = layoutTargetChart(groups);
		expect(layout.ticks.map((tick) => tick.label)).toEqual(['0%', '5%', '10%', '15%', '20%']);
		expect(layout.ticks[0]?.x).toBe(layout.plotLeft);
		expect(layout.ticks.at(-1)?.x).toBe(layout.plotRight);
	});

	test('draws a planned fall left of zero and writes its value right of zero', () => {
		const layout = layoutTargetChart([
			{ indicator: '进出口总额', bars: [bar('蒸湘区', -2), bar('珠晖区', 8)] },
		]);
		const [fall, rise] = layout.groups[0]?.bars ?? [];
		expect(layout.zeroX).toBeGreaterThan(layout.plotLeft);
		expect((fall?.x ?? 0) + (fall?.width ?? 0)).toBeCloseTo(layout.zeroX, 1);
		expect(fall?.valueX).toBeCloseTo(layout.zeroX + 4, 1);
		expect(rise?.x).toBe(layout.zeroX);
	});
});

describe('figure list', () => {
	test('on an article page, names the paragraph and the region of each figure', () => {
		const items = toFigureListItems(figuresOfArticle(records, zhengxiang.id), 'article');
		expect(items[1]).toEqual({
			indicator: '进出口总额',
			printedIndicator: '外贸进出口',
			period: '2023年',
			kind: '目标',
			value: '下降2%',
			region: '蒸湘区',
			flags: [],
			note: null,
			sourceUrl: `/articles/${zhengxiang.id}/#p-2:~:text=${encodeURIComponent('地区生产总值增长8%左右。')}`,
			sourceLabel: '第2段',
			sentence: '地区生产总值增长8%左右。',
		});
		expect(items[0]?.printedIndicator).toBeNull();
	});

	test('on a region page, names the source article and leaves the region out', () => {
		const items = toFigureListItems(figuresOfRegion(records, '衡山县'), 'region');
		expect(items.map((item) => [item.sourceLabel, item.region, item.kind])).toEqual([
			[`${hengshan.title}（2023-01-09）`, null, '实绩'],
			[`${hengshan.title}（2023-01-09）`, null, '实绩'],
		]);
		const undated = toFigureRecords(sidecars.slice(0, 1), [{ ...hengshan, date: null }]);
		expect(toFigureListItems(undated, 'archive')[0]?.region).toBe('衡山县');
		expect(toFigureListItems(undated, 'region')[0]?.sourceLabel).toBe(hengshan.title);
	});
});

describe('figures page', () => {
	test('counts figures and articles and builds both tables and the chart of the year', () => {
		const page = buildFiguresPage(records);
		expect(page.figureCount).toBe(7);
		expect(page.articleCount).toBe(3);
		expect(page.mainTable.groups).toHaveLength(3);
		expect(page.countTable.groups.map((group) => group.indicator)).toEqual(['重点项目数']);
		expect(page.chart.year).toBe(chartYear);
		expect(page.chart.regions).toEqual(['珠晖区', '蒸湘区']);
		expect(page.chart.description).toContain('蒸湘区7.5%左右');
		expect(page.chart.layout.groups).toHaveLength(3);
		expect(page.others).toEqual([]);
	});
});
