/**
 * How many worker threads a build gives one kind of background work on a machine with `cores`
 * cores: one per core but the one the main thread renders on, at least one, at most four.
 */
export function helperThreads(cores: number): number {
	return Math.max(1, Math.min(4, cores - 1));
}
