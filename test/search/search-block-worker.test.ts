import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, test } from 'vitest';
import { readGlossaryDir, splitFrontmatter } from '../../src/lib/glossary/glossary-fs.ts';
import { buildLexicon } from '../../src/lib/search/lexicon-build.ts';
import { prepareLexicon } from '../../src/lib/search/lexicon.ts';
import { searchBlockHtml } from '../../src/lib/search/search-block.ts';
import type {
	SearchBlockAnswer,
	SearchBlockTask,
} from '../../src/lib/search/search-block-worker.ts';
import { articleSearchData, articleSearchText } from '../../src/lib/search/search-data.ts';
import { markdownToPlainText } from '../../src/lib/site/markdown-to-plain-text.ts';
import { articleSchema } from '../../src/schemas/article.ts';

// The archive as the build reads it, and its lexicon as search-lexicon.ts builds it.
const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const tasks: SearchBlockTask[] = readdirSync(articlesDir)
	.filter((name) => name.endsWith('.md'))
	.sort()
	.map((name) => {
		const { data, body } = splitFrontmatter(readFileSync(`${articlesDir}${name}`, 'utf8'), name);
		const article = articleSchema.parse(data);
		return { id: article.id, article, bodyText: markdownToPlainText(body) };
	});
const data = buildLexicon(
	tasks.map(({ article, bodyText }) => ({
		data: article,
		text: articleSearchText(article, bodyText),
	})),
	readGlossaryDir(new URL('../../content/glossary/', import.meta.url)),
);
const lexicon = prepareLexicon(data);

// Why the source file: the build starts the worker from src/ too (see search-blocks.ts).
const worker = new Worker(
	fileURLToPath(new URL('../../src/lib/search/search-block-worker.ts', import.meta.url)),
	{ workerData: data },
);
afterAll(() => worker.terminate());

function ask(task: SearchBlockTask): Promise<SearchBlockAnswer> {
	return new Promise((resolve) => {
		const listen = (answer: SearchBlockAnswer) => {
			if (answer.id !== task.id) return;
			worker.off('message', listen);
			resolve(answer);
		};
		worker.on('message', listen);
		worker.postMessage(task);
	});
}

describe('the search block worker', () => {
	test('writes every article’s block as the main thread does', async () => {
		expect(tasks.length).toBeGreaterThan(10);
		const answers = await Promise.all(tasks.map(ask));
		answers.forEach((answer, index) => {
			const task = tasks[index];
			if (!task) throw new Error('no task');
			expect(answer).toEqual({
				id: task.id,
				html: searchBlockHtml(articleSearchData(lexicon, task.article, task.bodyText)),
			});
		});
	});

	test('answers a task it cannot do with the error, and goes on', async () => {
		const broken = { id: 'broken', article: {}, bodyText: '' } as unknown as SearchBlockTask;
		const answer = await ask(broken);
		expect(answer.id).toBe('broken');
		expect('error' in answer && answer.error).toMatch(/TypeError/);
		const first = tasks[0];
		if (!first) throw new Error('no task');
		expect('html' in (await ask(first))).toBe(true);
	});
});
