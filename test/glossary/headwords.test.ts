import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { headwordIndex, withHeadwords } from '../../src/lib/glossary/glossary.ts';
import { readGlossaryDir } from '../../src/lib/glossary/glossary-fs.ts';
import { type Article, articleSchema } from '../../src/schemas/article.ts';
import { articleNeighbourhoods } from '../../src/lib/site/neighbourhood.ts';
import { countSlogans } from '../../src/lib/site/regions.ts';

const entries = readGlossaryDir(new URL('../../content/glossary/', import.meta.url));
const index = headwordIndex(entries);

/** The validated frontmatter of every article in content/articles/. */
function contentArticles(): Article[] {
	const dir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.map((name) => {
			const frontmatter = readFileSync(`${dir}${name}`, 'utf8').split('\n---\n')[0] ?? '';
			return articleSchema.parse(parse(frontmatter.replace(/^---\n/, '')));
		});
}

describe('withHeadwords', () => {
	test('gives an alias as its entry’s term, once, in printed order', () => {
		expect(withHeadwords({ slogans: ['七任务', '三高四新', '七大任务'] }, index).slogans).toEqual([
			'七大任务',
			'三高四新',
		]);
	});

	test('keeps a slogan without an entry as printed', () => {
		expect(withHeadwords({ slogans: ['九九归一'] }, index).slogans).toEqual(['九九归一']);
	});

	test('counts an entry’s forms as one slogan', () => {
		const counted = countSlogans(
			[{ slogans: ['七任务'] }, { slogans: ['七大任务'] }].map((a) => withHeadwords(a, index)),
		);
		expect(counted).toEqual([{ slogan: '七大任务', count: 2 }]);
	});
});

describe('related articles over headwords', () => {
	test('the two 珠晖 articles share 六个导向 and 七大任务 whichever form each prints', () => {
		const articles = contentArticles();
		const long = '2023-01-30-yi-gao-zhi-liang-fa-zhan-pu-xie';
		const printed = articles.find((article) => article.id === long)?.slogans ?? [];
		// The premise: the long article prints the short forms, its other version the long ones.
		expect(printed).toEqual(expect.arrayContaining(['六导向', '七任务']));
		const related = articleNeighbourhoods(articles.map((a) => withHeadwords(a, index)))
			.get(long)
			?.related.find((relation) => relation.article.id === `${long}-2`);
		expect(related?.sharedSlogans).toEqual(expect.arrayContaining(['六个导向', '七大任务']));
	});
});
