import { describe, expect, test } from 'vitest';
import { assemblePage, findRepeats, headerRoles, type Draft } from '../../src/lib/assemble.ts';
import { classifyPieces } from '../../src/lib/classify.ts';
import { segmentPage } from '../../src/lib/segment.ts';

const assemble = (text: string, split: number[] = []) =>
	assemblePage(classifyPieces(segmentPage(text)), new Set(split));
const title = (draft: Draft | undefined): string =>
	draft
		? draft.header
				.filter((piece) => headerRoles(draft.header).get(piece) === 'title')
				.map((piece) => piece.text)
				.join(' ')
		: '';
const paragraphs = (draft: Draft | undefined): string[] =>
	(draft?.body ?? []).flatMap((node) =>
		node.type === 'paragraph' ? [node.pieces.map((piece) => piece.text).join('')] : [],
	);

/** Two titles stacked at the top of a page; each story's dateline comes later, with its words. */
const stackedTitlesPage = [
	'举办晨读课堂 建设学习型法院',
	'我市获农业表扬',
	'衡阳日报讯（记者 甲）我市获农业表扬，农业工作成效明显。',
	'',
	'',
	'工人们在操作。',
	'衡阳日报讯（记者 乙）法院举办晨读课堂，建设学习型法院，干警晨读。',
].join('\n\n');

