/**
 * `astro build` with a heap limit sized to the machine (see astro-heap.ts); arguments are passed on.
 * Run by `npm run build` and by the scale benchmark's build stage.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { heapLimitMb, withHeapLimit } from './astro-heap.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const run = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: {
		...process.env,
		NODE_OPTIONS: withHeapLimit(
			process.env.NODE_OPTIONS,
			heapLimitMb(totalmem(), getHeapStatistics().heap_size_limit),
		),
	},
});
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;
