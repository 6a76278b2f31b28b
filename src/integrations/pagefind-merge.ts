/**
 * Merges Pagefind 1.6 indexes of disjoint sets of pages (each written by its own Pagefind process)
 * into one index, as if one process had indexed all the pages: the pages one after the other, each
 * word's page list joined, the words re-cut into chunks, the filters joined.
 *
 * Why: Pagefind's memory while it builds an index grows with the pages it holds (about 0.3 MB a
 * page here: 3.0 GB for 10,000 generated articles), and mergeIndex at query time would cost every
 * first search one more metadata file and one more index chunk per query word and index. Indexing
 * parts (each its own process, two at a time) and merging the files keeps one index for the browser.
 *
 * The file formats (gzip of "pagefind_dcd" + CBOR) are Pagefind 1.6.0's, which package.json pins:
 * metadata [version, pages [[hash, word count, group]], chunks [[from, to, hash]], filters
 * [[name, hash]], sorts, meta fields]; an index chunk [[[word, [[page delta, locations, meta
 * locations]], variants]]]; a filter [name, [[value, [page]]]]. Anything else (a sort, a word
 * variant) throws rather than being merged wrongly.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from './map-limit.ts';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';

/**
 * A hard link to `from` at `to`, or a copy where the file system refuses one.
 *
 * Why: copying the 10,017 fragments of 10,000 articles took 4.1 s (load 7); a fragment is never
 * written in place (Astro empties dist/ by removing files, and a cached part is replaced whole).
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
	try {
		await link(from, to);
	} catch {
		await copyFile(from, to);
	}
}

/** A decoded CBOR value, as far as Pagefind's files use CBOR. */
type Cbor = number | string | Cbor[];

const SIGNATURE = Buffer.from('pagefind_dcd');

/** Pagefind cuts a new index chunk once a chunk holds this many page entries plus locations. */
const CHUNK_UNITS = 20000;

/** Reads a Pagefind file: gunzip, check and drop the signature. */
function readPagefindFile(data: Buffer): Buffer {
	const raw = gunzipSync(data);
	if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error('not a Pagefind file (no pagefind_dcd signature)');
	return raw.subarray(SIGNATURE.length);
}

const gzipAsync = promisify(gzip);

/** Writes a Pagefind file: the signature, then gzip (on libuv's thread pool). */
function pagefindFile(cbor: Buffer): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level: 9 });
}

/** Decodes the CBOR subset Pagefind writes: unsigned and negative integers, text, arrays. */
export function decodeCbor(bytes: Buffer): Cbor {
	let at = 0;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (size === 0) throw new Error(`CBOR: unsupported length ${info} at ${at}`);
		let value = 0;
		for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] ?? 0);
		at += size;
		return value;
	};
	const item = (): Cbor => {
		const head = bytes[at++] ?? 0;
		const major = head >> 5;
		const value = argument(head & 31);
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) {
			const text = bytes.toString('utf8', at, at + value);
			at += value;
			return text;
		}
		if (major === 4) {
			const list: Cbor[] = [];
			for (let i = 0; i < value; i++) list.push(item());
			return list;
		}
		throw new Error(`CBOR: unsupported major type ${major} at ${at - 1}`);
	};
	const value = item();
	if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
	return value;
}

