import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { pageRecordSchema, type PageRecord } from '../../src/schemas/page.ts';
import { decodeRaw } from '../../src/lib/decode.ts';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import { figuresOf, ingestDirectory, listRawFiles } from '../../src/lib/ingest-fs.ts';
import { figuresFileSchema } from '../../src/schemas/figure.ts';
import { markdownToPlainText } from '../../src/lib/markdown.ts';
import { normalisePunctuation, normaliseText } from '../../src/lib/normalise.ts';
import { serialiseArticle, serialiseFigures, serialisePage } from '../../src/lib/serialise.ts';
import { CONTENT, SEEDS, visible } from './helpers.ts';

// Rules over the whole committed collection (content/), in the manner of wooorm/iso-3166.
const articleFiles = readdirSync(join(CONTENT, 'articles'))
	.filter((name) => name.endsWith('.md'))
	.sort();
const figureFiles = readdirSync(join(CONTENT, 'figures'))
	.filter((name) => name.endsWith('.json'))
	.sort();
const pageFiles = readdirSync(join(CONTENT, 'pages'))
	.filter((name) => name.endsWith('.json'))
	.sort();

function readArticle(name: string): { data: Article; body: string } {
	const source = readFileSync(join(CONTENT, 'articles', name), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)\n$/u.exec(source);
	if (!match) throw new Error(`${name}: no frontmatter`);
	return { data: articleSchema.parse(parse(match[1] ?? '')), body: match[2] ?? '' };
}
const articles = articleFiles.map(readArticle);
const pages: PageRecord[] = pageFiles.map((name) =>
	pageRecordSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'pages', name), 'utf8'))),
);
const byId = new Map(articles.map((article) => [article.data.id, article]));

describe('content/', () => {
	test('is exactly what the ingest makes of seeds/ (regenerating gives no diff)', () => {
		const { pages: fresh, errors } = ingestDirectory(SEEDS);
		expect(errors).toEqual([]);
		const expected = new Map<string, string>();
		for (const page of fresh) {
			expected.set(`pages/${page.page.file.replace(/\.txt$/u, '')}.json`, serialisePage(page.page));
			for (const entry of page.articles) {
				expected.set(`articles/${entry.data.id}.md`, serialiseArticle(entry.data, entry.body));
				expected.set(`figures/${entry.data.id}.json`, serialiseFigures(figuresOf(entry)));
			}
		}
		const actual = new Map<string, string>([
			...figureFiles.map((name): [string, string] => [
				`figures/${name}`,
				readFileSync(join(CONTENT, 'figures', name), 'utf8'),
			]),
			...pageFiles.map((name): [string, string] => [
				`pages/${name}`,
				readFileSync(join(CONTENT, 'pages', name), 'utf8'),
			]),
			...articleFiles.map((name): [string, string] => [
				`articles/${name}`,
				readFileSync(join(CONTENT, 'articles', name), 'utf8'),
			]),
		]);
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [path, text] of expected) expect(actual.get(path), path).toBe(text);
	});

	test('is deterministic: two runs give the same bytes', () => {
		const render = (): string =>
			ingestDirectory(SEEDS)
				.pages.map(
					(page) =>
						serialisePage(page.page) +
						page.articles.map((entry) => serialiseArticle(entry.data, entry.body)).join(''),
				)
				.join('');
		expect(render()).toBe(render());
	});

	test('has one page record per raw file', () => {
		expect(pageFiles).toEqual(listRawFiles(SEEDS).map((file) => file.replace(/\.txt$/u, '.json')));
	});

	test('has unique ASCII ids that name their files', () => {
		const ids = articles.map((article) => article.data.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const [index, article] of articles.entries()) {
			expect(article.data.id).toMatch(/^[a-z0-9-]+$/);
			expect(articleFiles[index]).toBe(`${article.data.id}.md`);
		}
	});

	test('has one valid figures sidecar per article', () => {
		expect(figureFiles).toEqual(articleFiles.map((name) => name.replace(/\.md$/u, '.json')));
		for (const name of figureFiles) {
			const sidecar = figuresFileSchema.parse(
				JSON.parse(readFileSync(join(CONTENT, 'figures', name), 'utf8')),
			);
			expect(byId.has(sidecar.article), name).toBe(true);
			expect(`${sidecar.article}.json`).toBe(name);
		}
	});

	test('names only regions of the gazetteer', () => {
		const known = new Set(GAZETTEER.map((region) => region.name));
		for (const article of articles)
			for (const region of article.data.regions)
				expect(known.has(region), `${article.data.id}: ${region}`).toBe(true);
	});

	test('loses nothing: every non-space character of every raw file is in exactly one block, in order', () => {
		for (const page of pages) {
			const raw = normaliseText(decodeRaw(readFileSync(join(SEEDS, page.file)), page.file).text);
			expect(visible(page.blocks.map((block) => block.text).join('')), page.file).toBe(
				visible(raw),
			);
		}
	});

	test('puts every block that is not furniture in an article of its page', () => {
		for (const page of pages) {
			for (const block of page.blocks) {
				if (block.kind === 'furniture') expect(block.article).toBeNull();
				else {
					expect(block.article, `${page.file}:${String(block.line)}`).not.toBeNull();
					expect(page.articles).toContain(block.article);
				}
			}
			expect(
				[...new Set(page.blocks.flatMap((block) => (block.article ? [block.article] : [])))].sort(),
			).toEqual([...page.articles].sort());
		}
	});

	test('shows the text of every block in its article (body or frontmatter)', () => {
		for (const page of pages) {
			for (const block of page.blocks) {
				if (block.article === null) continue;
				const article = byId.get(block.article);
				expect(article, block.article).toBeDefined();
				if (!article) continue;
				const shown = visible(
					`${JSON.stringify(article.data)}${markdownToPlainText(article.body)}`,
				);
				const wanted = visible(normalisePunctuation(block.text)).replace(/^■/u, '');
				expect(
					shown.includes(wanted),
					`${page.file}:${String(block.line)} “${block.text}” not in ${block.article}`,
				).toBe(true);
			}
		}
	});

	test('records each article’s source lines within its raw file', () => {
		for (const article of articles) {
			const page = pages.find((candidate) => candidate.file === article.data.source.file);
			expect(page?.articles[article.data.source.part - 1]).toBe(article.data.id);
			const lines =
				page?.blocks
					.filter((block) => block.article === article.data.id)
					.map((block) => block.line) ?? [];
			expect(article.data.source.lines).toEqual([Math.min(...lines), Math.max(...lines)]);
		}
	});
});
