import { createHash } from 'node:crypto';
import {
	existsSync,
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
 * What is kept, in one JSON file per raw file under `<dir>/pages/`:
 * - the page's result as ingestPage returned it, before the steps that look across pages
 *   (completeSlogans, finishIds), keyed by the code's fingerprint, the file's name, bytes and
 *   overrides: a change to any of them, or to any source of the ingest, misses;
 * - the serialised article and figures sidecar of each of its articles after those steps, keyed
 *   by a hash of the article's final frontmatter and body, so an id or slogan that another page
 *   changed is serialised again.
 * And in `<dir>/written.json`: the size, modification time and hash of every file the last run
 * wrote or found unchanged, so an unchanged file is not read back (a file edited, touched or
 * removed since is read or written as before).
 */

/** The cached outputs of one article: content/articles/<id>.md and content/figures/<id>.json. */
export interface ArticleOutputs {
	readonly article: string;
	readonly figures: string;
}

/** One raw file's cache entry. */
interface PageEntry {
	readonly result: PageResult;
	readonly outputs: Record<string, ArticleOutputs>;
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
	readonly #outputs = new Map<string, Record<string, ArticleOutputs>>();
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
		const path = this.#pagePath(key);
		if (!existsSync(path)) {
			this.misses++;
			return undefined;
		}
		let entry: PageEntry;
		try {
			entry = JSON.parse(readFileSync(path, 'utf8')) as PageEntry;
		} catch {
			// A damaged entry is a miss: the raw file is ingested again and the entry replaced.
			this.misses++;
			return undefined;
		}
		this.#outputs.set(key, entry.outputs);
		this.hits++;
		return entry.result;
	}

	/** Stores a page result under `key`; call it before anything changes the result. */
	storePage(key: string, result: PageResult): void {
		this.#used.add(key);
		this.#outputs.set(key, {});
		writeAtomically(this.#pagePath(key), JSON.stringify({ result, outputs: {} }));
	}

	/** The key of an article's outputs: its final frontmatter and body. */
	articleKey(data: unknown, body: string): string {
		return sha(JSON.stringify(data), body);
	}

	/** The outputs of an article of the page under `pageKey`, when they are cached. */
	articleOutputs(pageKey: string, articleKey: string): ArticleOutputs | undefined {
		return this.#outputs.get(pageKey)?.[articleKey];
	}

	/**
	 * Keeps the outputs of a page's articles (those of this run only), rewriting its entry when
	 * they changed.
	 */
	storeArticleOutputs(pageKey: string, outputs: Record<string, ArticleOutputs>): void {
		const before = this.#outputs.get(pageKey) ?? {};
		const same =
			Object.keys(before).length === Object.keys(outputs).length &&
			Object.keys(outputs).every((key) => before[key] !== undefined);
		if (same) return;
		const path = this.#pagePath(pageKey);
		if (!existsSync(path)) return;
		const entry = JSON.parse(readFileSync(path, 'utf8')) as PageEntry;
		writeAtomically(path, JSON.stringify({ result: entry.result, outputs }));
		this.#outputs.set(pageKey, outputs);
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
			if (!this.#used.has(name.replace(/\.json$/u, ''))) {
				rmSync(join(this.#dir, 'pages', name), { force: true });
				pruned++;
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

	#readWritten(): Map<string, WrittenFile> {
		const path = join(this.#dir, 'written.json');
		if (!existsSync(path)) return new Map();
		try {
			return new Map(
				Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, WrittenFile>),
			);
		} catch {
			// A damaged record only costs reading the files back.
			return new Map();
		}
	}
}
