import { describe, expect, test } from 'vitest';
import { hrefs, render } from './render.ts';

const article = { slogans: ['七任务', '三化', '四上', '三化一体'], regions: [] };

describe('rehypeGlossaryLinks', () => {
	test('links a slogan to its entry, with the expansion in a popover the 释 button opens', async () => {
		const html = await render('推行“三化”治理。', { frontmatter: article });
		expect(html).toContain(
			'<span class="gloss"><a href="/glossary/san-hua/" class="gloss-term" aria-describedby="gloss-1">三化</a>' +
				'<button type="button" class="gloss-toggle" popovertarget="gloss-1" aria-label="“三化”释义" data-pagefind-ignore="">释</button>' +
				'<span id="gloss-1" class="gloss-tip" popover="auto" data-pagefind-ignore="">社区治理模式</span></span>',
		);
	});

	test('links only the first occurrence in each section, counting an alias as its entry', async () => {
		const html = await render(
			'聚焦“七任务”，落实七大任务，推进三化。\n\n再谈三化。\n\n## 下一节\n\n七大任务与三化。',
			{ frontmatter: article },
		);
		expect(hrefs(html, 'gloss-term')).toEqual([
			'/glossary/qi-da-ren-wu/',
			'/glossary/san-hua/',
			'/glossary/qi-da-ren-wu/',
			'/glossary/san-hua/',
		]);
		expect(html).toContain('<p id="p-2">再谈三化。</p>');
	});

	test('gives every popover of a document its own id', async () => {
		const html = await render('三化\n\n## 节\n\n三化', { frontmatter: article });
		expect([...html.matchAll(/id="(gloss-\d+)"/gu)].map((match) => match[1])).toEqual([
			'gloss-1',
			'gloss-2',
		]);
	});

	test('never links inside headings, links, code or code blocks', async () => {
		const html = await render(
			'## 推行“三化”\n\n[三化](https://example.org/) `三化` **[三化](/x/)**\n\n```\n三化\n```',
			{ frontmatter: article },
		);
		expect(hrefs(html, 'gloss-term')).toEqual([]);
		expect(html).toContain('<h2>推行“三化”</h2>');
		expect(html).toContain('<code>三化</code>');
	});

	test('never links inside a link or code written as HTML, but does inside other inline HTML', async () => {
		const html = await render('<a href="/y/">三化</a> <code>七任务</code> <span>四上</span>', {
			frontmatter: article,
		});
		expect(hrefs(html, 'gloss-term')).toEqual(['/glossary/si-shang-qi-ye/']);
	});

	test('links inside emphasis and tables, which are ordinary text', async () => {
		const html = await render('**三化**\n\n| 甲 |\n| - |\n| 七任务 |', { frontmatter: article });
		expect(hrefs(html, 'gloss-term')).toEqual(['/glossary/san-hua/', '/glossary/qi-da-ren-wu/']);
	});

	test('never links a slogan inside a longer one', async () => {
		const html = await render('新增四上企业，推进三化一体。', {
			frontmatter: { slogans: ['四上', '三化'] },
		});
		expect(hrefs(html, 'gloss-term')).toEqual(['/glossary/si-shang-qi-ye/']);
		expect(html).toContain('>四上企业</a>');
		expect(html).toContain('推进三化一体。');
	});

	test('links only the slogans the frontmatter names', async () => {
		const html = await render('三化与七任务', { frontmatter: { slogans: ['三化'] } });
		expect(hrefs(html, 'gloss-term')).toEqual(['/glossary/san-hua/']);
	});

	test('links nothing in a document without slogans in its frontmatter, unless told to link all', async () => {
		expect(hrefs(await render('三化'), 'gloss-term')).toEqual([]);
		expect(
			hrefs(await render('三化', { frontmatter: { slogans: ['没有词条'] } }), 'gloss-term'),
		).toEqual([]);
		expect(hrefs(await render('三化', { glossary: { link: 'all' } }), 'gloss-term')).toEqual([
			'/glossary/san-hua/',
		]);
	});
});
