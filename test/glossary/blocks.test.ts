import { describe, expect, test } from 'vitest';
import {
	bodyBlocks,
	nodeText,
	paragraphNodes,
	parsedBodyBlocks,
	parseMarkdown,
	plainBodyBlocks,
} from '../../src/lib/glossary/blocks.ts';
import { readArticlesDir } from '../../src/lib/glossary/glossary-fs.ts';
import { bodyMarkdown } from '../../src/lib/markdown.ts';

describe('paragraphNodes', () => {
	test('lists paragraphs in document order, nested ones included', () => {
		const tree = parseMarkdown('一\n\n## 标题\n\n二\n\n> 三\n\n- 四\n\n  五');
		expect(paragraphNodes(tree).map(nodeText)).toEqual(['一', '二', '三', '四', '五']);
	});
});

describe('nodeText', () => {
	test('reads text, inline code and line breaks, and removes Markdown escapes', () => {
		const tree = parseMarkdown('a\\*b `c`  \nd');
		expect(nodeText(tree)).toBe('a*b c\nd');
	});

	test('gives nothing for a node without text', () => {
		expect(nodeText(parseMarkdown('***'))).toBe('');
	});
});

describe('bodyBlocks', () => {
	test('numbers paragraphs from 1 and points a heading at the paragraph after it', () => {
		expect(bodyBlocks('导语\n\n## 一、成绩\n\n正文一\n\n正文二\n\n### 末尾')).toEqual([
			{ kind: 'paragraph', text: '导语', paragraph: 1 },
			{ kind: 'heading', text: '一、成绩', paragraph: 2 },
			{ kind: 'paragraph', text: '正文一', paragraph: 2 },
			{ kind: 'paragraph', text: '正文二', paragraph: 3 },
			{ kind: 'heading', text: '末尾', paragraph: null },
		]);
	});

	test('gives the text of a body paragraph with the ingest escapes removed', () => {
		expect(bodyBlocks('1\\. 第一 \\<b\\>')[0]?.text).toBe('1. 第一 <b>');
	});
});

describe('plainBodyBlocks', () => {
	const archive = readArticlesDir(new URL('../../content/articles/', import.meta.url));

	test('reads every article of content/ without the parser, as the parser does', () => {
		expect(archive.length).toBeGreaterThan(0);
		for (const article of archive) {
			expect(plainBodyBlocks(article.body), article.id).toEqual(parsedBodyBlocks(article.body));
		}
	});

	test('reads what bodyMarkdown writes from text full of Markdown syntax, as the parser does', () => {
		const texts = [
			'1. 第一 2) 第二 *强调* _下划_ `代码` [链接](x) <b> &amp; ~删~ | 表 | #标签 $x$ \\ 反斜杠',
			'- 列表',
			'+ 加号',
			'= 等号',
			'> 引用',
			'### 不是标题',
			'2023年1月30日，衡阳！',
			'Ｗ全角　空格',
		];
		const markdown = bodyMarkdown([
			{ type: 'heading', level: 3, text: '一、*标题* #1' },
			...texts.map((text) => ({ type: 'paragraph' as const, text })),
			{ type: 'heading', level: 6, text: '[末] 尾' },
		]);
		const blocks = plainBodyBlocks(markdown);
		expect(blocks).not.toBeNull();
		expect(blocks).toEqual(parsedBodyBlocks(markdown));
		expect(blocks?.map((block) => block.text)).toEqual(['一、*标题* #1', ...texts, '[末] 尾']);
	});

	test.each([
		['a paragraph of two lines', '第一行\n第二行'],
		['a setext heading', '标题\n==='],
		['a list', '- 一\n\n- 二'],
		['an ordered list', '1. 一'],
		['a quote', '> 引'],
		['a thematic break', '***'],
		['emphasis', '一*二*三'],
		['a character reference', '甲&amp;乙'],
		['an HTML tag', '甲<b>乙'],
		['an autolink literal', '见www.example.com'],
		['a URL', '见https://example.com'],
		['an e-mail address', '写信a@example.com'],
		['an indented line', '    代码'],
		['a full-width space first', '\u3000正文'],
		['a trailing space', '正文 '],
		['a heading of seven #', '####### 七'],
		['a heading with a closing sequence', '## 标题 ##'],
		['an empty heading', '## '],
		['a carriage return', '一\r\n\r\n二'],
		['a bare backslash', '甲\\乙'],
		['a tab', '甲\t乙'],
	])('leaves %s to the parser, and bodyBlocks still reads it', (_, markdown) => {
		expect(plainBodyBlocks(markdown)).toBeNull();
		expect(bodyBlocks(markdown).map(({ kind, text }) => ({ kind, text }))).toEqual(
			parsedBodyBlocks(markdown).map(({ kind, text }) => ({ kind, text })),
		);
	});
});
