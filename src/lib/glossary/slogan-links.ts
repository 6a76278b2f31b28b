import { formIndex, type GlossaryEntry } from './glossary.ts';
import { glossaryUrl } from './urls.ts';

/** A slogan as an article prints it, with the glossary entry it resolves to (null when none). */
export interface SloganLink {
	slogan: string;
	/** The entry's headword (七大任务 for 七任务), its page and its expansion; null when unresolved. */
	term: string | null;
	url: string | null;
	expansion: string | null;
}

/** The glossary page of a slogan, by term or alias (七任务 and 七大任务 alike), or null when it has none. */
export function sloganUrl(slogan: string, index: ReadonlyMap<string, string>): string | null {
	const slug = index.get(slogan);
	return slug === undefined ? null : glossaryUrl(slug);
}

/** Resolves each slogan of a list (an article's frontmatter `slogans`) to its glossary entry. */
export function sloganLinks(
	slogans: readonly string[],
	entries: readonly GlossaryEntry[],
): SloganLink[] {
	const index = formIndex(entries);
	const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
	return slogans.map((slogan) => {
		const entry = bySlug.get(index.get(slogan) ?? '');
		return {
			slogan,
			term: entry?.term ?? null,
			url: entry ? glossaryUrl(entry.slug) : null,
			expansion: entry?.expansion ?? null,
		};
	});
}