/** Encodes a value as CBOR, each length and integer in its shortest form. */
export function encodeCbor(value: Cbor): Buffer {
	// Why one growing buffer: a Buffer per head and a concat at the end took a third of the merge.
	let bytes = Buffer.allocUnsafe(1 << 16);
	let at = 0;
	const room = (n: number): void => {
		if (at + n <= bytes.length) return;
		const grown = Buffer.allocUnsafe(Math.max(bytes.length * 2, at + n));
		bytes.copy(grown, 0, 0, at);
		bytes = grown;
	};
	const head = (major: number, n: number): void => {
		room(5);
		if (n < 24) bytes[at++] = (major << 5) | n;
		else if (n < 0x100) {
			bytes[at++] = (major << 5) | 24;
			bytes[at++] = n;
		} else if (n < 0x10000) {
			bytes[at++] = (major << 5) | 25;
			bytes.writeUInt16BE(n, at);
			at += 2;
		} else if (n < 0x100000000) {
			bytes[at++] = (major << 5) | 26;
			bytes.writeUInt32BE(n, at);
			at += 4;
		} else throw new Error(`CBOR: integer too large: ${n}`);
	};
	const item = (v: Cbor): void => {
		if (typeof v === 'number') {
			if (!Number.isInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
			if (v >= 0) head(0, v);
			else head(1, -1 - v);
		} else if (typeof v === 'string') {
			const length = Buffer.byteLength(v, 'utf8');
			head(3, length);
			room(length);
			at += bytes.write(v, at, 'utf8');
		} else {
			head(4, v.length);
			for (const element of v) item(element);
		}
	};
	item(value);
	return Buffer.from(bytes.subarray(0, at));
}

const list = (value: Cbor | undefined, what: string): Cbor[] => {
	if (!Array.isArray(value)) throw new Error(`Pagefind merge: ${what} is not a list`);
	return value;
};
const text = (value: Cbor | undefined, what: string): string => {
	if (typeof value !== 'string') throw new Error(`Pagefind merge: ${what} is not text`);
	return value;
};
const int = (value: Cbor | undefined, what: string): number => {
	if (typeof value !== 'number') throw new Error(`Pagefind merge: ${what} is not an integer`);
	return value;
};

/** Pagefind's short hash of a file's content: the language, _, and hex digits. */
function shortHash(language: string, content: Buffer, digits: number): string {
	return `${language}_${createHash('sha256').update(content).digest('hex').slice(0, digits)}`;
}

/** Compares words as Pagefind (Rust) sorts them: by UTF-8 bytes. */
function compareWords(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The chunk bounds Pagefind's metadata gives: the shortest distinct prefixes of neighbours. */
function prefixes(a: string, b: string): [string, string] {
	// Why code points: Pagefind (Rust) counts chars.
	const x = Array.from(a);
	const y = Array.from(b);
	let common = 0;
	while (common < x.length && common < y.length && x[common] === y[common]) common++;
	return [x.slice(0, common + 1).join(''), y.slice(0, common + 1).join('')];
}

/** One part's index as read from its directory. */
interface Part {
	readonly dir: string;
	readonly language: string;
	readonly version: string;
	readonly includeCharacters: unknown;
	readonly pages: Cbor[];
	readonly chunks: string[];
	readonly filters: [string, string][];
	readonly metaFields: Cbor[];
}

async function readPart(dir: string): Promise<Part> {
	const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
		version: string;
		languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
		include_characters?: unknown;
	};
	const languages = Object.entries(entry.languages);
	const [language, info] = languages[0] ?? [];
	if (languages.length !== 1 || language === undefined || info === undefined)
		throw new Error(`Pagefind merge: ${dir} must hold exactly one language`);
	if (info.wasm !== null) throw new Error(`Pagefind merge: ${dir} has a stemming wasm`);
	const meta = list(
		decodeCbor(readPagefindFile(await readFile(join(dir, `pagefind.${info.hash}.pf_meta`)))),
		'metadata',
	);
	const [version, pages, chunks, filters, sorts, metaFields] = meta;
	if (list(sorts, 'sorts').length > 0)
		throw new Error('Pagefind merge: sorts are not merged (see date-order.ts)');
	return {
		dir,
		language,
		version: text(version, 'version'),
		includeCharacters: entry.include_characters,
		pages: list(pages, 'pages'),
		chunks: list(chunks, 'chunks').map((chunk) => text(list(chunk, 'chunk')[2], 'chunk hash')),
		filters: list(filters, 'filters').map((filter) => {
			const [name, hash] = list(filter, 'filter');
			return [text(name, 'filter name'), text(hash, 'filter hash')];
		}),
		metaFields: list(metaFields ?? [], 'meta fields'),
	};
}

/** A word of one part, with that part's page offset. */
interface PartWord {
	readonly word: string;
	readonly pages: Cbor[];
	readonly offset: number;
}

/** A part's words in order, chunk by chunk (only one chunk decoded at a time). */
async function* partWords(part: Part, offset: number): AsyncGenerator<PartWord, void> {
	for (const hash of part.chunks) {
		const chunk = list(
			decodeCbor(readPagefindFile(await readFile(join(part.dir, 'index', `${hash}.pf_index`)))),
			'index chunk',
		);
		for (const entry of list(chunk[0], 'chunk words')) {
			const [word, pages, variants] = list(entry, 'word');
			if (list(variants ?? [], 'variants').length > 0)
				throw new Error('Pagefind merge: word variants are not merged');
			yield { word: text(word, 'word'), pages: list(pages, 'word pages'), offset };
		}
	}
}

/**
 * Merges the indexes in `partDirs` (written by Pagefind for disjoint pages, in this order) into
 * one index in `outputPath`. Returns the number of pages.
 */
export async function mergePagefindIndexes(
	partDirs: readonly string[],
	outputPath: string,
): Promise<number> {
	const parts = await Promise.all(partDirs.map(readPart));
	const first = parts[0];
	if (!first) throw new Error('Pagefind merge: no parts');
	const { language, version } = first;
	if (parts.some((part) => part.language !== language || part.version !== version))
		throw new Error('Pagefind merge: the parts differ in language or version');

	await mkdir(join(outputPath, 'index'), { recursive: true });
	await mkdir(join(outputPath, 'filter'), { recursive: true });
	await mkdir(join(outputPath, 'fragment'), { recursive: true });
	for (const name of await readdir(first.dir, { withFileTypes: true }))
		if (name.isFile() && !name.name.endsWith('.pf_meta') && name.name !== 'pagefind-entry.json')
			await copyFile(join(first.dir, name.name), join(outputPath, name.name));
	const fragments = new Map<string, string>();
	for (const part of parts)
		for (const name of await readdir(join(part.dir, 'fragment')))
			if (!fragments.has(name)) fragments.set(name, join(part.dir, 'fragment', name));
	await mapLimit([...fragments], 16, ([name, from]) =>
		linkOrCopy(from, join(outputPath, 'fragment', name)),
	);

	const offsets: number[] = [];
	let pageCount = 0;
	for (const part of parts) {
		offsets.push(pageCount);
		pageCount += part.pages.length;
	}

	// Words: a k-way merge of the parts' sorted words; a word's page lists joined in part order.
	const streams = parts.map((part, i) => partWords(part, offsets[i] ?? 0));
	const pull = async (
		stream: AsyncGenerator<PartWord, void> | undefined,
	): Promise<PartWord | null> => {
		const step = await stream?.next();
		return step && !step.done ? step.value : null;
	};
	const heads: (PartWord | null)[] = await Promise.all(streams.map(pull));
	const chunkMeta: { from: string; to: string; hash: string }[] = [];
	let chunk: Cbor[] = [];
	let units = 0;
	// Why writes in flight: gzip at level 9 was most of the merge; the thread pool runs several.
	const writing = new Set<Promise<void>>();
	const failures: unknown[] = [];
	const write = async (path: string, cbor: Buffer): Promise<void> => {
		const done = pagefindFile(cbor).then((data) => writeFile(path, data));
		writing.add(done);
		done.then(
			() => writing.delete(done),
			(error: unknown) => {
				failures.push(error);
				writing.delete(done);
			},
		);
		if (writing.size >= 8) await Promise.race(writing).catch(() => undefined);
	};
	const flush = async (): Promise<void> => {
		if (chunk.length === 0) return;
		const cbor = encodeCbor([chunk]);
		const hash = shortHash(language, cbor, 7);
		await write(join(outputPath, 'index', `${hash}.pf_index`), cbor);
		const words = chunk.map((word) => text(list(word, 'word')[0], 'word'));
		chunkMeta.push({ from: words[0] ?? '', to: words.at(-1) ?? '', hash });
		chunk = [];
		units = 0;
	};
	for (;;) {
		let next: string | null = null;
		for (const head of heads)
			if (head && (next === null || compareWords(head.word, next) < 0)) next = head.word;
		if (next === null) break;
		const pages: Cbor[] = [];
		let last = 0;
		for (let i = 0; i < heads.length; i++) {
			const head = heads[i];
			if (head?.word !== next) continue;
			let absolute = head.offset;
			for (const [j, page] of head.pages.entries()) {
				const [delta, locations, metaLocations] = list(page, 'page');
				absolute += int(delta, 'page delta');
				// Why only the first: the others are deltas within the same part.
				pages.push(j === 0 ? [absolute - last, locations ?? [], metaLocations ?? []] : page);
			}
			last = absolute;
			heads[i] = await pull(streams[i]);
		}
		chunk.push([next, pages, []]);
		units += pages.reduce<number>(
			(sum, page) => sum + list(list(page, 'page')[1], 'locations').length + 1,
			0,
		);
		if (units >= CHUNK_UNITS) await flush();
	}
	await flush();
	for (let i = 0; i + 1 < chunkMeta.length; i++) {
		const a = chunkMeta[i];
		const b = chunkMeta[i + 1];
		if (!a || !b) continue;
		[a.to, b.from] = prefixes(a.to, b.from);
	}

	// Filters: each value's pages (absolute numbers) joined with the parts' offsets.
	const filterValues = new Map<string, Map<string, number[]>>();
	for (const [i, part] of parts.entries())
		for (const [name, hash] of part.filters) {
			const [filterName, values] = list(
				decodeCbor(readPagefindFile(await readFile(join(part.dir, 'filter', `${hash}.pf_filter`)))),
				'filter file',
			);
			if (filterName !== name) throw new Error(`Pagefind merge: filter ${name} mislabelled`);
			const byValue = filterValues.get(name) ?? new Map<string, number[]>();
			filterValues.set(name, byValue);
			for (const entry of list(values, 'filter values')) {
				const [value, pages] = list(entry, 'filter value');
				const key = text(value, 'filter value');
				const merged = byValue.get(key) ?? [];
				byValue.set(key, merged);
				for (const page of list(pages, 'filter pages'))
					merged.push(int(page, 'filter page') + (offsets[i] ?? 0));
			}
		}
	const filterMeta: Cbor[] = [];
	for (const name of [...filterValues.keys()].sort(compareWords)) {
		const values = [...(filterValues.get(name) ?? new Map<string, number[]>())].map(
			([value, pages]): Cbor => [value, pages],
		);
		const cbor = encodeCbor([name, values]);
		const hash = shortHash(language, cbor, 7);
		await write(join(outputPath, 'filter', `${hash}.pf_filter`), cbor);
		filterMeta.push([name, hash]);
	}

	const metaFields = [
		...new Set(parts.flatMap((part) => part.metaFields.map((field) => text(field, 'meta field')))),
	].sort(compareWords);
	const meta = encodeCbor([
		version,
		parts.flatMap((part) => part.pages),
		chunkMeta.map(({ from, to, hash }) => [from, to, hash]),
		filterMeta,
		[],
		metaFields,
	]);
	const metaHash = shortHash(language, meta, 11);
	await write(join(outputPath, `pagefind.${metaHash}.pf_meta`), meta);
	await Promise.allSettled([...writing]);
	if (failures.length > 0) throw failures[0] as Error;
	await writeFile(
		join(outputPath, 'pagefind-entry.json'),
		JSON.stringify({
			version,
			languages: { [language]: { hash: metaHash, wasm: null, page_count: pageCount } },
			include_characters: first.includeCharacters,
		}),
	);
	return pageCount;
}
