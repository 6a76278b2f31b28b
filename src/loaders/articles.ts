import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
	articleHtmlDir,
	keptArticleHtml,
	pruneArticleHtml,
	writeArticleHtml,
} from '../lib/site/article-html-fs.ts';
import { articleEntryId, fileStem } from '../lib/site/entry-id.ts';
import { markdownBody } from '../lib/site/markdown-body.ts';

/** How many HTML writes may run at once while the loader renders on. */
const WRITES_IN_FLIGHT = 64;

export interface ArticleLoaderOptions {
	/** The folder of the articles' Markdown files, relative to the project root. */
	readonly base: string;
}

/** The frontmatter of one Markdown file; a YAML error names the file and its line. */
function readFrontmatter(file: string, contents: string): Record<string, unknown> {
	try {
		// Why these options: the same parse as Astro's glob loader (safeParseFrontmatter).
		return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' }).frontmatter;
	} catch (error) {
		const mark = (error as { mark?: { line: number } }).mark;
		const where = mark === undefined ? file : `${file}:${mark.line + 1}`;
		throw new Error(`${where}: frontmatter is not valid YAML (${(error as Error).message})`);
	}
}

/**
 * The articles collection: every content/articles/*.md file as an entry holding its validated
 * frontmatter and a digest of the file, nothing else. The body is rendered with the project's
 * Markdown processor (`renderMarkdown`, as Astro's glob loader does) into a file of the Astro cache
 * (see article-html-fs.ts), which the article page reads; pages that need the Markdown body or its
 * plain text read the file itself (src/components/article-texts.ts).
 *
 * Why not `glob()`: it keeps every body and its rendered HTML in the entry, and Astro's data store
 * is held in memory, serialised as one string and bundled into the build (59 million characters at
 * 10,000 articles; at 100,000 the string passes V8's limit and the build fails). Its
 * `deferRender` keeps HTML out but makes Vite bundle every Markdown file (3.9 GB at 10,000).
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
			const kept = keptArticleHtml(htmlDir);
			const writes: Promise<void>[] = [];
			const sync = (name: string) => syncEntry(context, { dir, root, htmlDir, name, kept, writes });
			const untouched = new Set(context.store.keys());
			const names = readdirSync(dir)
				.filter((name) => name.endsWith('.md'))
				.sort();
			for (const name of names) {
				untouched.delete(await sync(name));
				// Why a window: 100,000 writes started at once ran out of file descriptors (EMFILE).
				while (writes.length > WRITES_IN_FLIGHT) await writes.shift();
			}
			await Promise.all(writes.splice(0));
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
				sync(name)
					.then(() => Promise.all(writes.splice(0)))
					.catch((error: unknown) => {
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
	/** The digests whose HTML is kept; a digest whose HTML is written now is added. */
	readonly kept: Set<string>;
	/** The HTML writes started, for the caller to await. */
	readonly writes: Promise<void>[];
}

/**
 * Stores one article file as an entry and starts writing its HTML, unless the entry of its file
 * name is stored with the same digest and its HTML is kept; returns its id.
 *
 * Why the file name first: an entry's id is its file stem (articleEntryId), so an unchanged file
 * is known by its digest without parsing its YAML again.
 */
async function syncEntry(
	context: LoaderContext,
	{ dir, root, htmlDir, name, kept, writes }: SyncTarget,
): Promise<string> {
	const { store } = context;
	const file = join(dir, name);
	const contents = readFileSync(file, 'utf8');
	const filePath = relative(root, file).split('\\').join('/');
	const digest = context.generateDigest(contents);
	const existing = store.get(fileStem(name));
	if (existing?.digest === digest && existing.filePath === filePath && kept.has(digest))
		return existing.id;
	const data = readFrontmatter(filePath, contents);
	const id = articleEntryId({ entry: name, data });
	const parsed = await context.parseData({ id, data, filePath: file });
	// Why an empty frontmatter block before the body: renderMarkdown parses a file's frontmatter
	// again (10 % of the content sync at 100,000 articles), and a body of its own that begins with
	// --- lines must not be taken for one.
	const rendered = await context.renderMarkdown(`---\n---\n${markdownBody(contents)}`);
	writes.push(writeArticleHtml(htmlDir, digest, rendered.html));
	kept.add(digest);
	store.set({ id, data: parsed, filePath, digest });
	return id;
}
