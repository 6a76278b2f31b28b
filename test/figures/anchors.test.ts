import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { bodyBlocks } from '../../src/lib/glossary/blocks.ts';
import { paragraphId } from '../../src/lib/glossary/urls.ts';
import { figureSourceUrl, paragraphAnchor } from '../../src/lib/site/figures-links.ts';
import { figuresFileSchema } from '../../src/schemas/figure.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));

/** The Markdown body of content/articles/<id>.md, without its frontmatter. */
function articleBody(id: string): string {
	const text = readFileSync(`${content}articles/${id}.md`, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n?/u.exec(text);
	expect(match, `content/articles/${id}.md has frontmatter`).not.toBeNull();
	expect((parse(match?.[1] ?? '') as { id: string }).id).toBe(id);
	return text.slice(match?.[0].length ?? 0);
}

describe('figure links and the paragraph ids of the article pages', () => {
	const sidecars = readdirSync(`${content}figures/`)
		.filter((name) => name.endsWith('.json'))
		.map((name) =>
			figuresFileSchema.parse(JSON.parse(readFileSync(`${content}figures/${name}`, 'utf8'))),
		);

	test('the sidecars hold figures to check', () => {
		expect(sidecars.flatMap((sidecar) => sidecar.figures).length).toBeGreaterThan(0);
	});

	test('every figure’s link names the paragraph, numbered as remark-paragraph-ids numbers it, that holds its sentence', () => {
		const misplaced: string[] = [];
		for (const sidecar of sidecars) {
			const paragraphs = bodyBlocks(articleBody(sidecar.article)).filter(
				(block) => block.kind === 'paragraph',
			);
			for (const figure of sidecar.figures) {
				const anchor = paragraphAnchor(figure.paragraph);
				const block = paragraphs.find(
					(candidate) =>
						candidate.paragraph !== null && paragraphId(candidate.paragraph) === anchor,
				);
				if (!block?.text.includes(figure.sentence)) {
					misplaced.push(
						`${figureSourceUrl(sidecar.article, figure.paragraph)}: ${figure.sentence}`,
					);
				}
			}
		}
		expect(misplaced).toEqual([]);
	});
});
