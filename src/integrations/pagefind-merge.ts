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

/**
 * gzip levels: the metadata, which every first search loads, and the filters at 9; the index
 * chunks at 6. Why: the 40.4 MB of index chunks of 10,000 generated articles took 10.8 s of CPU at
 * level 9 and 2.0 s at 6, for 1.2 % more bytes (15.15 against 14.98 MB; one or two chunks of 11–37
 * kB are what a search word costs).
 */
const META_LEVEL = 9;
const CHUNK_LEVEL = 6;

/** Writes a Pagefind file: the signature, then gzip (on libuv's thread pool). */
function pagefindFile(cbor: Buffer, level: number): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level });
}

/** Decodes the CBOR subset Pagefind writes: unsigned and negative integers, text, arrays. */
export function decodeCbor(bytes: Buffer): Cbor {
	const reader = new CborReader(bytes);
	const value = reader.value();
	if (!reader.done) throw new Error('CBOR: trailing bytes');
	return value;
}

/** Encodes a value as CBOR, each length and integer in its shortest form. */
export function encodeCbor(value: Cbor): Buffer {
	const writer = new CborWriter();
	writer.value(value);
	return writer.take();
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

/**
 * A UTF-16 code unit as its place in code point order: surrogates (U+D800–DFFF, halves of code
 * points above U+FFFF) after U+E000–FFFF.
 */
function codePointRank(unit: number): number {
	if (unit < 0xd800) return unit;
	return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/**
 * Compares words as Pagefind (Rust) sorts them: by UTF-8 bytes, which is code point order.
 * Why not Buffer.compare of the two encoded: two Buffers for each of the parts' heads, for every
 * word of the index, were a tenth of the merge.
 */
export function compareWords(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	for (let i = 0; i < length; i++) {
		const x = a.charCodeAt(i);
		const y = b.charCodeAt(i);
		if (x !== y) return codePointRank(x) - codePointRank(y);
	}
	return a.length - b.length;
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

/**
 * Reads CBOR in place: the heads of items, their integers and texts, and the extent of whole items
 * (to copy their bytes), without building them as values.
 */
class CborReader {
	at = 0;
	readonly bytes: Buffer;
	constructor(bytes: Buffer) {
		this.bytes = bytes;
	}

	/** The next item's major type and its argument (a length, or the integer). */
	head(): { major: number; value: number } {
		const head = this.bytes[this.at++] ?? 0;
		const info = head & 31;
		if (info < 24) return { major: head >> 5, value: info };
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
		if (size === 0) throw new Error(`CBOR: unsupported length ${info} at ${this.at - 1}`);
		let value = 0;
		for (let i = 0; i < size; i++) value = value * 256 + (this.bytes[this.at + i] ?? 0);
		this.at += size;
		return { major: head >> 5, value };
	}

	/** The length of the list that comes next. */
	list(what: string): number {
		const { major, value } = this.head();
		if (major !== 4) throw new Error(`Pagefind merge: ${what} is not a list`);
		return value;
	}

	int(what: string): number {
		const { major, value } = this.head();
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		throw new Error(`Pagefind merge: ${what} is not an integer`);
	}

	text(what: string): string {
		const { major, value } = this.head();
		if (major !== 3) throw new Error(`Pagefind merge: ${what} is not text`);
		const text = this.bytes.toString('utf8', this.at, this.at + value);
		this.at += value;
		return text;
	}

	/** The next item, decoded. */
	value(): Cbor {
		const at = this.at;
		const { major, value } = this.head();
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) {
			const text = this.bytes.toString('utf8', this.at, this.at + value);
			this.at += value;
			return text;
		}
		if (major === 4) {
			const list: Cbor[] = [];
			for (let i = 0; i < value; i++) list.push(this.value());
			return list;
		}
		throw new Error(`CBOR: unsupported major type ${major} at ${at}`);
	}

	/** Steps over the next item, whole. */
	skip(): void {
		const { major, value } = this.head();
		if (major === 3) this.at += value;
		else if (major === 4) for (let i = 0; i < value; i++) this.skip();
		else if (major > 1) throw new Error(`CBOR: unsupported major type ${major}`);
	}

	/** The bytes of the next item, whole (a view, not a copy). */
	item(): Buffer {
		const from = this.at;
		this.skip();
		return this.bytes.subarray(from, this.at);
	}

	get done(): boolean {
		return this.at >= this.bytes.length;
	}
}

/**
 * Writes CBOR into one growing buffer: values, heads, texts and bytes of items already encoded.
 * Why one growing buffer: a Buffer per head and a concat at the end took a third of the merge.
 */
class CborWriter {
	private bytes = Buffer.allocUnsafe(1 << 16);
	private at = 0;

	private room(n: number): void {
		if (this.at + n <= this.bytes.length) return;
		const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + n));
		this.bytes.copy(grown, 0, 0, this.at);
		this.bytes = grown;
	}

	head(major: number, n: number): void {
		this.room(5);
		const { bytes } = this;
		if (n < 24) bytes[this.at++] = (major << 5) | n;
		else if (n < 0x100) {
			bytes[this.at++] = (major << 5) | 24;
			bytes[this.at++] = n;
		} else if (n < 0x10000) {
			bytes[this.at++] = (major << 5) | 25;
			bytes.writeUInt16BE(n, this.at);
			this.at += 2;
		} else if (n < 0x100000000) {
			bytes[this.at++] = (major << 5) | 26;
			bytes.writeUInt32BE(n, this.at);
			this.at += 4;
		} else throw new Error(`CBOR: integer too large: ${n}`);
	}

	int(v: number): void {
		if (!Number.isInteger(v)) throw new Error(`CBOR: not an integer: ${v}`);
		if (v >= 0) this.head(0, v);
		else this.head(1, -1 - v);
	}

	text(v: string): void {
		const length = Buffer.byteLength(v, 'utf8');
		this.head(3, length);
		this.room(length);
		this.at += this.bytes.write(v, this.at, 'utf8');
	}

	value(v: Cbor): void {
		if (typeof v === 'number') this.int(v);
		else if (typeof v === 'string') this.text(v);
		else {
			this.head(4, v.length);
			for (const element of v) this.value(element);
		}
	}

	raw(v: Buffer): void {
		this.room(v.length);
		v.copy(this.bytes, this.at);
		this.at += v.length;
	}

	/** The bytes written (a copy), and the writer emptied. */
	take(): Buffer {
		const out = Buffer.from(this.bytes.subarray(0, this.at));
		this.at = 0;
		return out;
	}
}

