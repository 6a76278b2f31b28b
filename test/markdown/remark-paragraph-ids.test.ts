import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import { remarkParagraphIds } from '../../src/markdown/remark-paragraph-ids.ts';

async function html(markdown: string, before?: (tree: Root) => void): Promise<string> {
	const processor = unified().use(remarkParse);
	if (before) processor.use(() => before);
	const result = await processor
		.use(remarkParagraphIds)
		.use(remarkRehype)
		.use(rehypeStringify)
		.process(markdown);
	return String(result);
}

describe('remarkParagraphIds', () => {
	test('gives paragraphs the ids p-1, p-2 … in document order', async () => {
		expect(await html('第一段\n\n第二段')).toBe('<p id="p-1">第一段</p>\n<p id="p-2">第二段</p>');
	});

	test('gives headings no id and does not count them', async () => {
		expect(await html('## 标题\n\n正文')).toBe('<h2>标题</h2>\n<p id="p-1">正文</p>');
	});

	test('counts paragraphs inside quotations in order', async () => {
		expect(await html('甲\n\n> 乙\n\n丙')).toBe(
			'<p id="p-1">甲</p>\n<blockquote>\n<p id="p-2">乙</p>\n</blockquote>\n<p id="p-3">丙</p>',
		);
	});

	test('keeps an id an earlier plugin set, without shifting the numbers of the others', async () => {
		const setFirstId = (tree: Root): void => {
			const first = tree.children[0];
			if (first?.type === 'paragraph') first.data = { hProperties: { id: 'lead' } };
		};
		expect(await html('甲\n\n乙', setFirstId)).toBe('<p id="lead">甲</p>\n<p id="p-2">乙</p>');
	});
});
