/** What the glob loader passes to generateId that the ids below need. */
export interface EntryIdInput {
	/** Path of the file relative to the collection's base directory, e.g. 2023-01-30-sample.md. */
	readonly entry: string;
	/** The entry's parsed, not yet validated data. */
	readonly data: Record<string, unknown>;
}

/** The file name without directories and without its last extension. */
export function fileStem(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Id of an article entry: its frontmatter id, which must equal the file stem (<id>.md).
 *
 * Why: Astro's default id is a slug of the path, which could drift from the frontmatter id that
 * the ingest, the URLs and the JSON export all use; a mismatch is an ingest bug and fails loudly.
 */
export function articleEntryId({ entry, data }: EntryIdInput): string {
	const stem = fileStem(entry);
	if (data.id !== stem) {
		throw new Error(
			`content/articles/${entry}: frontmatter id ${JSON.stringify(data.id)} must equal the file name "${stem}"`,
		);
	}
	return stem;
}

/** Id of a page record entry: the stem of its file (content/pages/<raw file stem>.json). */
export function pageEntryId({ entry }: EntryIdInput): string {
	return fileStem(entry);
}