/**
 * A word of one part, its page list read in place: the first page's delta is all the merge
 * changes (the parts' pages follow one another), so the other pages' bytes are copied as they are.
 */
interface PartWord {
	readonly word: string;
	/** The part's page offset in the merged index. */
	readonly offset: number;
	readonly pageCount: number;
	/** The first page's delta (its page number in the part), and the sum of every page's delta. */
	readonly firstDelta: number;
	readonly deltaSum: number;
	/** The first page's locations and meta locations, encoded ([] where it has none). */
	readonly firstLocations: Buffer;
	readonly firstMetaLocations: Buffer;
	/** The other pages, encoded, one after the other. */
	readonly rest: Buffer;
	/** The page entries plus their locations: what Pagefind cuts chunks by (CHUNK_UNITS). */
	readonly units: number;
}

const EMPTY_LIST = Buffer.from([0x80]);

/**
 * Reads one page entry [delta, locations, meta locations] in place: its delta, its count of
 * locations and, for a word's first page, the bytes of its locations and meta locations.
 */
function readPage(
	reader: CborReader,
	first: boolean,
): { delta: number; locations: number; encoded: [Buffer, Buffer] | undefined } {
	const items = reader.list('page');
	if (items < 2) throw new Error('Pagefind merge: a page without locations');
	const delta = reader.int('page delta');
	const from = reader.at;
	const locations = reader.list('locations');
	for (let i = 0; i < locations; i++) reader.skip();
	const located = reader.bytes.subarray(from, reader.at);
	const meta = items >= 3 ? reader.item() : EMPTY_LIST;
	for (let i = 3; i < items; i++) reader.skip();
	return { delta, locations, encoded: first ? [located, meta] : undefined };
}