describe('assemblePage', () => {
	test('opens an article at a headline followed by a dateline', () => {
		const { drafts } = assemble(
			'第一篇标题\n\n衡阳日报讯（记者 甲）第一篇正文。\n\n第二篇标题\n\n衡阳日报讯（记者 乙）第二篇正文。',
		);
		expect(drafts.map(title)).toEqual(['第一篇标题', '第二篇标题']);
		expect(drafts.map(paragraphs)).toEqual([['第一篇正文。'], ['第二篇正文。']]);
	});

	test('joins a paragraph split by a column break', () => {
		const { drafts } = assemble(
			'标题\n\n■文/记者 甲\n\n注重需求导向，树好形象。要主动了解市场需求，结合特色资源、发展特色产业，打造特色品牌，大力发\n\n展电商，让珠晖产品走出衡阳。',
		);
		expect(paragraphs(drafts[0])).toEqual([
			'注重需求导向，树好形象。要主动了解市场需求，结合特色资源、发展特色产业，打造特色品牌，大力发展电商，让珠晖产品走出衡阳。',
		]);
	});

	test('notes a paragraph cut with no continuation on the page', () => {
		const { drafts } = assemble(
			'标题\n\n■文/记者 甲\n\n注重效果导向，干出成效。集中精力、集中专班抓好落实，力争在省市有影响、有\n\n★下一节\n\n正文。',
		);
		expect(drafts[0]?.doubts).toEqual([expect.objectContaining({ line: 5, kind: 'truncated' })]);
	});

	test('reads a short line between paragraphs as a section heading', () => {
		const { drafts } = assemble('标题\n\n■文/记者 甲\n\n第一段。\n\n荣耀珠晖\n\n第二段。');
		expect(drafts).toHaveLength(1);
		expect(drafts[0]?.body.map((node) => node.type)).toEqual(['paragraph', 'heading', 'paragraph']);
	});

	test('joins a section number with the heading on the next line', () => {
		const { drafts } = assemble(
			'标题\n\n■文/记者 甲\n\n1\n\n从何而来?\n\n正文。\n\n【动能五】:\n\n深化医疗保障制度改革,建成“15分钟医保服务圈”，净增市场主体3758户，排名前列。',
		);
		const headings = drafts[0]?.body
			.filter((node) => node.type === 'heading')
			.map((node) => node.pieces.map((p) => p.text).join('|'));
		expect(headings).toEqual(['1|从何而来?', '【动能五】:']);
	});

	test('gives a headline with no body the text that resumes after a photo', () => {
		const text = [
			'专题标题',
			'■全媒体记者 甲',
			'评论标题',
			'■本报评论员',
			'评论正文。',
			'',
			'',
			'图片说明。',
			'■乙 摄',
			'栏目名称',
			'专题正文开头。',
		].join('\n\n');
		const { drafts, placements } = assemble(text);
		expect(drafts.map(title)).toEqual(['专题标题', '评论标题']);
		expect(paragraphs(drafts[0])).toEqual(['专题正文开头。']);
		expect(drafts[0]?.banner.map((piece) => piece.text)).toEqual(['栏目名称']);
		expect([...placements.values()].filter((p) => p.kind === 'banner')).toHaveLength(1);
		expect(drafts[0]?.doubts[0]?.kind).toBe('body-placement');
	});

	test('gives an orphan dateline the stacked headline whose words it uses', () => {
		const text = stackedTitlesPage;
		const { drafts } = assemble(text);
		expect(drafts.map(title)).toEqual(['举办晨读课堂 建设学习型法院', '我市获农业表扬']);
		expect(paragraphs(drafts[0])).toEqual(['法院举办晨读课堂，建设学习型法院，干警晨读。']);
		expect(drafts[0]?.doubts.map((doubt) => doubt.kind)).toContain('title-placement');
	});

	test('promotes a heading to the headline of the dateline printed after its text, dateline first', () => {
		const text = [
			'专题标题',
			'■全媒体记者 甲',
			'专题正文。',
			'日报社获百城访初心报道组织奖',
			'百城访初心报道影响广泛。',
			'',
			'',
			'衡阳日报讯(乙)近日，日报社获百城访初心报道组织奖。',
		].join('\n\n');
		const { drafts } = assemble(text);
		expect(drafts.map(title)).toEqual(['专题标题', '日报社获百城访初心报道组织奖']);
		expect(paragraphs(drafts[1])).toEqual([
			'近日，日报社获百城访初心报道组织奖。',
			'百城访初心报道影响广泛。',
		]);
		expect(drafts[1]?.doubts.map((doubt) => doubt.kind)).toContain('order');
	});

	test('starts a titleless article at a continuation mark', () => {
		const { drafts } = assemble('标题\n\n衡阳日报讯（记者 甲）正文。\n\n（上接第一版）续文。');
		expect(drafts).toHaveLength(2);
		expect(drafts[1]?.continuation?.text).toBe('（上接第一版）');
		expect(drafts[1]?.header).toEqual([]);
	});

	test('starts a new article where a maintainer splits the page', () => {
		const { drafts } = assemble('标题\n\n■记者 甲\n\n第一段。\n\n第二段。', [7]);
		expect(drafts.map(paragraphs)).toEqual([['第一段。'], ['第二段。']]);
	});

	test('attaches a caption to the story before it and notes when the next story differs', () => {
		const { drafts } = assemble(
			'甲标题\n\n衡阳日报讯（记者 甲）甲正文。\n\n\n\n图注。\n\n乙标题\n\n衡阳日报讯（记者 乙）乙正文。',
		);
		expect(drafts[0]?.body.map((node) => node.type)).toEqual(['paragraph', 'caption']);
		expect(drafts[0]?.doubts.map((doubt) => doubt.kind)).toEqual(['caption-placement']);
	});

	test('places every piece: furniture to no article, the rest to one', () => {
		const pieces = classifyPieces(
			segmentPage('标题\n\n衡阳日报讯（记者 甲）正文。\n\n值班编委 凌波'),
		);
		const { drafts, placements } = assemblePage(pieces);
		const placed = pieces.map((piece) => placements.get(piece));
		expect(placed.map((p) => [p?.kind, p?.draft ? drafts.indexOf(p.draft) : null])).toEqual([
			['title', 0],
			['dateline', 0],
			['paragraph', 0],
			['furniture', null],
		]);
	});
});

