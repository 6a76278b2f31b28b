import { describe, expect, test } from 'vitest';
import { heapLimitMb, withHeapLimit } from '../../scripts/astro-heap.ts';

describe('the build’s heap limit', () => {
	test('is three quarters of the machine’s memory, in MB, never below Node’s default', () => {
		expect(heapLimitMb(24 * 2 ** 30, 4096 * 2 ** 20)).toBe(18432);
		expect(heapLimitMb(4 * 2 ** 30, 2048 * 2 ** 20)).toBe(3072);
		expect(heapLimitMb(2 * 2 ** 30, 2048 * 2 ** 20)).toBe(2048);
	});

	test('is added to NODE_OPTIONS, unless NODE_OPTIONS sets one already', () => {
		expect(withHeapLimit(undefined, 18432)).toBe('--max-old-space-size=18432');
		expect(withHeapLimit(' --enable-source-maps ', 100)).toBe(
			'--enable-source-maps --max-old-space-size=100',
		);
		expect(withHeapLimit('--max-old-space-size=20000', 100)).toBe('--max-old-space-size=20000');
		expect(withHeapLimit('--trace-gc --max-old-space-size 512', 100)).toBe(
			'--trace-gc --max-old-space-size 512',
		);
	});
});
