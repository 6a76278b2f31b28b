import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	keptArticleHtml,
	pruneArticleHtml,
	readArticleHtml,
	writeArticleHtml,
} from '../../src/lib/site/article-html-fs.ts';
import { articleLoader } from '../../src/loaders/articles.ts';

interface StoredEntry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
	digest?: string | number;
	rendered?: unknown;
}

/** A project folder with content/articles/ and its own HTML folder (HENGYANG_ARTICLE_HTML_DIR). */
let root: string;
let htmlDir: string;
const savedEnv = process.env.HENGYANG_ARTICLE_HTML_DIR;
// Why: these tests give the loader a fake renderer; the render workers have their own test.
process.env.HENGYANG_RENDER_WORKERS = '0';
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'hy-article-loader-'));
	mkdirSync(join(root, 'content', 'articles'), { recursive: true });
	htmlDir = join(root, 'cache', 'html');
	process.env.HENGYANG_ARTICLE_HTML_DIR = htmlDir;
});
afterEach(() => {
	rmSync(root, { recursive: true, force: true });
	if (savedEnv === undefined) delete process.env.HENGYANG_ARTICLE_HTML_DIR;
	else process.env.HENGYANG_ARTICLE_HTML_DIR = savedEnv;
});

const article = (id: string, text: string) =>
	`---\nid: "${id}"\ntitle: "标题${id}"\n---\n\n${text}\n`;
const put = (name: string, contents: string) => {
	writeFileSync(join(root, 'content', 'articles', name), contents);
};

/** Astro's loader context, reduced to what the loader uses; records each render. */
function context(store: Map<string, StoredEntry>, rendered: string[]) {
	return {
		config: { root: pathToFileURL(`${root}/`) },
		store: {
			keys: () => [...store.keys()],
			values: () => [...store.values()],
			get: (id: string) => store.get(id),
			set: (entry: StoredEntry) => store.set(entry.id, entry),
			delete: (id: string) => store.delete(id),
		},
		generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
		parseData: ({ data }: { data: Record<string, unknown> }) =>
			Promise.resolve({ ...data, checked: true }),
		// As Astro's renderMarkdown: the frontmatter of what it is given is taken off first.
		renderMarkdown: (contents: string) => {
			rendered.push(contents);
			const body = parseFrontmatter(contents).content.trim();
			return Promise.resolve({ html: `<p>${body}</p>`, metadata: {} });
		},
		logger: { error: () => undefined },
	} as unknown as LoaderContext;
}

const load = (store: Map<string, StoredEntry>, rendered: string[] = []) =>
	articleLoader({ base: './content/articles' }).load(context(store, rendered));

describe('articleLoader', () => {
	test('stores each article’s checked data and digest only, and its HTML outside the entry', async () => {
		put('2023-01-02-b.md', article('2023-01-02-b', '第二篇正文。'));
		put('2023-01-01-a.md', article('2023-01-01-a', '第一篇正文。'));
		put('notes.txt', 'not an article');
		const store = new Map<string, StoredEntry>();
		await load(store);
		expect([...store.keys()]).toEqual(['2023-01-01-a', '2023-01-02-b']);
		const entry = store.get('2023-01-01-a');
		expect(entry?.data).toEqual({ id: '2023-01-01-a', title: '标题2023-01-01-a', checked: true });
		expect(entry?.body).toBeUndefined();
		expect(entry?.filePath).toBe('content/articles/2023-01-01-a.md');
		expect(entry?.rendered).toBeUndefined();
		expect(readArticleHtml('2023-01-01-a', entry?.digest)).toBe('<p>第一篇正文。</p>');
	});

	test('renders only changed files again, and drops deleted files and their HTML', async () => {
		put('a.md', article('a', '甲。'));
		put('b.md', article('b', '乙。'));
		const store = new Map<string, StoredEntry>();
		await load(store);
		const oldDigest = store.get('b')?.digest;
		put('b.md', article('b', '乙，改过。'));
		unlinkSync(join(root, 'content', 'articles', 'a.md'));
		const rendered: string[] = [];
		await load(store, rendered);
		expect(rendered).toEqual([article('b', '乙，改过。')]);
		expect([...store.keys()]).toEqual(['b']);
		expect(readArticleHtml('b', store.get('b')?.digest)).toBe('<p>乙，改过。</p>');
		expect(readdirSync(htmlDir)).toEqual([`${String(store.get('b')?.digest)}.html`]);
		expect(() => readArticleHtml('b', oldDigest)).toThrow('article b: no rendered HTML');
	});

	test('writes the HTML of every article of a big folder', async () => {
		for (let k = 0; k < 300; k++)
			put(`a${String(k)}.md`, article(`a${String(k)}`, `第${String(k)}篇。`));
		const store = new Map<string, StoredEntry>();
		await load(store);
		expect(store.size).toBe(300);
		expect(readdirSync(htmlDir)).toHaveLength(300);
		expect(readArticleHtml('a299', store.get('a299')?.digest)).toBe('<p>第299篇。</p>');
	});

	test('renders a body that begins with --- lines as body, not as frontmatter', async () => {
		put('a.md', article('a', '---\n甲\n---\n\n乙'));
		const store = new Map<string, StoredEntry>();
		await load(store);
		expect(readArticleHtml('a', store.get('a')?.digest)).toBe('<p>---\n甲\n---\n\n乙</p>');
	});

	test('renders an unchanged file again when its HTML is gone', async () => {
		put('a.md', article('a', '甲。'));
		const store = new Map<string, StoredEntry>();
		await load(store);
		rmSync(htmlDir, { recursive: true });
		const rendered: string[] = [];
		await load(store, rendered);
		expect(rendered).toHaveLength(1);
		expect(readArticleHtml('a', store.get('a')?.digest)).toBe('<p>甲。</p>');
	});

	test('names the file and line of broken frontmatter, and the file of a wrong id', async () => {
		put('a.md', '---\nid: "a"\ntitle: [unclosed\n---\n\n正文\n');
		await expect(load(new Map())).rejects.toThrow(
			/^content\/articles\/a\.md:\d+: frontmatter is not valid YAML/,
		);
		put('a.md', article('b', '正文'));
		await expect(load(new Map())).rejects.toThrow(
			'content/articles/a.md: frontmatter id "b" must equal the file name "a"',
		);
	});
});

describe('article HTML files', () => {
	test('prune keeps only the digests asked for', async () => {
		mkdirSync(htmlDir, { recursive: true });
		await writeArticleHtml(htmlDir, 'd1', '<p>1</p>');
		await writeArticleHtml(htmlDir, 'd2', '<p>2</p>');
		expect(keptArticleHtml(htmlDir)).toEqual(new Set(['d1', 'd2']));
		expect(pruneArticleHtml(htmlDir, new Set(['d2']))).toBe(1);
		expect(existsSync(join(htmlDir, 'd1.html'))).toBe(false);
		expect(readArticleHtml('x', 'd2')).toBe('<p>2</p>');
		expect(pruneArticleHtml(join(root, 'missing'), new Set())).toBe(0);
	});
});
