import { describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest-fs.ts';
import { SEEDS } from './helpers.ts';

// What a careful reader finds in the five seeds (the ingest issue's acceptance list).
const { pages } = ingestDirectory(SEEDS);
const page = (prefix: string) => {
	const found = pages.find((candidate) => candidate.page.file.startsWith(prefix));
	if (!found) throw new Error(`seed ${prefix} missing`);
	return found;
};
const titles = (prefix: string): string[] => page(prefix).articles.map((entry) => entry.data.title);
const article = (prefix: string, title: string) => {
	const found = page(prefix).articles.find((entry) => entry.data.title.includes(title));
	if (!found) throw new Error(`no article “${title}” in ${prefix}`);
	return found;
};

describe('the five seeds', () => {
	test('hold 15 articles: one each in the first three files, 4 in 003 and 8 in 004', () => {
		expect(
			['000', '001', '002', '003', '004'].map((prefix) => page(prefix).articles.length),
		).toEqual([1, 1, 1, 4, 8]);
	});

	test('003: the feature’s body starts at 人勤春来早, after a commentary and another story', () => {
		expect(titles('003')).toEqual([
			'点燃项目“主引擎” 挺起发展“硬脊梁”',
			'凝心聚力画好“中心化”同心圆',
			'南岳：深入开展“五大行动” 聚力“中心化”',
			'衡阳日报社获“百年奋斗路·百城访初心”大型全媒体报道组织奖',
		]);
		const feature = article('003', '点燃项目');
		expect(feature.body.startsWith('人勤春来早，奋蹄赶秋实。')).toBe(true);
		expect(feature.data.column).toBe('聚力中心化攻坚年');
		expect(feature.data.byline).toBe('■衡阳日报社全媒体记者 邓江虹 向吟吟');
		expect(article('003', '凝心聚力').data.genre).toBe('评论');
	});

	test('004: the court story’s title is the first line, its dateline and body come much later', () => {
		const court = article('004', '晨读课堂');
		expect(court.data.title).toBe('举办“晨读课堂” 建设学习型法院');
		expect(court.data.dateline).toBe('衡阳日报讯（全媒体记者 金明达 通讯员 李晓龙 吉言轩）');
		expect(court.body.startsWith('冬日的清晨凉意袭人')).toBe(true);
		expect(court.data.doubts.map((doubt) => doubt.kind)).toEqual(
			expect.arrayContaining(['title-placement', 'repeated']),
		);
	});

	test('004: the continuation has no printed title and keeps its section heading', () => {
		const continuation = page('004').articles.find((entry) => entry.data.titleSource === 'derived');
		expect(continuation?.data.title.startsWith('（上接第一版）加快提升人民生活品质')).toBe(true);
		expect(continuation?.data.genre).toBeNull();
		expect(continuation?.body).toContain('## 实干创造未来 衡阳这样抓落实');
	});

	test('joins paragraphs a column break cut mid-word', () => {
		expect(page('000').articles[0]?.body).toContain('大力发展电商，让珠晖产品走出衡阳');
		expect(page('002').articles[0]?.body).toContain('城乡融合再谱新篇。');
		expect(article('004', '督查激励表扬').body).toContain('285家市级以上农业产业化龙头企业');
	});

	test('reads kickers and subtitles', () => {
		expect(article('004', '以高质量发展').data.kicker).toBe('珠晖区委经济工作会议提出——');
		expect(article('004', '衡东泵业').data.subtitle).toBe('计划总投资33亿元，项目建设周期为36个月');
		expect(page('001').articles[0]?.data.subtitle).toBe('—写在2023年雁峰区两会召开之际');
		expect(article('004', '示范区').data.kicker).toBe(
			'蒸湘区委五届四次全会暨经济工作会提出，突出做好四篇文章——',
		);
	});

	test('dates articles and says how', () => {
		expect(page('000').articles[0]?.data).toMatchObject({
			date: '2023-01-30',
			dateBasis: { method: 'month-day+year' },
		});
		expect(article('003', '南岳').data).toMatchObject({
			date: '2022-02-11',
			dateBasis: { method: 'month-day+lunar' },
		});
		expect(article('004', '衡东泵业').data).toMatchObject({
			date: '2023-01-29',
			dateBasis: { method: 'month-day+page-year' },
		});
	});

	test('reads credits, regions, slogans and people', () => {
		const zhuhui = page('000').articles[0]?.data;
		expect(zhuhui?.regions[0]).toBe('珠晖区');
		expect(zhuhui?.slogans).toEqual(expect.arrayContaining(['五个一', '六导向', '七任务']));
		expect(zhuhui?.people).toEqual(
			expect.arrayContaining([{ name: '魏中发', post: '珠晖区委书记' }]),
		);
		const hengshan = page('002').articles[0]?.data;
		expect(hengshan?.credits.slice(0, 2)).toEqual([
			{ role: '策划', name: '谷蓉' },
			{ role: '全媒体记者', name: '刘思远', affiliation: '衡阳日报', contribution: '文' },
		]);
		expect(hengshan?.regions[0]).toBe('衡山县');
		expect(hengshan?.slogans).toEqual(
			expect.arrayContaining(['五兴六强', '三高四新', '三强一化', '五制一平台']),
		);
		expect(page('001').articles[0]?.data.regions[0]).toBe('雁峰区');
		expect(article('004', '以高质量发展').data.slogans).toEqual(
			expect.arrayContaining(['七大任务', '六个导向']),
		);
	});

	test('keeps captions with their photo credits', () => {
		expect(page('002').articles[0]?.data.captions.slice(0, 2)).toEqual([
			{ text: '用美丽乡村路铺就美好生活路。', credit: '唐俊 摄', line: 17 },
			{ text: '衡山黄鸡产业旺。', credit: '唐志军 摄', line: 21 },
		]);
		expect(page('001').articles[0]?.data.credits).toEqual(
			expect.arrayContaining([{ role: '全媒体记者', name: '周围', contribution: '摄' }]),
		);
	});

	test('flags text printed twice instead of dropping it', () => {
		const nanyue = article('003', '南岳');
		expect(nanyue.data.doubts.some((doubt) => doubt.kind === 'repeated' && doubt.line === 43)).toBe(
			true,
		);
		expect(nanyue.body).toContain('室内型景区新建或改建无害化农村厕所315户');
	});

	test('records page furniture on the page, not in any article', () => {
		const furniture = page('003').page.blocks.filter((block) => block.kind === 'furniture');
		expect(furniture.map((block) => block.text)).toEqual([
			'扫码看“百年奋斗路·百城访初心”专题',
			'掌上衡阳 衡阳日报 衡阳晚报',
			'值班编委 凌波',
		]);
		expect(furniture.every((block) => block.article === null)).toBe(true);
	});

	test('003: joins 对衡阳这座 (line 109) to 红色城市 (line 105) printed above it, and says so', () => {
		const story = article('003', '衡阳日报社获');
		const starts = story.body.split('\n\n').map((paragraph) => paragraph.slice(0, 6));
		expect(starts).toEqual(['近日，中国地', '“百年奋斗路', '活动组织期间', '据了解，集纳']);
		expect(story.body).toContain('对衡阳这座红色城市、英雄城市进行了深入解读');
		const doubts = story.data.doubts.map((doubt) => `${doubt.kind}:${String(doubt.line)}`);
		expect(doubts).toContain('order:109');
		expect(doubts).not.toContain('truncated:109');
		expect(doubts).toContain('truncated:115');
	});

	test('003: the 2月7日 特变电工 caption and its credit go to the feature, not the 南岳 story', () => {
		const feature = article('003', '点燃项目');
		expect(feature.data.captions).toEqual([
			{
				text: '2月7日，正月初七，特变电工衡阳变压器有限公司装配车间，工人们在进行装配作业。',
				line: 47,
				credit: '曹正平 摄',
			},
		]);
		expect(feature.data.credits).toContainEqual({ role: '摄', name: '曹正平' });
		const nanyue = article('003', '南岳');
		expect(nanyue.data.captions).toEqual([]);
		expect(nanyue.data.credits.map((credit) => credit.name)).not.toContain('曹正平');
		const blocks = page('003').page.blocks.filter((block) => [47, 49].includes(block.line));
		expect(new Set(blocks.map((block) => block.article))).toEqual(new Set([feature.data.id]));
	});

	test('004: the repeat is flagged on line 85 that holds it, with the sentence it cut', () => {
		const doubts = article('004', '晨读课堂').data.doubts.map(
			(doubt) => `${doubt.kind}:${String(doubt.line)}`,
		);
		expect(doubts).toEqual(
			expect.arrayContaining(['repeated:85', 'truncated:85', 'continuation:87']),
		);
		expect(doubts).not.toContain('repeated:89');
	});

	test('004: the stacked title’s doubt is on the court story only', () => {
		const doubts = article('004', '督查激励表扬').data.doubts;
		expect(doubts.map((doubt) => doubt.kind)).not.toContain('title-placement');
	});

	test('002: notes 【动能五】 printed with no heading text, and prints Chinese punctuation', () => {
		const hengshan = page('002').articles[0];
		expect(hengshan?.data.doubts).toContainEqual(
			expect.objectContaining({ line: 73, kind: 'truncated' }),
		);
		expect(hengshan?.body).toContain('### 【动能一】：项目建设“进”的力度在加大');
		expect(hengshan?.body).toContain('完成率100%；11个乡镇');
		expect(hengshan?.body).toContain('下降10.4%，63件重复信访积案');
		expect(hengshan?.body).not.toMatch(/】:/u);
	});
});