describe('headerRoles', () => {
	const roles = (text: string): string[] => {
		const header = classifyPieces(segmentPage(text));
		const map = headerRoles(header);
		return header.map((piece) => `${map.get(piece) ?? ''}:${piece.text}`);
	};

	test('reads a line ending in —— as the kicker', () => {
		expect(roles('珠晖区委经济工作会议提出——\n以高质量发展谱写新篇章')).toEqual([
			'kicker:珠晖区委经济工作会议提出——',
			'title:以高质量发展谱写新篇章',
		]);
	});

	test('reads a line starting with a dash as the subtitle', () => {
		expect(roles('启航\n—写在两会召开之际')).toEqual(['title:启航', 'subtitle:—写在两会召开之际']);
	});

	test('reads a list of short phrases above a title as the kicker', () => {
		expect(roles('产业升级 项目攻坚 改革赋能 民生优先\n南岳:深入开展五大行动')).toEqual([
			'kicker:产业升级 项目攻坚 改革赋能 民生优先',
			'title:南岳:深入开展五大行动',
		]);
	});

	test('reads a second unmarked line as the subtitle', () => {
		expect(roles('衡东泵业智造产业园 开工建设\n计划总投资33亿元，项目建设周期为36个月')).toEqual([
			'title:衡东泵业智造产业园 开工建设',
			'subtitle:计划总投资33亿元，项目建设周期为36个月',
		]);
	});
});

describe('findRepeats', () => {
	test('flags text printed twice and leaves short common phrases alone', () => {
		const repeated =
			'举办全市法院首届刑事业务技能竞赛和首届刑事业务能力提升班，通过集中学、研讨学等多学并举。';
		const doubts = findRepeats([
			{ line: 1, text: `前文已成为提升干警政治${repeated}` },
			{ line: 2, text: `据悉，先后${repeated}` },
			{ line: 3, text: '国家区域重点城市和省域副中心城市' },
			{ line: 4, text: '建设国家区域重点城市和省域副中心城市' },
		]);
		expect(doubts).toHaveLength(1);
		expect(doubts[0]).toMatchObject({ line: 2, kind: 'repeated' });
	});

	test('puts the doubt on the copy spliced into a sentence, and notes the sentence it cut', () => {
		const repeated =
			'业务技能竞赛和首届刑事业务能力提升班，通过集中学、研讨学等多学并举，干警综合素质明显提升。';
		const doubts = findRepeats([
			{ line: 85, text: `晨读课堂已成为提升干警政治${repeated}`, next: 87 },
			{ line: 87, text: '究等为主要内容，各法官轮流主讲。' },
			{ line: 89, text: `据悉，举办全市法院首届刑事${repeated}` },
		]);
		expect(doubts.map((doubt) => [doubt.line, doubt.kind])).toEqual([
			[85, 'repeated'],
			[85, 'truncated'],
			[87, 'continuation'],
		]);
		expect(doubts[0]?.note).toContain('与第89行重复');
	});

	test('keeps the copy that starts a clause as the genuine one', () => {
		const repeated = '新建或改建无害化农村厕所315户、公厕3座；创建城乡客运一体化示范区，完成建设。';
		const doubts = findRepeats([
			{ line: 37, text: `全面完成农村公共区域亮化工程，${repeated}`, next: 39 },
			{ line: 39, text: '提质改造老旧小区9个。' },
			{ line: 43, text: `并在旅游旺季对室内型景区${repeated}` },
		]);
		expect(doubts.map((doubt) => [doubt.line, doubt.kind])).toEqual([
			[43, 'repeated'],
			[43, 'truncated'],
		]);
	});
});

