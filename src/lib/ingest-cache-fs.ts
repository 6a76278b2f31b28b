import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { PageResult } from './ingest.ts';

/**
 * The ingest's cache, for rebuilds: what each raw file gave the last time its bytes were ingested,
 * and which files of content/ the last run wrote.
 *
 * Why: after one raw page was added to a 10,000-article archive, the ingest took as long as the
 * first run (0.96 of it): every raw page was parsed again, every article serialised and its figures
 * extracted again, and every file of content/ read back to see that it had not changed.
 *
 * What is kept, in two JSON files per raw file under `<dir>/pages/`:
 * - `<key>.json`: the page's result as ingestPage returned it, before the steps that look across
 *   pages (completeSlogans, finishIds), keyed by the code's fingerprint, the file's name, bytes
 *   and overrides: a change to any of them, or to any source of the ingest, misses;
 * - `<key>.out.json`: the serialised article and figures sidecar of each of its articles after
 *   those steps, keyed by a hash of the article's final frontmatter and body, so an id or slogan
 *   that another page changed is serialised again. Read one page at a time while content/ is
 *   written (holding every page's outputs cost the ingest of 100,000 articles 0.9 GB more).
 * And in `<dir>/written.json`: the size, modification time and hash of every file the last run
 * wrote or found unchanged, so an unchanged file is not read back (a file edited, touched or
 * removed since is read or written as before).
 */

/** The cached outputs of one article: content/articles/<id>.md and content/figures/<id>.json. */
export interface ArticleOutputs {
	readonly article: string;
	readonly figures: string;
}

/** What the cache knows of one written file. */
interface WrittenFile {
	readonly size: number;
	readonly mtimeMs: number;
	readonly hash: string;
}

function sha(...parts: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex').slice(0, 32);
}

