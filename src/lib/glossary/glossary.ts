import type { GlossaryEntryData, GlossaryLevel } from '../../schemas/glossary.ts';
import { comparePinyin, termPinyin } from './pinyin.ts';

/** A glossary entry with its slug (the collection id) and its reading worked out. */
export interface GlossaryEntry extends GlossaryEntryData {
	/** ASCII slug from the pinyin, e.g. san-gao-si-xin. */
	slug: string;
	/** Toned pinyin: the entry's own, or pinyin-pro's. */
	reading: string;
}

/** Levels in the order the glossary lists them, widest first. */
export const LEVELS: readonly GlossaryLevel[] = ['national', 'provincial', 'city', 'county'];

/** Chinese headings of the levels. */
export const LEVEL_LABELS: Readonly<Record<GlossaryLevel, string>> = {
	national: '全国',
	provincial: '湖南省',
	city: '衡阳市',
	county: '县市区',
};

/** Completes a validated entry with its slug and reading. */
export function toGlossaryEntry(slug: string, data: GlossaryEntryData): GlossaryEntry {
	return { ...data, slug, reading: termPinyin(data.term, data.pinyin) };
}

/** Every form that names an entry: its term, then its aliases. */
export function entryForms(entry: Pick<GlossaryEntry, 'term' | 'aliases'>): string[] {
	return [entry.term, ...entry.aliases];
}

/**
 * Maps each printed form (term or alias) to the slug of its entry. Throws when two entries claim the
 * same form, since a slogan must resolve to exactly one entry.
 */
export function formIndex(entries: readonly GlossaryEntry[]): Map<string, string> {
	const index = new Map<string, string>();
	for (const entry of entries) {
		for (const form of entryForms(entry)) {
			const owner = index.get(form);
			if (owner !== undefined && owner !== entry.slug) {
				throw new Error(
					`glossary: “${form}” is claimed by both content/glossary/${owner}.md and content/glossary/${entry.slug}.md`,
				);
			}
			index.set(form, entry.slug);
		}
	}
	return index;
}

/** Entries sorted in pinyin order. */
export function sortByPinyin<T extends { slug: string; term: string }>(entries: readonly T[]): T[] {
	return [...entries].sort(comparePinyin);
}

/** Entries grouped by level (national first), each group in pinyin order; empty levels are left out. */
export function groupByLevel<T extends { slug: string; term: string; level: GlossaryLevel }>(
	entries: readonly T[],
): { level: GlossaryLevel; label: string; entries: T[] }[] {
	return LEVELS.map((level) => ({
		level,
		label: LEVEL_LABELS[level],
		entries: sortByPinyin(entries.filter((entry) => entry.level === level)),
	})).filter((group) => group.entries.length > 0);
}

/** Maps each printed form (term or alias) to its entry's term, the headword (七任务 → 七大任务). */
export function headwordIndex(entries: readonly GlossaryEntry[]): Map<string, string> {
	const index = new Map<string, string>();
	for (const entry of entries) for (const form of entryForms(entry)) index.set(form, entry.term);
	return index;
}

/**
 * An article whose slogans are given by their headwords, each once, in printed order; a slogan
 * without an entry stays as printed.
 *
 * Why: an article printing 七任务 and another printing 七大任务 use the same slogan; related
 * articles and slogan counts must treat them as one.
 */
export function withHeadwords<T extends { readonly slogans: readonly string[] }>(
	article: T,
	index: ReadonlyMap<string, string>,
): T {
	const slogans = [...new Set(article.slogans.map((slogan) => index.get(slogan) ?? slogan))];
	return { ...article, slogans };
}
