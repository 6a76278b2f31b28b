/** Pages per language, read from Pagefind's pagefind-entry.json. */
export type IndexedPages = Record<string, number>;

/**
 * The number of pages Pagefind indexed per language, from the text of pagefind-entry.json
 * ({"languages": {"zh-cn": {"page_count": 1, …}}}).
 *
 * Why: addDirectory's page_count counts every HTML file it read (the home page too), not the pages
 * that had data-pagefind-body and went into the index.
 */
export function readIndexedPages(entryJson: string): IndexedPages {
	const entry: unknown = JSON.parse(entryJson);
	const languages: unknown =
		typeof entry === 'object' && entry !== null
			? (entry as Record<string, unknown>).languages
			: undefined;
	if (typeof languages !== 'object' || languages === null) {
		throw new Error('pagefind-entry.json has no "languages" object');
	}
	const counts: IndexedPages = {};
	for (const [language, value] of Object.entries(languages)) {
		const pageCount: unknown =
			typeof value === 'object' && value !== null
				? (value as Record<string, unknown>).page_count
				: undefined;
		if (typeof pageCount !== 'number') {
			throw new Error(`pagefind-entry.json: language ${language} has no page_count`);
		}
		counts[language] = pageCount;
	}
	return counts;
}

/** Total pages over all languages. */
export function totalIndexedPages(pages: IndexedPages): number {
	return Object.values(pages).reduce((sum, count) => sum + count, 0);
}

/** "zh-cn: 12, en: 1" — for the build log. */
export function describeIndexedPages(pages: IndexedPages): string {
	const parts = Object.entries(pages).map(([language, count]) => `${language}: ${count}`);
	return parts.length === 0 ? 'no languages' : parts.join(', ');
}