/** Writes a file through a temporary one, so that an interrupted run leaves no half a file. */
function writeAtomically(path: string, text: string): void {
	const temporary = `${path}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}

/** The ingest's cache in one folder (see above); `fingerprint` names the ingest's code. */
export class IngestCache {
	readonly #dir: string;
	readonly #fingerprint: string;
	readonly #used = new Set<string>();
	/** The key of each page result this run took from the cache or stored in it. */
	readonly #keys = new WeakMap<PageResult, string>();
	/** The outputs of the page last asked for: its key and what its .out.json holds. */
	#outputs: { readonly key: string; readonly outputs: Record<string, ArticleOutputs> } | undefined;
	readonly #written: Map<string, WrittenFile>;
	readonly #nextWritten = new Map<string, WrittenFile>();
	/** How many raw files were taken from the cache and how many ingested, for the log. */
	hits = 0;
	misses = 0;

	constructor(dir: string, fingerprint: string) {
		this.#dir = dir;
		this.#fingerprint = fingerprint;
		mkdirSync(join(dir, 'pages'), { recursive: true });
		this.#written = this.#readWritten();
	}

	/** The key of a raw file: the code's fingerprint, its name, its bytes and its overrides. */
	key(file: string, bytes: Uint8Array, overrides: string | undefined): string {
		return sha(this.#fingerprint, file, bytes, overrides ?? '(no overrides)');
	}

	/**
	 * The page result stored under `key`, as ingestPage gave it (a fresh object each call), or
	 * undefined. The key is kept either way (see prune).
	 */
	page(key: string): PageResult | undefined {
		this.#used.add(key);
		let result: PageResult;
		try {
			result = JSON.parse(readFileSync(this.#pagePath(key), 'utf8')) as PageResult;
		} catch {
			// No entry, or a damaged one, is a miss: the raw file is ingested and the entry replaced.
			this.misses++;
			return undefined;
		}
		this.hits++;
		this.#keys.set(result, key);
		return result;
	}

	/** Stores a page result under `key`; call it before anything changes the result. */
	storePage(key: string, result: PageResult): void {
		this.#used.add(key);
		this.#keys.set(result, key);
		rmSync(this.#outputsPath(key), { force: true });
		writeAtomically(this.#pagePath(key), JSON.stringify(result));
	}

	/** The key of an article's outputs: its final frontmatter and body. */
	articleKey(data: unknown, body: string): string {
		return sha(JSON.stringify(data), body);
	}

	/**
	 * The outputs of an article of a page (a result page() or storePage() handed over, changed
	 * since or not), when they are cached.
	 */
	articleOutputs(page: PageResult, articleKey: string): ArticleOutputs | undefined {
		const pageKey = this.#keys.get(page);
		return pageKey === undefined ? undefined : this.#pageOutputs(pageKey)[articleKey];
	}

	/**
	 * Keeps the outputs of a page's articles (those of this run only), rewriting its .out.json
	 * when they changed.
	 */
	storeArticleOutputs(page: PageResult, outputs: Record<string, ArticleOutputs>): void {
		const pageKey = this.#keys.get(page);
		if (pageKey === undefined) return;
		const before = this.#pageOutputs(pageKey);
		const same =
			Object.keys(before).length === Object.keys(outputs).length &&
			Object.keys(outputs).every((key) => before[key] !== undefined);
		this.#outputs = undefined;
		if (same) return;
		writeAtomically(this.#outputsPath(pageKey), JSON.stringify(outputs));
	}

	/** What the .out.json of a page holds (nothing when it has none or it is damaged). */
	#pageOutputs(key: string): Record<string, ArticleOutputs> {
		if (this.#outputs?.key !== key) {
			let outputs: Record<string, ArticleOutputs> = {};
			try {
				outputs = JSON.parse(readFileSync(this.#outputsPath(key), 'utf8')) as Record<
					string,
					ArticleOutputs
				>;
			} catch {
				// None yet, or a damaged file, only costs serialising the page's articles again.
			}
			this.#outputs = { key, outputs };
		}
		return this.#outputs.outputs;
	}

	/**
	 * Whether `path` holds `text` by what the last run wrote there, without reading it: true only
	 * when its size and modification time are the ones recorded with the text's hash.
	 */
	isWritten(path: string, text: string): boolean {
		const known = this.#written.get(path);
		if (!known) return false;
		const stat = statSync(path, { throwIfNoEntry: false });
		if (stat?.size !== known.size || stat.mtimeMs !== known.mtimeMs) return false;
		if (known.hash !== sha(text)) return false;
		this.#nextWritten.set(path, known);
		return true;
	}

	/** Records that `path` now holds `text` (written, or read back and found equal). */
	recordWritten(path: string, text: string): void {
		const stat = statSync(path);
		this.#nextWritten.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, hash: sha(text) });
	}

	/** Removes the entries of raw files this run did not look up, and saves what was written. */
	finish(): { readonly pruned: number } {
		let pruned = 0;
		for (const name of readdirSync(join(this.#dir, 'pages'))) {
			if (!this.#used.has(name.replace(/(?:\.out)?\.json$/u, ''))) {
				rmSync(join(this.#dir, 'pages', name), { force: true });
				if (!name.endsWith('.out.json')) pruned++;
			}
		}
		writeAtomically(
			join(this.#dir, 'written.json'),
			JSON.stringify(Object.fromEntries(this.#nextWritten)),
		);
		return { pruned };
	}

	#pagePath(key: string): string {
		return join(this.#dir, 'pages', `${key}.json`);
	}

	#outputsPath(key: string): string {
		return join(this.#dir, 'pages', `${key}.out.json`);
	}

	#readWritten(): Map<string, WrittenFile> {
		try {
			const text = readFileSync(join(this.#dir, 'written.json'), 'utf8');
			return new Map(Object.entries(JSON.parse(text) as Record<string, WrittenFile>));
		} catch {
			// No record yet, or a damaged one, only costs reading the files back.
			return new Map();
		}
	}
}