describe('column breaks, captions and headings', () => {
	test('joins a cut sentence to its continuation printed above it, and moves that run after it', () => {
		const text = [
			'专题标题',
			'■全媒体记者 甲',
			'专题正文。',
			'日报社获百城访初心报道组织奖',
			'红色城市进行了深入解读，影响广泛。',
			'据了解，报道集将出版。',
			'活动期间，本报开设专栏，以图片、通讯、视频等形式累计发稿300余篇，其中本报稿件对衡阳这座',
			'',
			'',
			'衡阳日报讯(乙)近日，中国地报研究会公布百城访初心报道组织奖，日报社获百城访初心报道组织奖。',
			'“百年奋斗路·百城访初心”庆祝中国共产党成立100周年大型全媒体报道活动，由中国地报研',
		].join('\n\n');
		const { drafts } = assemble(text);
		const story = drafts[1];
		expect(paragraphs(story)).toEqual([
			'近日，中国地报研究会公布百城访初心报道组织奖，日报社获百城访初心报道组织奖。',
			'“百年奋斗路·百城访初心”庆祝中国共产党成立100周年大型全媒体报道活动，由中国地报研',
			'活动期间，本报开设专栏，以图片、通讯、视频等形式累计发稿300余篇，其中本报稿件对衡阳这座红色城市进行了深入解读，影响广泛。',
			'据了解，报道集将出版。',
		]);
		const doubts = story?.doubts.map((doubt) => `${doubt.kind}:${String(doubt.line)}`) ?? [];
		expect(doubts).toContain('order:13');
		expect(doubts).toContain('truncated:21');
		expect(doubts).not.toContain('truncated:13');
	});

	test('gives a caption between two stories to the one whose date and words it shares', () => {
		const { drafts } = assemble(
			[
				'专题标题',
				'■全媒体记者 甲',
				'评论标题',
				'■本报评论员',
				'南岳区2月11日召开大会。',
				'',
				'',
				'2月7日，特变电工装配车间，工人们在作业。',
				'■丙 摄',
				'栏目名称',
				'2月7日，虎年首个工作日，特变电工等项目开工。',
			].join('\n\n'),
		);
		expect(drafts[0]?.body.map((node) => node.type)).toEqual(['caption', 'paragraph']);
		expect(drafts[1]?.body.map((node) => node.type)).toEqual(['paragraph']);
		expect(drafts[0]?.doubts.map((doubt) => doubt.kind)).toContain('caption-placement');
		expect(drafts[1]?.doubts.map((doubt) => doubt.kind)).not.toContain('caption-placement');
	});

	test('moves a caption and its credit where a maintainer says', () => {
		const text =
			'甲标题\n\n衡阳日报讯（记者 甲）甲正文。\n\n\n\n图注。\n\n■丙 摄\n\n乙标题\n\n衡阳日报讯（记者 乙）乙正文。';
		const { drafts, placements, captionProblems } = assemblePage(
			classifyPieces(segmentPage(text)),
			new Set(),
			[{ line: 7, article: 11 }],
		);
		expect(captionProblems).toEqual([]);
		expect(drafts[1]?.body.map((node) => node.type)).toEqual(['caption', 'paragraph']);
		const credit = [...placements.entries()].find(([piece]) => piece.line === 9)?.[1];
		expect(credit?.draft).toBe(drafts[1]);
		expect(drafts.flatMap((draft) => draft.doubts)).toEqual([]);
	});

	test('reports caption moves it cannot make', () => {
		const text = '甲标题\n\n衡阳日报讯（记者 甲）甲正文。\n\n\n\n图注。\n\n值班编委 凌波';
		const { captionProblems } = assemblePage(classifyPieces(segmentPage(text)), new Set(), [
			{ line: 3, article: 1 },
			{ line: 7, article: 9 },
		]);
		expect(captionProblems.map((problem) => [problem.index, problem.field])).toEqual([
			[0, 'line'],
			[1, 'article'],
		]);
	});

	test('notes a numbered section label printed with no heading text', () => {
		const { drafts } = assemble(
			'标题\n\n■文/记者 甲\n\n【动能四】:\n\n改革\n\n正文。\n\n【动能五】:\n\n深化医疗保障制度改革，建成“15分钟医保服务圈”；成功获批全省首个医疗保障信用体系建设试点县。',
		);
		expect(drafts[0]?.doubts).toEqual([expect.objectContaining({ line: 11, kind: 'truncated' })]);
	});

	test('notes a stacked title only on the story that takes it', () => {
		const text = stackedTitlesPage;
		const { drafts } = assemble(text);
		expect(drafts[1]?.doubts.map((doubt) => doubt.kind)).not.toContain('title-placement');
	});
});
