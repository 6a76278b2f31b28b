import type { ArchiveArticle } from './archive.ts';
import { findOccurrences, type Occurrence } from './concordance.ts';
import { formIndex, type GlossaryEntry, sortByPinyin } from './glossary.ts';
import { spelledOutPassages, type SpelledOutPassage } from './spelled-out.ts';
import { articlesByEntry, entryUsage, type EntryUsage } from './stats.ts';

/** One entry with everything its page shows. */
export interface GlossaryEntryModel {
	entry: GlossaryEntry;
	usage: EntryUsage;
	/** Its concordance lines, oldest article first, in reading order. */
	occurrences: Occurrence[];
	/** Where articles spell it out. */
	passages: SpelledOutPassage[];
}

/**
 * Builds the whole glossary from the entries and the articles: the concordance and, per entry, its
 * use in the archive. Entries come back in pinyin order.
 */
export function buildGlossary(
	entries: readonly GlossaryEntry[],
	articles: readonly ArchiveArticle[],
): GlossaryEntryModel[] {
	const index = formIndex(entries);
	const occurrences = findOccurrences(articles, entries);
	const byEntry = articlesByEntry(articles, index);
	const terms = new Map(entries.map((entry) => [entry.slug, entry.term]));
	return sortByPinyin(entries).map((entry) => ({
		entry,
		usage: entryUsage(entry.slug, byEntry, occurrences, terms),
		occurrences: occurrences.filter((occurrence) => occurrence.slug === entry.slug),
		passages: spelledOutPassages(entry, byEntry.get(entry.slug) ?? []),
	}));
}
