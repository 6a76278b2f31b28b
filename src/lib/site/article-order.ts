/** What ordering articles needs: an id and a nullable ISO date. */
export interface Dated {
	readonly id: string;
	readonly date: string | null;
}

/**
 * Orders articles newest first; undated ones come last; ties (and undated ones) by id, so the
 * order never depends on the order files were read in.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		// Why: ISO dates (YYYY-MM-DD) sort as strings in the same order as in time.
		return a.date < b.date ? 1 : -1;
	}
	if (a.id === b.id) return 0;
	return a.id < b.id ? -1 : 1;
}

/** A new array of the given articles, newest first (see compareNewestFirst). */
export function sortNewestFirst<T extends Dated>(articles: readonly T[]): T[] {
	return [...articles].sort(compareNewestFirst);
}
