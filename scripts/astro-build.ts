/**
 * `astro build` with a heap limit sized to the machine (see astro-heap.ts); arguments are passed on.
 * Run by `npm run build` and by the scale benchmark's build stage.
 *
 * Then, once Astro has exited, the search index step (indexSiteStep) and the count of the site's
 * files against FILE_BUDGET, which the integrations leave to this script (INDEX_AFTER_ASTRO, where
 * the why is). `PAGEFIND_SKIP=1` leaves the index out, as in the integration.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { checkSiteFiles } from '../src/integrations/file-budget.ts';
import {
	INDEX_AFTER_ASTRO,
	PAGEFIND_CACHE_DIR,
	indexSiteStep,
} from '../src/integrations/pagefind.ts';
import { heapLimitMb, withHeapLimit } from './astro-heap.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);
// Why not with --root or --outDir: the site would not be the project's dist/; the integration then
// indexes it at the end of the build, in Astro's process.
const indexAfter =
	process.env.PAGEFIND_SKIP !== '1' && !args.some((arg) => /^--(?:root|outDir)\b/u.test(arg));

/** A log line in Astro's own shape: time, integration, message. */
function logAs(integration: string): (message: string) => void {
	return (message) => {
		const time = new Date().toTimeString().slice(0, 8);
		console.log(`${time} [${integration}] ${message}`);
	};
}

const run = spawnSync(process.execPath, [astro, 'build', ...args], {
	stdio: 'inherit',
	env: {
		...process.env,
		NODE_OPTIONS: withHeapLimit(
			process.env.NODE_OPTIONS,
			heapLimitMb(totalmem(), getHeapStatistics().heap_size_limit),
		),
		...(indexAfter ? { [INDEX_AFTER_ASTRO]: '1' } : {}),
	},
});
if (run.error) throw run.error;
process.exitCode = run.status ?? 1;

if (run.status === 0 && indexAfter) {
	// Why dist/ of the project: astro.config.mjs sets no outDir.
	const siteDir = join(root, 'dist');
	try {
		await indexSiteStep(siteDir, logAs('hengyang:pagefind'), join(root, PAGEFIND_CACHE_DIR));
		logAs('hengyang:file-budget')(checkSiteFiles(siteDir));
	} catch (error) {
		console.error(
			`build failed after astro build: ${error instanceof Error ? error.message : String(error)}`,
		);
		process.exitCode = 1;
	}
}
