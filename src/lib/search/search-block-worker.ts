/**
 * A worker thread that writes article pages' search blocks (searchBlockHtml of articleSearchData)
 * while the main thread renders the pages: segmenting every article's text was the largest part
 * of `astro build`'s CPU (16 of 84 s at 10,000 articles), and the machine has a second core.
 *
 * It is given the lexicon's data once (workerData) and answers each task with the block's HTML.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../schemas/article.ts';
import { type LexiconData, prepareLexicon } from './lexicon.ts';
import { searchBlockHtml } from './search-block.ts';
import { articleSearchData } from './search-data.ts';

/** One article's search block to write. */
export interface SearchBlockTask {
	readonly id: string;
	readonly article: Article;
	readonly bodyText: string;
}

/** The answer to a task: its block's HTML, or why it failed. */
export type SearchBlockAnswer =
	{ readonly id: string; readonly html: string } | { readonly id: string; readonly error: string };

const lexicon = prepareLexicon(workerData as LexiconData);
parentPort?.on('message', (task: SearchBlockTask) => {
	try {
		const html = searchBlockHtml(articleSearchData(lexicon, task.article, task.bodyText));
		parentPort?.postMessage({ id: task.id, html } satisfies SearchBlockAnswer);
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		parentPort?.postMessage({ id: task.id, error: message } satisfies SearchBlockAnswer);
	}
});
