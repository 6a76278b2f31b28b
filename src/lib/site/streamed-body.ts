/**
 * The body of a big data file (dist/data/*.json, *.csv) given to Astro as a stream of pieces,
 * never as one string.
 *
 * Why: the data files of a 10,000-article archive are 15–41 MB each (articles.json 40.7 MB,
 * figures.json 37.8 MB); as one string each was built whole, then encoded whole, while Astro read
 * the encoded copy back, two files at a time (build.concurrency). The build's peak memory came
 * from them: 1,829 MB with them, 1,371 MB with the four biggest stubbed out (the kept
 * 10,000-article bench project, cold, 2026-12-08). A stream encodes a few dozen kB at a time;
 * Astro still joins the encoded bytes into one buffer before it writes the file.
 */

/** Characters a piece of the stream holds before it is encoded and handed on (about 64 kB). */
const CHUNK_CHARS = 1 << 16;

/** JSON.stringify as it is: undefined for a value JSON cannot hold (undefined, a function). */
const stringify = (value: unknown, indent: string): string | undefined =>
	JSON.stringify(value, null, indent);

/**
 * The pieces of `${JSON.stringify(items, null, indent)}\n`, one item at a time: the same text.
 *
 * Why the same text: JSON.stringify puts every array element on a line of its own, indented once,
 * and its lines inside one level deeper; an element's own JSON, indented one level more, is that
 * (JSON strings hold no raw line breaks, so each "\n" of an element's JSON starts a line of it).
 */
export function* jsonArrayPieces(items: Iterable<unknown>, indent = '\t'): Generator<string> {
	let first = true;
	for (const item of items) {
		// Why 'null': JSON.stringify writes an array element it cannot represent as null.
		const text = stringify(item, indent) ?? 'null';
		yield `${first ? '[\n' : ',\n'}${indent}${text.replaceAll('\n', `\n${indent}`)}`;
		first = false;
	}
	yield first ? '[]\n' : '\n]\n';
}

/** The pieces joined into chunks of at least `size` characters (the last may be shorter). */
export function* chunked(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
	let chunk: string[] = [];
	let length = 0;
	for (const piece of pieces) {
		chunk.push(piece);
		length += piece.length;
		if (length >= size) {
			yield chunk.join('');
			chunk = [];
			length = 0;
		}
	}
	if (length > 0) yield chunk.join('');
}

/**
 * A Response whose body is the pieces, UTF-8 encoded a chunk at a time as the reader pulls: the
 * pieces are worked out as they are read, not before.
 */
export function streamedResponse(pieces: Iterable<string>, init: ResponseInit): Response {
	const chunks = chunked(pieces);
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = chunks.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
	return new Response(body, init);
}
