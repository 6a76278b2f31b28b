import { describe, expect, test } from 'vitest';
import {
	parseByline,
	parseDateline,
	parsePhotoCredit,
	uniqueCredits,
} from '../../src/lib/credits.ts';
import { contextYear, fillFromPage, findDate, isoDate, lunarYear } from '../../src/lib/dates.ts';
import { GAZETTEER, rankRegions, regionByName, regionMentions } from '../../src/lib/gazetteer.ts';
import { escapeMarkdown, bodyMarkdown, markdownToPlainText } from '../../src/lib/markdown.ts';
import { findPeople } from '../../src/lib/people.ts';
import { toSimplified, traditionalShare } from '../../src/lib/script.ts';
import { articleId, pinyinWords, uniqueIds } from '../../src/lib/slug.ts';
import { findSlogans, isFormula } from '../../src/lib/slogans.ts';

describe('credits', () => {
	test('reads roles, affiliations and tasks from a feature byline', () => {
		expect(
			parseByline(
				'■策划/刘敏 统筹/陈羽唯 文/衡阳日报全媒体记者 周琪 通讯员 唐兰荣 图/珠晖区委宣传部提供',
			),
		).toEqual([
			{ role: '策划', name: '刘敏' },
			{ role: '统筹', name: '陈羽唯' },
			{ role: '全媒体记者', name: '周琪', affiliation: '衡阳日报', contribution: '文' },
			{ role: '通讯员', name: '唐兰荣', contribution: '文' },
			{ role: '图', name: '珠晖区委宣传部' },
		]);
	});

	test('splits 谷蓉文/ as 谷蓉 + 文/', () => {
		expect(parseByline('■策划 谷蓉文/衡阳日报全媒体记者 刘思远').slice(0, 2)).toEqual([
			{ role: '策划', name: '谷蓉' },
			{ role: '全媒体记者', name: '刘思远', affiliation: '衡阳日报', contribution: '文' },
		]);
	});

	test('gives every name of a multi-name task its role', () => {
		expect(parseByline('■统筹/贺小燕 李小龙')).toEqual([
			{ role: '统筹', name: '贺小燕' },
			{ role: '统筹', name: '李小龙' },
		]);
	});

	test('keeps an institutional byline', () => {
		expect(parseByline('■本报评论员')).toEqual([{ role: '本报评论员', name: '本报评论员' }]);
	});

	test('reads the names inside a dateline, with 文/图 as the task', () => {
		expect(parseDateline('衡阳日报讯（文/图 全媒体记者 周瑞华 通讯员 钱辉）')).toEqual([
			{ role: '全媒体记者', name: '周瑞华', contribution: '文/图' },
			{ role: '通讯员', name: '钱辉', contribution: '文/图' },
		]);
		expect(parseDateline('衡阳日报讯(李少华)')).toEqual([{ role: null, name: '李少华' }]);
	});

	test('reads photo credits', () => {
		expect(parsePhotoCredit('■唐俊 摄')).toEqual([{ role: '摄', name: '唐俊' }]);
		expect(parsePhotoCredit('■全媒体记者 周围 摄')).toEqual([
			{ role: '全媒体记者', name: '周围', contribution: '摄' },
		]);
	});

	test('drops repeated credits', () => {
		expect(
			uniqueCredits([
				{ role: '摄', name: '甲' },
				{ role: '摄', name: '甲' },
				{ role: '文', name: '甲' },
			]),
		).toHaveLength(2);
	});
});

describe('dates', () => {
	test('validates calendar dates', () => {
		expect(isoDate(2023, 1, 30)).toBe('2023-01-30');
		expect(isoDate(2023, 2, 30)).toBeNull();
	});

	test('takes the latest year the article speaks of, not a target year', () => {
		expect(contextYear('2022年成绩，2023年目标，力争到2025年达到')?.year).toBe(2023);
		expect(contextYear('没有年份')).toBeNull();
	});

	test('reads 壬寅 and 虎年 as 2022', () => {
		expect(lunarYear('壬寅虎年开工首日', null)?.year).toBe(2022);
		expect(lunarYear('虎年春节假期', null)?.year).toBe(2022);
		expect(lunarYear('虎年首个工作日', 2021)?.year).toBe(2022);
		expect(lunarYear('癸卯兔年', 2023)?.year).toBe(2023);
	});

	test('infers the year of 1月30日 from the article', () => {
		expect(findDate('1月30日，在珠晖区委经济工作会议上……2023年的目标')).toEqual({
			date: '2023-01-30',
			basis: { method: 'month-day+year', evidence: '1月30日；年份据文中“2023年”' },
		});
	});

	test('prefers the lunar year to the latest year named', () => {
		expect(findDate('2月7日，虎年首个工作日……较2021年增长').date).toBe('2022-02-07');
	});

	test('skips a full date older than the article (background)', () => {
		const finding = findDate('2023年春节黄金周……自2021年6月25日开馆以来');
		expect(finding.date).toBeNull();
	});

	test('keeps a month and day without a year for the page to complete', () => {
		const finding = findDate('1月29日，产业园正式开工。');
		expect(finding.date).toBeNull();
		expect(finding.monthDay).toEqual({ month: 1, day: 29, evidence: '1月29日' });
		const [filled] = fillFromPage([finding, findDate('1月30日……2023年')]);
		expect(filled).toEqual({
			date: '2023-01-29',
			basis: { method: 'month-day+page-year', evidence: '1月29日；年份据同版其他报道（2023年）' },
		});
	});

	test('dates an undated article by the latest date on its page', () => {
		const [filled] = fillFromPage([
			findDate('近日，表彰名单公布。'),
			findDate('1月30日……2023年'),
			findDate('1月29日……2023年'),
		]);
		expect(filled?.date).toBe('2023-01-30');
		expect(filled?.basis.method).toBe('page');
	});

	test('leaves a page with no dates undated', () => {
		expect(fillFromPage([findDate('近日。')])[0]?.date).toBeNull();
	});
});

