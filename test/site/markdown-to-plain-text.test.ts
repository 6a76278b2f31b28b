import { describe, expect, test } from 'vitest';
import { markdownToPlainText } from '../../src/lib/site/markdown-to-plain-text.ts';

describe('markdownToPlainText', () => {
	test('keeps paragraphs, one per line, and drops blank lines', () => {
		expect(markdownToPlainText('踏上新征程。\n\n书写新篇章。\n')).toBe(
			'踏上新征程。\n书写新篇章。',
		);
	});

	test('removes heading markers of every level', () => {
		expect(markdownToPlainText('## 2022年“优”的成绩单\n\n### 经济实现快速发展\n###### 六级')).toBe(
			'2022年“优”的成绩单\n经济实现快速发展\n六级',
		);
	});

	test('removes the closing sequence of a heading', () => {
		expect(markdownToPlainText('## 成绩单 ##')).toBe('成绩单');
	});

	test('keeps a # that does not start a heading', () => {
		expect(markdownToPlainText('#话题\n第1#车间\n####### 七个')).toBe(
			'#话题\n第1#车间\n####### 七个',
		);
	});

	test('keeps the # of a heading-like line indented four spaces (code, which the ingest never writes)', () => {
		expect(markdownToPlainText('    # 不是标题')).toBe('# 不是标题');
	});

	test('an empty heading leaves nothing', () => {
		expect(markdownToPlainText('#\n正文')).toBe('正文');
	});

	test('unescapes backslash escapes, leaving the characters as text', () => {
		expect(markdownToPlainText('前列。\\<script>alert(1)\\</script>')).toBe(
			'前列。<script>alert(1)</script>',
		);
		expect(markdownToPlainText('1\\. 第一 \\*星\\* \\# \\[注\\]')).toBe('1. 第一 *星* # [注]');
	});

	test('an escaped backslash stays one backslash and does not escape what follows', () => {
		expect(markdownToPlainText('a\\\\*b')).toBe('a\\*b');
	});

	test('keeps a backslash before a character that cannot be escaped', () => {
		expect(markdownToPlainText('C:\\路径 \\中')).toBe('C:\\路径 \\中');
	});

	test('unescapes inside headings too', () => {
		expect(markdownToPlainText('## 1\\. 总体要求')).toBe('1. 总体要求');
	});

	test('handles CRLF and CR line ends', () => {
		expect(markdownToPlainText('## 标题\r\n\r\n正文\r第二段')).toBe('标题\n正文\n第二段');
	});

	test('gives an empty string for an empty body', () => {
		expect(markdownToPlainText('')).toBe('');
		expect(markdownToPlainText('\n\n  \n')).toBe('');
	});
});
