import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import process from 'node:process';
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
import { helperThreads } from '../lib/workers.ts';
import { RenderPool } from './render-pool.ts';

/** How many bodies may be being rendered or written at once while the loader reads on. */
const WRITES_IN_FLIGHT = 64;

/**
 * How many bodies each render worker may have waiting before the loader renders the next body on
 * its own thread.
 *
 * Why: with every body sent to the workers, the loader's thread, which only reads and checks the
 * files, was idle 78 % of a 10,000-article sync (25 s, CPU profile) while the one worker of a
 * two-core machine rendered; a backlog of a few bodies keeps the worker busy while this thread
 * renders the rest.
 */
const WORKER_BACKLOG = 8;

/**
 * How many bodies one sync renders on its own thread before it starts render workers (a worker
 * takes about a second to start), or HENGYANG_RENDER_WORKERS_AFTER; HENGYANG_RENDER_WORKERS=0
 * starts none.
 */
function poolAfter(): number {
	if (process.env.HENGYANG_RENDER_WORKERS === '0') return Infinity;
	const after = Number(process.env.HENGYANG_RENDER_WORKERS_AFTER ?? 200);
	return Number.isInteger(after) && after >= 0 ? after : 200;
}

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
			mkdirSync(htmlDir, { recursive: true });
			const kept = keptArticleHtml(htmlDir);
			const writes: Promise<void>[] = [];
			// Bodies are rendered on this thread, and also by render workers once poolAfter() bodies
			// were (a rebuild that renders a few never starts them; see render-pool.ts): a body goes
			// to a worker unless the workers have WORKER_BACKLOG each waiting.
			let pool: RenderPool | undefined;
			let started = false;
			let rendered = 0;
			const after = poolAfter();
			const startPool = async (): Promise<void> => {
				pool = await RenderPool.start(
					new URL('./src/loaders/render-worker.ts', context.config.root),
					helperThreads(availableParallelism()),
					{
						root: context.config.root.href,
						htmlDir,
						shared: {
							image: context.config.image,
							syntaxHighlight: context.config.markdown.syntaxHighlight,
							shikiConfig: context.config.markdown.shikiConfig,
							gfm: context.config.markdown.gfm,
							smartypants: context.config.markdown.smartypants,
						},
					},
				);
			};
			const renderBody = (digest: string, markdown: string): Promise<void> => {
				rendered++;
				if (pool && !pool.busy(WORKER_BACKLOG)) return pool.render({ digest, markdown });
				return context
					.renderMarkdown(markdown)
					.then((result) => writeArticleHtml(htmlDir, digest, result.html));
			};
			const sync = (name: string) =>
				syncEntry(context, { dir, root, name, kept, renderBody, writes });
			const untouched = new Set(context.store.keys());
			const names = readdirSync(dir)
				.filter((name) => name.endsWith('.md'))
				.sort();
			for (const name of names) {
				if (!started && rendered >= after) {
					started = true;
					await startPool();
				}
				untouched.delete(await sync(name));
				// Why a window: 100,000 writes started at once ran out of file descriptors (EMFILE).
				while (writes.length > WRITES_IN_FLIGHT) await writes.shift();
			}
			await Promise.all(writes.splice(0));
			await pool?.close();
			// Why: `astro dev` renders a changed file on this thread (no workers kept waiting).
			pool = undefined;
			started = true;
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
	readonly name: string;
	/** Renders a body and writes its HTML under the digest; settles when written. */
	readonly renderBody: (digest: string, markdown: string) => Promise<void>;
	/** The digests whose HTML is kept; a digest whose HTML is written now is added. */
	readonly kept: Set<string>;
	/** The renders and writes started, for the caller to await. */
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
	{ dir, root, name, kept, renderBody, writes }: SyncTarget,
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
	// Why the whole file: the Markdown plugins read the frontmatter (the slogans and regions to
	// link), and renderMarkdown, like the render workers, takes it off the file itself.
	writes.push(renderBody(digest, contents));
	kept.add(digest);
	store.set({ id, data: parsed, filePath, digest });
	return id;
}
