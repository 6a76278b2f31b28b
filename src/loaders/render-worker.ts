/**
 * A worker thread that renders article bodies with the project's Markdown processor
 * (articleProcessor, the one astro.config.mjs gives Astro) and writes each to the article HTML
 * folder (see article-html-fs.ts), while the articles loader reads and checks the next files.
 *
 * Why: rendering was most of the content sync, and the sync ran on one core (3 min at 100,000
 * articles).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleProcessor } from '../markdown/processor.ts';
import { writeArticleHtml } from '../lib/site/article-html-fs.ts';

/** What the worker is started with. */
export interface RenderWorkerData {
	/** The project root, as a file URL. */
	readonly root: string;
	/** The folder of the article HTML files. */
	readonly htmlDir: string;
	/** What Astro gives createRenderer (markdown settings and image config of the resolved config). */
	readonly shared: Record<string, unknown>;
	/** One counter in shared memory: the jobs the pool's workers have finished (see RenderPool.busy). */
	readonly finished: Int32Array;
}

/** One body to render, under the digest of its file. */
export interface RenderJob {
	/** The job's number in its pool (two files could have the same digest). */
	readonly seq: number;
	readonly digest: string;
	/** The whole Markdown file, frontmatter and body, as renderMarkdown is given it. */
	readonly markdown: string;
}

/** The answer to a job. */
export type RenderAnswer =
	| { readonly seq: number; readonly ok: true }
	| { readonly seq: number; readonly ok: false; readonly error: string };

const { root, htmlDir, shared, finished } = workerData as RenderWorkerData;
const renderer = await articleProcessor(new URL(root)).createRenderer(shared);

parentPort?.on('message', (job: RenderJob) => {
	// Why parsed: Astro's renderMarkdown takes the frontmatter off and renders the rest with it.
	const { frontmatter, content } = parseFrontmatter(job.markdown);
	renderer
		.render(content, { frontmatter })
		.then((result) => writeArticleHtml(htmlDir, job.digest, result.code))
		.finally(() => {
			Atomics.add(finished, 0, 1);
		})
		.then(
			() => parentPort?.postMessage({ seq: job.seq, ok: true } satisfies RenderAnswer),
			(error: unknown) => {
				const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
				parentPort?.postMessage({
					seq: job.seq,
					ok: false,
					error: message,
				} satisfies RenderAnswer);
			},
		);
});
parentPort?.postMessage('ready');
