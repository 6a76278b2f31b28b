import { describe, expect, test } from 'vitest';
import { helperThreads } from '../../src/lib/workers.ts';

describe('helperThreads', () => {
	test('leaves the main thread a core, gives at least one and at most four', () => {
		expect(helperThreads(1)).toBe(1);
		expect(helperThreads(2)).toBe(1);
		expect(helperThreads(3)).toBe(2);
		expect(helperThreads(16)).toBe(4);
	});
});
