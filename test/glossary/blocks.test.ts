import { describe, expect, test } from 'vitest';
import {
	bodyBlocks,
	nodeText,
	paragraphNodes,
	parseMarkdown,
} from '../../src/lib/glossary/blocks.ts';

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
