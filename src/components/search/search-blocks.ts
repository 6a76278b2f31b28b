import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { Worker } from 'node:worker_threads';
import type { LexiconData } from '../../lib/search/lexicon.ts';
import { searchBlockHtml } from '../../lib/search/search-block.ts';
import type { SearchBlockAnswer, SearchBlockTask } from '../../lib/search/search-block-worker.ts';
import { articleSearchData } from '../../lib/search/search-data.ts';
import { helperThreads } from '../../lib/workers.ts';
import { projectRoot } from '../content-records.ts';
import { getSearchLexicon } from './search-lexicon.ts';

/** How many blocks the workers may have written, or be writing, before their pages take them. */
const AHEAD = 256;

interface Pending {
	readonly promise: Promise<string>;
	resolve: (html: string) => void;
	reject: (error: Error) => void;
	settled: boolean;
	/** Its page has taken the promise; the entry goes when it settles. */
	taken: boolean;
}

function pending(): Pending {
	let resolve: (html: string) => void = () => undefined;
	let reject: (error: Error) => void = () => undefined;
	const promise = new Promise<string>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject, settled: false, taken: false };
}

/**
 * Worker threads (src/lib/search/search-block-worker.ts) that write the search blocks of the
 * article pages in the order the pages will be rendered, at most AHEAD before them.
 */
class SearchBlockPool {
	private readonly workers: Worker[];
	/** Tasks handed in ahead of their pages, in order; `cursor` is the first not yet sent. */
	private readonly queue: SearchBlockTask[] = [];
	private cursor = 0;
	/** Blocks sent to a worker, by article id, until they are both written and taken. */
	private readonly blocks = new Map<string, Pending>();
	/** How many blocks were sent and not yet taken by their page. */
	private ahead = 0;
	/** The ids whose block was taken (a block taken before its turn is not sent again). */
	private readonly taken = new Set<string>();
	private unsettled = 0;
	/** Why a worker stopped: every block not yet written fails with it. */
	private failure: Error | undefined;
	private turn = 0;

	constructor(data: LexiconData, count: number) {
		const file = join(projectRoot(), 'src', 'lib', 'search', 'search-block-worker.ts');
		this.workers = Array.from({ length: count }, () => {
			const worker = new Worker(file, { workerData: data });
			worker.on('message', (answer: SearchBlockAnswer) => {
				const block = this.blocks.get(answer.id);
				if (!block || block.settled) return;
				block.settled = true;
				this.unsettled--;
				if (block.taken) this.blocks.delete(answer.id);
				if ('html' in answer) block.resolve(answer.html);
				else block.reject(new Error(`search block of article ${answer.id}: ${answer.error}`));
				this.keepAlive();
			});
			worker.on('error', (error: Error) => {
				this.failure = error;
				for (const [id, block] of this.blocks)
					if (!block.settled) {
						block.settled = true;
						block.reject(
							new Error(`search block of article ${id}: worker failed: ${error.message}`),
						);
					}
				this.unsettled = 0;
			});
			worker.unref();
			return worker;
		});
	}

	/** Hands in the tasks of pages to be rendered, in their order. */
	prefetch(tasks: readonly SearchBlockTask[]): void {
		for (const task of tasks) this.queue.push(task);
		this.fill();
	}

	/** The block of one page: the one written ahead for it, else written now. */
	take(task: SearchBlockTask): Promise<string> {
		const block = this.blocks.get(task.id) ?? this.send(task);
		if (block.taken) throw new Error(`search block of article ${task.id} taken twice`);
		block.taken = true;
		this.taken.add(task.id);
		this.ahead--;
		if (block.settled) this.blocks.delete(task.id);
		this.fill();
		return block.promise;
	}

	private fill(): void {
		while (this.ahead < AHEAD && this.cursor < this.queue.length) {
			const task = this.queue[this.cursor++];
			if (task && !this.blocks.has(task.id) && !this.taken.has(task.id)) this.send(task);
		}
	}

	private send(task: SearchBlockTask): Pending {
		const block = pending();
		this.blocks.set(task.id, block);
		this.ahead++;
		if (this.failure) {
			block.settled = true;
			block.reject(
				new Error(`search block of article ${task.id}: worker failed: ${this.failure.message}`),
			);
			return block;
		}
		this.unsettled++;
		this.keepAlive();
		this.workers[this.turn++ % this.workers.length]?.postMessage(task);
		return block;
	}

	/** Why: idle workers must not keep the build's process alive, busy ones must. */
	private keepAlive(): void {
		for (const worker of this.workers) {
			if (this.unsettled > 0) worker.ref();
			else worker.unref();
		}
	}
}

let pool: Promise<SearchBlockPool | null> | undefined;

/**
 * The pool of this build: one worker per core but one (the main thread renders), none in
 * `astro dev` or with HENGYANG_SEARCH_WORKERS=0 (blocks are then written on the main thread).
 */
function getPool(): Promise<SearchBlockPool | null> {
	pool ??= (async () => {
		if (!import.meta.env.PROD || process.env.HENGYANG_SEARCH_WORKERS === '0') return null;
		const lexicon = await getSearchLexicon();
		return new SearchBlockPool(lexicon.data, helperThreads(availableParallelism()));
	})();
	return pool;
}

/**
 * Starts writing the search blocks of the article pages this build will render, in their order
 * (see getStaticPaths of src/pages/articles/[id].astro); each page then takes its own.
 */
export async function prefetchSearchBlocks(tasks: readonly SearchBlockTask[]): Promise<void> {
	(await getPool())?.prefetch(tasks);
}

/** The search block of one article page (searchBlockHtml), the same with or without workers. */
export async function searchBlockFor(task: SearchBlockTask): Promise<string> {
	const workers = await getPool();
	if (workers) return workers.take(task);
	return searchBlockHtml(articleSearchData(await getSearchLexicon(), task.article, task.bodyText));
}
