import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { markdownBody } from '../../src/lib/site/markdown-body.ts';

/** What Astro's glob loader gives as an entry's body. */
const astroBody = (contents: string) =>
	parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).content.trim();

describe('markdownBody', () => {
	test.each([
		[
			'frontmatter and body',
			'---\nid: "a"\ntitle: "标题"\n---\n\n第一段。\n\n### 小标题\n\n第二段。\n',
		],
		['CRLF line ends', '---\r\nid: "a"\r\n---\r\n\r\n第一段。\r\n'],
		['a byte-order mark', '\uFEFF---\nid: "a"\n---\n正文'],
		['blank lines before the frontmatter', '\n\n---\nid: "a"\n---\n正文'],
		['a --- rule inside the body', '---\nid: "a"\n---\n\n甲\n\n---\n\n乙\n'],
		['TOML frontmatter', '+++\nid = "a"\n+++\n正文'],
		['no frontmatter', '\n正文，没有前言。\n'],
		['an empty body', '---\nid: "a"\n---\n'],
	])('%s: equals the body Astro’s glob loader gives', (_, contents) => {
		expect(markdownBody(contents)).toBe(astroBody(contents));
	});

	test('takes off only the frontmatter', () => {
		expect(markdownBody('---\nid: "a"\n---\n\n甲\n\n---\n\n乙\n')).toBe('甲\n\n---\n\n乙');
	});
});
