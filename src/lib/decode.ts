import { IngestError } from './ingest-error.ts';

/** The text of a raw file and how it was decoded. */
export interface Decoded {
	text: string;
	/** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
	encoding: string;
	/** What the decoder decided and why, for the ingest log. */
	note: string;
}

/** Largest raw file accepted, in bytes (a printed page is ~20 kB; 10 MB is surely not one). */
export const MAX_RAW_BYTES = 8 * 1024 * 1024;

const strictDecoder = (label: string): TextDecoder => new TextDecoder(label, { fatal: true });

/** Counts bytes that never occur in text files (NUL and C0 controls other than tab, LF, CR, FF, ESC). */
function controlBytes(bytes: Uint8Array): number {
	let count = 0;
	for (const byte of bytes) {
		if (
			byte < 0x20 &&
			byte !== 0x09 &&
			byte !== 0x0a &&
			byte !== 0x0d &&
			byte !== 0x0c &&
			byte !== 0x1b
		)
			count++;
	}
	return count;
}

/** The 1-based line on which the first byte that is not valid UTF-8 stands, for error messages. */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
	let line = 1;
	let i = 0;
	while (i < bytes.length) {
		const byte = bytes[i] ?? 0;
		if (byte === 0x0a) line++;
		const width = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
		if (width === 0) return line;
		for (let k = 1; k < width; k++) {
			const next = bytes[i + k];
			if (next === undefined || (next & 0xc0) !== 0x80) return line;
		}
		i += width;
	}
	return line;
}

/**
 * Decodes a raw newspaper file: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset
 * of GBK and GB2312). Empty, binary and undecodable files throw an IngestError naming the file.
 */
export function decodeRaw(bytes: Uint8Array, file: string): Decoded {
	if (bytes.length === 0) throw new IngestError(file, undefined, 'the file is empty');
	if (bytes.length > MAX_RAW_BYTES)
		throw new IngestError(
			file,
			undefined,
			`the file is ${String(bytes.length)} bytes; a raw page is expected to be under ${String(MAX_RAW_BYTES)} bytes — split it into one file per printed page`,
		);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return {
			text: decodeOrThrow('utf-8', bytes.subarray(3), file),
			encoding: 'utf-8-bom',
			note: 'UTF-8 byte-order mark',
		};
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return {
			text: decodeOrThrow('utf-16le', bytes.subarray(2), file),
			encoding: 'utf-16le',
			note: 'UTF-16LE byte-order mark',
		};
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return {
			text: decodeOrThrow('utf-16be', bytes.subarray(2), file),
			encoding: 'utf-16be',
			note: 'UTF-16BE byte-order mark',
		};
	}
	const controls = controlBytes(bytes);
	if (controls > 0) {
		throw new IngestError(
			file,
			undefined,
			`the file looks binary (${String(controls)} control bytes such as NUL); expected plain text`,
		);
	}
	try {
		return { text: strictDecoder('utf-8').decode(bytes), encoding: 'utf-8', note: 'valid UTF-8' };
	} catch {
		// Not UTF-8: try the Chinese national encoding, which is what Windows tools export.
	}
	try {
		const text = strictDecoder('gb18030').decode(bytes);
		return {
			text,
			encoding: 'gb18030',
			note: `not valid UTF-8 (first bad byte on line ${String(lineOfFirstInvalidUtf8(bytes))}); decoded as GB18030/GBK`,
		};
	} catch {
		throw new IngestError(
			file,
			lineOfFirstInvalidUtf8(bytes),
			'the file is neither UTF-8 nor GB18030/GBK text; re-save it as UTF-8',
		);
	}
}

function decodeOrThrow(label: string, bytes: Uint8Array, file: string): string {
	try {
		return strictDecoder(label).decode(bytes);
	} catch {
		throw new IngestError(
			file,
			undefined,
			`the file declares ${label} with a byte-order mark but is not valid ${label}`,
		);
	}
}
