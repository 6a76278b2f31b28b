import { describe, expect, test } from 'vitest';
import { classifyPieces, endsSentence, isHeadlike } from '../../src/lib/classify.ts';
import { segmentPage } from '../../src/lib/segment.ts';

const kinds = (text: string): string[] =>
	classifyPieces(segmentPage(text)).map((piece) => `${piece.local}:${piece.text}`);

describe('segmentPage', () => {
	test('makes one piece per non-blank line and counts the blank lines before it', () => {
		const pieces = segmentPage('\n\n标题\n\n正文。\n\n\n\n图注。');
		expect(pieces.map((piece) => [piece.line, piece.gapBefore, piece.text])).toEqual([
			[3, 2, '标题'],
			[5, 1, '正文。'],
			[9, 3, '图注。'],
		]);
	});

	test('splits a dateline from the paragraph on its line', () => {
		const pieces = segmentPage('衡阳日报讯（全媒体记者 许珂）近日，湖南省公布名单。');
		expect(pieces.map((piece) => [piece.hint, piece.column, piece.text])).toEqual([
			['dateline', 0, '衡阳日报讯（全媒体记者 许珂）'],
			[undefined, 15, '近日，湖南省公布名单。'],
		]);
	});

	test('splits a photo credit printed after its caption', () => {
		const pieces = segmentPage('秀美山林。 ■全媒体记者 周围 摄');
		expect(pieces.map((piece) => piece.text)).toEqual(['秀美山林。', '■全媒体记者 周围 摄']);
		expect(pieces[1]?.column).toBe(6);
	});

	test('splits a continuation mark from its text', () => {
		const pieces = segmentPage('（上接第一版）加快提升人民生活品质；');
		expect(pieces.map((piece) => [piece.hint, piece.text])).toEqual([
			['continuation', '（上接第一版）'],
			[undefined, '加快提升人民生活品质；'],
		]);
	});

	test('splits a kicker and its title printed on one line', () => {
		const pieces = segmentPage('蒸湘区委全会提出，突出做好四篇文章—— 加快建设高质量发展示范区');
		expect(pieces.map((piece) => [piece.hint, piece.text])).toEqual([
			['kicker', '蒸湘区委全会提出，突出做好四篇文章——'],
			['title', '加快建设高质量发展示范区'],
		]);
	});

	test('keeps the printed characters while matching on the simplified shadow', () => {
		const pieces = segmentPage('衡陽日報訊（記者 張三）今天。', '衡阳日报讯（记者 张三）今天。');
		expect(pieces.map((piece) => [piece.hint, piece.text, piece.plain])).toEqual([
			['dateline', '衡陽日報訊（記者 張三）', '衡阳日报讯（记者 张三）'],
			[undefined, '今天。', '今天。'],
		]);
	});
});

describe('classifyPieces', () => {
	test('tells bylines from photo credits', () => {
		expect(kinds('■策划/刘敏 文/全媒体记者 周琪\n■唐俊 摄\n■本报评论员')).toEqual([
			'byline:■策划/刘敏 文/全媒体记者 周琪',
			'credit:■唐俊 摄',
			'byline:■本报评论员',
		]);
	});

	test('finds page furniture', () => {
		expect(kinds('扫码看专题\n掌上衡阳 衡阳日报 衡阳晚报\n值班编委 凌波')).toEqual([
			'furniture:扫码看专题',
			'furniture:掌上衡阳 衡阳日报 衡阳晚报',
			'furniture:值班编委 凌波',
		]);
	});

	test('finds section markers and marked headings', () => {
		expect(kinds('1\n\n【动能一】:\n\n★经济实现快速发展\n\n【答卷一】综合实力稳步提升')).toEqual([
			'marker:1',
			'marker:【动能一】:',
			'heading:★经济实现快速发展',
			'heading:【答卷一】综合实力稳步提升',
		]);
	});

	test('takes a short sentence that opens a new frame for a caption', () => {
		expect(kinds('正文第一段很长很长。\n\n\n\n爱洁股份生产线。')).toEqual([
			'paragraph:正文第一段很长很长。',
			'caption:爱洁股份生产线。',
		]);
	});

	test('does not take a dateline after a wide gap for a caption', () => {
		expect(kinds('正文。\n\n\n\n衡阳日报讯(李少华)近日，评选结果公布。')[1]).toBe(
			'dateline:衡阳日报讯(李少华)',
		);
	});

	test('tells a headline from a cut paragraph', () => {
		expect(isHeadlike('不负春光，项目建设火热朝天')).toBe(true);
		expect(isHeadlike('大手笔接踵而至，每一个项目的开工，每一个')).toBe(false);
		expect(isHeadlike('踏上新征程，擘画新蓝图，书写新篇章。')).toBe(false);
	});

	test('knows which lines end a sentence', () => {
		expect(endsSentence('珠晖新篇章。”')).toBe(true);
		expect(endsSentence('交出了可喜答卷——')).toBe(true);
		expect(endsSentence('打造特色品牌，大力发')).toBe(false);
	});
});