describe('regions', () => {
	test('knows the 12 county-level units and the city', () => {
		const units = GAZETTEER.filter((region) => region.kind !== 'zone' && region.kind !== 'city');
		expect(units).toHaveLength(12);
		expect(regionByName('衡阳市')?.kind).toBe('city');
	});

	test('matches the longest form and skips names inside other names', () => {
		const found = regionMentions('衡阳县和衡阳日报、南岳电控、南岳衡山、雁峰区').map(
			(m) => m.region.name,
		);
		expect(found).toEqual(['衡阳县', '南岳区', '雁峰区']);
	});

	test('does not count the 衡阳 of the app 掌上衡阳', () => {
		expect(regionMentions('掌上衡阳客户端和衡阳').map((m) => m.index)).toEqual([8]);
	});

	test('does not count a place in brackets after a company name', () => {
		expect(regionMentions('依美园（衡阳）实业有限公司在常宁市').map((m) => m.region.name)).toEqual([
			'常宁市',
		]);
	});

	test('ranks the region of the headline first', () => {
		expect(rankRegions('珠晖区委经济工作会议提出', '全市……衡阳……珠晖')[0]).toBe('珠晖区');
	});
});

describe('slogans', () => {
	test('recognises numbered formulas', () => {
		for (const phrase of [
			'三高四新',
			'三强一化',
			'五制一平台',
			'一核四新',
			'五兴六强',
			'六大强农',
			'发展六仗',
			'五个一',
			'七大任务',
			'三类500强',
		])
			expect(isFormula(phrase), phrase).toBe(true);
	});

	test('rejects ordinals, idioms, amounts and single items', () => {
		for (const phrase of [
			'第一要务',
			'最后一公里',
			'上下一心',
			'百亿',
			'一个统领',
			'一起',
			'24小时',
			'5G+工业互联网',
			'15分钟医保服务圈',
		])
			expect(isFormula(phrase), phrase).toBe(false);
	});

	test('finds quoted formulas as printed, listed ones one by one, in order', () => {
		expect(
			findSlogans('落实“三高四新”战略，“五大中心、六大板块、七大产业”，聚焦“七任务”，“七大任务”'),
		).toEqual(['三高四新', '五大中心', '六大板块', '七大产业', '七任务', '七大任务']);
	});

	test('finds an unquoted formula after the list it counts, when the count matches', () => {
		expect(findSlogans('“开展五大行动，实现转型、跨越、创新、统筹、和谐五大发展”是总基调')).toEqual(
			['五大发展'],
		);
		expect(findSlogans('抓好项目、产业三大任务')).toEqual([]);
	});
});

describe('people', () => {
	test('reads officials with their posts', () => {
		expect(findPeople('区委书记魏中发信心满满。区委副书记、区长张伟激情描绘。')).toEqual([
			{ name: '魏中发', post: '区委书记' },
			{ name: '张伟', post: '区委副书记、区长' },
		]);
	});

	test('keeps the longest post printed for a person', () => {
		expect(findPeople('区委书记魏中发说。“好。”珠晖区委书记魏中发强调')).toEqual([
			{ name: '魏中发', post: '珠晖区委书记' },
		]);
	});
});

describe('ids', () => {
	test('are the date and the pinyin of the title', () => {
		expect(articleId('2023-01-30', '以高质量发展谱写中国式现代化珠晖新篇章')).toBe(
			'2023-01-30-yi-gao-zhi-liang-fa-zhan-pu-xie',
		);
		expect(articleId(null, '衡阳5G')).toBe('undated-heng-yang-5g');
	});

	test('read polyphonic characters by context', () => {
		expect(pinyinWords('长沙重庆')).toEqual(['chang', 'sha', 'chong', 'qing']);
	});

	test('are made unique in order', () => {
		expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
	});
});

describe('markdown', () => {
	test('escapes what Markdown would read as markup', () => {
		expect(escapeMarkdown('<script>alert(1)</script> *粗* [链](x)')).toBe(
			'\\<script\\>alert(1)\\</script\\> \\*粗\\* \\[链\\](x)',
		);
		expect(escapeMarkdown('1. 不是列表')).toBe('1\\. 不是列表');
		expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
	});

	test('writes headings and paragraphs and reads them back as plain text', () => {
		const markdown = bodyMarkdown([
			{ type: 'heading', level: 2, text: '1 迎难而上' },
			{ type: 'paragraph', text: '正文<b>。' },
		]);
		expect(markdown).toBe('## 1 迎难而上\n\n正文\\<b\\>。');
		expect(markdownToPlainText(markdown)).toBe('1 迎难而上\n正文<b>。');
	});
});

describe('script', () => {
	test('makes a same-length simplified shadow of traditional text', () => {
		const text = '衡陽日報訊（全媒體記者 張三）■唐俊 攝';
		const shadow = toSimplified(text);
		expect(shadow).toBe('衡阳日报讯（全媒体记者 张三）■唐俊 摄');
		expect(shadow).toHaveLength(text.length);
		expect(traditionalShare(text, shadow)).toBeGreaterThan(0.3);
		expect(traditionalShare('衡阳', '衡阳')).toBe(0);
	});
});
