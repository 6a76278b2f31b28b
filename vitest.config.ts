import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Why: the browser tests start Chromium and load pages; 5 s (the default) is too short on 2 cores.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		coverage: {
			provider: 'v8',
			include: ['src/lib/**'],
			reporter: ['text', 'html'],
			thresholds: { lines: 90 },
		},
	},
});
