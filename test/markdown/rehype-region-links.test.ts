import { describe, expect, test } from 'vitest';
import { hrefs, render } from './render.ts';

const frontmatter = { slogans: ['三化'], regions: ['珠晖区', '衡阳市', '南岳区'] };

describe('rehypeRegionLinks', () => {
	test('links the first mention of each region, in full or short form, to its page', async () => {
		const html = await render('珠晖区和衡阳。珠晖又在衡阳市。', { frontmatter });
		expect(html).toBe(
			'<p id="p-1"><a href="/regions/zhuhui/" class="region-link">珠晖区</a>和<a href="/regions/hengyang/" class="region-link">衡阳</a>。珠晖又在衡阳市。</p>',
		);
	});

	test('links the city’s first name, not 我市 or 全市, which refer to it without naming it', async () => {
		const html = await render('我市和全市。衡阳市开会。', { frontmatter });
		expect(hrefs(html, 'region-link')).toEqual(['/regions/hengyang/']);
		expect(html).toContain('<a href="/regions/hengyang/" class="region-link">衡阳市</a>');
	});

	test('finds names as the ingest does: 南岳电控 is a company, the 衡山 of 南岳衡山 a mountain', async () => {
		const html = await render('南岳电控上市。登南岳衡山。衡山县开会。', {
			frontmatter: { regions: ['南岳区', '衡山县'] },
		});
		expect(html).toBe(
			'<p id="p-1">南岳电控上市。登<a href="/regions/nanyue/" class="region-link">南岳</a>衡山。<a href="/regions/hengshan/" class="region-link">衡山县</a>开会。</p>',
		);
	});

	test('links only the regions the frontmatter lists', async () => {
		const html = await render('雁峰区与珠晖区', { frontmatter });
		expect(hrefs(html, 'region-link')).toEqual(['/regions/zhuhui/']);
	});

	test('never links inside headings, links, code or glossary annotations', async () => {
		const html = await render('## 珠晖区\n\n[珠晖区](/x/) `珠晖区`\n\n推行“三化”。', {
			frontmatter,
			glossary: {
				terms: [{ slug: 'san-hua', term: '三化', forms: ['三化'], expansion: '珠晖区的治理模式' }],
			},
		});
		expect(hrefs(html, 'region-link')).toEqual([]);
	});

	test('links nothing in a document without regions in its frontmatter, unless told to link all', async () => {
		expect(hrefs(await render('珠晖区'), 'region-link')).toEqual([]);
		expect(hrefs(await render('珠晖区', { regions: { link: 'all' } }), 'region-link')).toEqual([
			'/regions/zhuhui/',
		]);
	});

	test('skips a region it has no page for', async () => {
		const html = await render('珠晖区', { frontmatter, regions: { regions: [] } });
		expect(hrefs(html, 'region-link')).toEqual([]);
	});
});
