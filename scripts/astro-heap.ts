/**
 * The heap limit `npm run build` gives `astro build`: three quarters of the machine's memory, never
 * less than Node's own default, unless NODE_OPTIONS already sets one.
 *
 * Why: Node's default old-space limit here is about 4.5 GB whatever the machine has; a
 * 100,000-article archive needs more than that (see "Scale results" in the README), while a
 * small one never comes near it (V8 takes memory as the heap grows, not up to the limit).
 */
export function heapLimitMb(totalMemoryBytes: number, defaultLimitBytes: number): number {
	return Math.floor(Math.max(totalMemoryBytes * 0.75, defaultLimitBytes) / 2 ** 20);
}

/** NODE_OPTIONS with --max-old-space-size=<mb> added, unless it already has one. */
export function withHeapLimit(nodeOptions: string | undefined, mb: number): string {
	const options = (nodeOptions ?? '').trim();
	if (/(^|\s)--max-old-space-size[=\s]/.test(options)) return options;
	return [options, `--max-old-space-size=${mb}`].filter((part) => part !== '').join(' ');
}