/** A part's words in order, chunk by chunk (only one chunk read at a time). */
async function* partWords(part: Part, offset: number): AsyncGenerator<PartWord, void> {
	for (const hash of part.chunks) {
		const reader = new CborReader(
			readPagefindFile(await readFile(join(part.dir, 'index', `${hash}.pf_index`))),
		);
		if (reader.list('index chunk') < 1)
			throw new Error('Pagefind merge: chunk words is not a list');
		const words = reader.list('chunk words');
		for (let w = 0; w < words; w++) {
			const fields = reader.list('word');
			if (fields < 2) throw new Error('Pagefind merge: a word without pages');
			const word = reader.text('word');
			const pageCount = reader.list('word pages');
			if (pageCount === 0) throw new Error('Pagefind merge: a word without pages');
			const first = readPage(reader, true);
			let deltaSum = first.delta;
			let units = first.locations + 1;
			const restFrom = reader.at;
			for (let j = 1; j < pageCount; j++) {
				const page = readPage(reader, false);
				deltaSum += page.delta;
				units += page.locations + 1;
			}
			const rest = reader.bytes.subarray(restFrom, reader.at);
			if (fields >= 3 && reader.list('variants') > 0)
				throw new Error('Pagefind merge: word variants are not merged');
			for (let i = 3; i < fields; i++) reader.skip();
			const [firstLocations, firstMetaLocations] = first.encoded ?? [EMPTY_LIST, EMPTY_LIST];
			yield {
				word,
				offset,
				pageCount,
				firstDelta: first.delta,
				deltaSum,
				firstLocations,
				firstMetaLocations,
				rest,
				units,
			};
		}
		if (!reader.done) throw new Error('CBOR: trailing bytes');
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
	// A chunk's words, each encoded [word, pages, []], in one writer; the chunk is [[words]].
	const entries = new CborWriter();
	const chunkWriter = new CborWriter();
	let chunkWords = 0;
	let chunkFrom = '';
	let chunkTo = '';
	let units = 0;
	// Why writes in flight: gzip at level 9 was most of the merge; the thread pool runs several.
	const writing = new Set<Promise<void>>();
	const failures: unknown[] = [];
	const write = async (path: string, cbor: Buffer, level: number): Promise<void> => {
		const done = pagefindFile(cbor, level).then((data) => writeFile(path, data));
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
		if (chunkWords === 0) return;
		chunkWriter.head(4, 1);
		chunkWriter.head(4, chunkWords);
		chunkWriter.raw(entries.take());
		const cbor = chunkWriter.take();
		const hash = shortHash(language, cbor, 7);
		await write(join(outputPath, 'index', `${hash}.pf_index`), cbor, CHUNK_LEVEL);
		chunkMeta.push({ from: chunkFrom, to: chunkTo, hash });
		chunkWords = 0;
		units = 0;
	};
	for (;;) {
		let next: string | null = null;
		for (const head of heads)
			if (head && (next === null || compareWords(head.word, next) < 0)) next = head.word;
		if (next === null) break;
		const from: PartWord[] = [];
		for (let i = 0; i < heads.length; i++) {
			const head = heads[i];
			if (head?.word !== next) continue;
			from.push(head);
			heads[i] = await pull(streams[i]);
		}
		entries.head(4, 3);
		entries.text(next);
		entries.head(
			4,
			from.reduce((sum, head) => sum + head.pageCount, 0),
		);
		let last = 0;
		for (const head of from) {
			// Why only the first page: the others are deltas within the same part.
			const absolute = head.offset + head.firstDelta;
			entries.head(4, 3);
			entries.int(absolute - last);
			entries.raw(head.firstLocations);
			entries.raw(head.firstMetaLocations);
			entries.raw(head.rest);
			last = head.offset + head.deltaSum;
			units += head.units;
		}
		entries.head(4, 0);
		if (chunkWords === 0) chunkFrom = next;
		chunkTo = next;
		chunkWords++;
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
		await write(join(outputPath, 'filter', `${hash}.pf_filter`), cbor, META_LEVEL);
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
	await write(join(outputPath, `pagefind.${metaHash}.pf_meta`), meta, META_LEVEL);
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
