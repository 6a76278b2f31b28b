import { describe, expect, test } from 'vitest';
import { readArticlesDir, readGlossaryDir } from '../../src/lib/glossary/glossary-fs.ts';
import { toLinkTerms } from '../../src/lib/glossary/link-terms.ts';
import { buildGlossary } from '../../src/lib/glossary/model.ts';
import { bodyBlocks } from '../../src/lib/glossary/blocks.ts';
import { glossaryUrl } from '../../src/lib/glossary/urls.ts';
import { render } from './render.ts';

// The plugins over every committed article with the real glossary: the paragraph ids agree with the
// concordance, and the first occurrence of every slogan in a body is linked.
const entries = readGlossaryDir(new URL('../../content/glossary/', import.meta.url));
const articles = readArticlesDir(new URL('../../content/articles/', import.meta.url));
const terms = toLinkTerms(entries);
const occurrences = buildGlossary(entries, articles).flatMap((model) => model.occurrences);

describe('the Markdown plugins on content/articles/', () => {
	for (const article of articles) {
		test(`annotate ${article.id}`, async () => {
			const html = await render(article.body, {
				frontmatter: { slogans: article.slogans, regions: article.regions },
				glossary: { terms },
			});
			const paragraphs = bodyBlocks(article.body).filter((block) => block.kind === 'paragraph');
			const ids = [...html.matchAll(/<p id="(p-\d+)"/gu)].map((match) => match[1]);
			expect(ids).toEqual(paragraphs.map((block) => `p-${String(block.paragraph)}`));

			const own = occurrences.filter(
				(occurrence) => occurrence.articleId === article.id && occurrence.block === 'paragraph',
			);
			for (const slug of new Set(own.map((occurrence) => occurrence.slug))) {
				const first = own.find((occurrence) => occurrence.slug === slug);
				const paragraph = new RegExp(`<p id="p-${String(first?.paragraph)}">(.*?)</p>`, 'su').exec(
					html,
				)?.[1];
				expect(paragraph, `${slug} in ${article.id}`).toContain(
					`<a href="${glossaryUrl(slug)}" class="gloss-term"`,
				);
			}
		});
	}
});
