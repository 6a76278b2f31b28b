import { describe, expect, test } from 'vitest';
import { chunked, jsonArrayPieces, streamedResponse } from '../../src/lib/site/streamed-body.ts';

const items: unknown[] = [
	{ id: '2022-06-01-a', title: '衡阳“三高四新”', lines: [1, 2, [3, { deep: null }]], empty: {} },
	{ text: 'a\nb\t"c"\\d \u2028 😀', none: undefined, list: [], flag: false },
	'plain string',
	42,
	null,
	undefined,
	[[], {}, ['x']],
];

describe('jsonArrayPieces', () => {
	test('joined, is JSON.stringify(items, null, indent) with a final newline', () => {
		for (const indent of ['\t', '  '])
			for (const list of [items, [], [items[0]], [undefined], [[]]])
				expect([...jsonArrayPieces(list, indent)].join('')).toBe(
					`${JSON.stringify(list, null, indent)}\n`,
				);
	});

	test('gives one piece per item, then the closing bracket', () => {
		expect([...jsonArrayPieces([1, 2])]).toEqual(['[\n\t1', ',\n\t2', '\n]\n']);
		expect([...jsonArrayPieces([])]).toEqual(['[]\n']);
	});
});

describe('chunked', () => {
	test('joins whole pieces into chunks of at least the size, the last shorter', () => {
		expect([...chunked(['ab', 'c', 'def', 'g'], 3)]).toEqual(['abc', 'def', 'g']);
		expect([...chunked([], 3)]).toEqual([]);
		expect([...chunked(['abcdef'], 3)]).toEqual(['abcdef']);
	});
});

describe('streamedResponse', () => {
	test('its body is the pieces in UTF-8, with the headers given', async () => {
		const pieces = [
			...jsonArrayPieces(Array.from({ length: 6000 }, (_, i) => ({ i, t: '衡阳😀' }))),
		];
		const response = streamedResponse(pieces, {
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		});
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const bytes = Buffer.from(await response.arrayBuffer());
		expect(bytes.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
		expect(bytes.length).toBeGreaterThan(1 << 17);
	});

	test('works the pieces out as the body is read, a chunk at a time, not before', async () => {
		let made = 0;
		function* pieces(): Generator<string> {
			for (let i = 0; i < 10; i++) {
				made++;
				yield 'x'.repeat(1 << 15);
			}
		}
		const response = streamedResponse(pieces(), {});
		const reader = response.body?.getReader();
		if (!reader) throw new Error('no body');
		const first = await reader.read();
		expect(first.value?.length).toBe(1 << 16);
		expect(made).toBeLessThan(10);
		let total = first.value?.length ?? 0;
		for (let next = await reader.read(); !next.done; next = await reader.read())
			total += next.value.length;
		expect(total).toBe(10 << 15);
		expect(made).toBe(10);
	});
});
