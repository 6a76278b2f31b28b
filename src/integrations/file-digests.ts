/**
 * Digests of a folder's files kept between builds, each under the file's size, modification time
 * and inode: a file whose three are unchanged is not read again. The index step digests every
 * article page (what Pagefind is given of it) and every file of the site (the offline tag); most
 * of them come back from the page cache unchanged (src/integrations/page-cache.ts moves them, which
 * keeps all three).
 *
 * Why the inode too: a file replaced by another of the same size within the same clock tick would
 * otherwise keep the old digest; a new file is a new inode.
 */
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Another store a store gives the digest of each file it reads (see FileDigests.digest). */
export interface DigestAlso {
	readonly digests: FileDigests;
	readonly compute: (bytes: Buffer) => string;
}

/** One cached digest: the file's size, modification time (ms) and inode when it was taken. */
type Entry = readonly [size: number, mtimeMs: number, ino: number, digest: string];

/** A store of file digests of one kind (`salt`: what the digest means; another salt, none kept). */
export class FileDigests {
	readonly #file: string;
	readonly #salt: string;
	readonly #previous: ReadonlyMap<string, Entry>;
	readonly #current = new Map<string, Entry>();
	/** Digests another store took this run from the bytes it read (see `also` of digest). */
	readonly #given = new Map<string, Entry>();
	/** Files read this run (their digest was not in the store or was stale). */
	read = 0;

	private constructor(file: string, salt: string, previous: ReadonlyMap<string, Entry>) {
		this.#file = file;
		this.#salt = salt;
		this.#previous = previous;
	}

	/** The store kept in `file` (JSON), or an empty one when it is missing, damaged or of another salt. */
	static async open(file: string, salt: string): Promise<FileDigests> {
		let previous = new Map<string, Entry>();
		try {
			const stored = JSON.parse(await readFile(file, 'utf8')) as {
				salt?: unknown;
				entries?: unknown;
			};
			if (stored.salt === salt && typeof stored.entries === 'object' && stored.entries !== null)
				previous = new Map(Object.entries(stored.entries as Record<string, Entry>));
		} catch {
			// Why quiet: a missing or damaged store only means every file is read.
		}
		return new FileDigests(file, salt, previous);
	}

	/**
	 * The digest of `root`/`path`: the stored one while the file's size, time and inode are
	 * unchanged (stored by an earlier run, or given this run by another store, see `also`), else
	 * `compute` of its bytes (stored for next time).
	 *
	 * With `also`, a file this store reads is digested for that store too, from the same bytes
	 * (unless that store has a digest of it already): the index step reads every article page for
	 * its parts, and the offline tag then need not read those pages again.
	 */
	async digest(
		root: string,
		path: string,
		compute: (bytes: Buffer) => string,
		also?: DigestAlso,
	): Promise<string> {
		const info = await stat(join(root, path));
		const kept = this.#fresh(path, info);
		if (kept !== undefined) {
			this.#current.set(path, kept);
			return kept[3];
		}
		const bytes = await readFile(join(root, path));
		const digest = compute(bytes);
		this.read++;
		this.#current.set(path, [info.size, info.mtimeMs, info.ino, digest]);
		if (also && also.digests.#fresh(path, info) === undefined)
			also.digests.#given.set(path, [info.size, info.mtimeMs, info.ino, also.compute(bytes)]);
		return digest;
	}

	/** The entry of `path` kept or given whose size, time and inode are the file's, if any. */
	#fresh(path: string, info: { size: number; mtimeMs: number; ino: number }): Entry | undefined {
		for (const entry of [this.#given.get(path), this.#previous.get(path)])
			if (entry?.[0] === info.size && entry[1] === info.mtimeMs && entry[2] === info.ino)
				return entry;
		return undefined;
	}

	/** Writes the digests taken or used this run (those of files no longer asked for are dropped). */
	async save(): Promise<void> {
		await mkdir(dirname(this.#file), { recursive: true });
		const entries = Object.fromEntries([...this.#current].sort(([a], [b]) => (a < b ? -1 : 1)));
		await writeFile(this.#file, JSON.stringify({ salt: this.#salt, entries }));
	}
}
