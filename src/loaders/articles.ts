import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
	articleHtmlDir,
	hasArticleHtml,
	pruneArticleHtml,
	writeArticleHtml,
} from '../lib/site/article-html-fs.ts';
import { articleEntryId } from '../lib/site/entry-id.ts';

export interface ArticleLoaderOptions {
	/** The folder of the articles' Markdown files, relative to the project root. */
	readonly base: string;
}

/** The frontmatter and body of one Markdown file; a YAML error names the file and its line. */
function readEntryFile(
	file: string,
	contents: string,
): { data: Record<string, unknown>; body: string } {
	try {
		// Why these options: the same parse as Astro's glob loader (safeParseFrontmatter).
		const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
		return { data: parsed.frontmatter, body: parsed.content.trim() };
	} catch (error) {
		const mark = (error as { mark?: { line: number } }).mark;
		const where = mark === undefined ? file : `${file}:${mark.line + 1}`;
		throw new Error(`${where}: frontmatter is not valid YAML (${(error as Error).message})`);
	}
}

/**
 * The articles collection: every content/articles/*.md file as an entry holding its validated
 * frontmatter, its Markdown body and a digest of the file; the body is rendered with the project's
 * Markdown processor (`renderMarkdown`, the same as Astro's glob loader uses) into a file of the
 * Astro cache (see article-html-fs.ts), not into the entry. Pages read it with readArticleHtml.
 *
 * Why not `glob()`: it stores the rendered HTML in the entry, and the data store then held every
 * article's HTML in memory and in one serialised string (the 100,000-article build failed there).
 * Its `deferRender` keeps HTML out but makes Vite bundle every Markdown file (3.9 GB at 10,000).
 *
 * Like glob(): an unchanged file (same digest, HTML kept) is not parsed again; `astro dev` watches
 * the folder.
 */
export function articleLoader({ base }: ArticleLoaderOptions): Loader {
	return {
		name: 'hengyang-articles',
		load: async (context) => {
			const dir = fileURLToPath(
				new URL(base.endsWith('/') ? base : `${base}/`, context.config.root),
			);
			const htmlDir = articleHtmlDir();
			const root = fileURLToPath(context.config.root);
			const sync = (name: string) => syncEntry(context, { dir, root, htmlDir, name });
			const untouched = new Set(context.store.keys());
			const names = readdirSync(dir)
				.filter((name) => name.endsWith('.md'))
				.sort();
			for (const name of names) untouched.delete(await sync(name));
			for (const id of untouched) context.store.delete(id);
			pruneArticleHtml(
				htmlDir,
				new Set(context.store.values().map((entry) => String(entry.digest))),
			);

			const watcher = context.watcher;
			if (!watcher) return;
			watcher.add(dir);
			const inDir = (file: string) => {
				const name = relative(dir, file);
				return name.endsWith('.md') && !name.includes('/') && !name.startsWith('..')
					? name
					: undefined;
			};
			const onChange = (file: string) => {
				const name = inDir(file);
				if (name === undefined) return;
				sync(name).catch((error: unknown) => {
					context.logger.error((error as Error).message);
				});
			};
			watcher.on('add', onChange);
			watcher.on('change', onChange);
			watcher.on('unlink', (file: string) => {
				const name = inDir(file);
				if (name === undefined) return;
				const id = name.slice(0, -'.md'.length);
				if (context.store.get(id)?.filePath === relative(root, join(dir, name)))
					context.store.delete(id);
			});
		},
	};
}

interface SyncTarget {
	readonly dir: string;
	readonly root: string;
	readonly htmlDir: string;
	readonly name: string;
}

/** Stores one article file as an entry (when changed) and keeps its HTML; returns its id. */
async function syncEntry(
	context: LoaderContext,
	{ dir, root, htmlDir, name }: SyncTarget,
): Promise<string> {
	const { store } = context;
	const file = join(dir, name);
	const contents = readFileSync(file, 'utf8');
	const filePath = relative(root, file).split('\\').join('/');
	const { data, body } = readEntryFile(filePath, contents);
	const id = articleEntryId({ entry: name, data });
	const digest = context.generateDigest(contents);
	const existing = store.get(id);
	if (existing?.digest === digest && hasArticleHtml(htmlDir, digest)) return id;
	const parsed = await context.parseData({ id, data, filePath: file });
	// Why the whole file: renderMarkdown takes the frontmatter off itself, as glob() does.
	const rendered = await context.renderMarkdown(contents);
	writeArticleHtml(htmlDir, digest, rendered.html);
	store.set({ id, data: parsed, body, filePath, digest });
	return id;
}
