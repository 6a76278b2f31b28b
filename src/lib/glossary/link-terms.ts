import { entryForms, type GlossaryEntry } from './glossary.ts';

/** What the article pages need of an entry to link it: rehype-glossary-links' option data. */
export interface GlossaryLinkTerm {
	slug: string;
	term: string;
	/** Term and aliases. */
	forms: string[];
	/** The tooltip text. */
	expansion: string;
}

/** The link data of every entry, in slug order (plain data, so Astro's config digest sees changes). */
export function toLinkTerms(entries: readonly GlossaryEntry[]): GlossaryLinkTerm[] {
	return [...entries]
		.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
		.map((entry) => ({
			slug: entry.slug,
			term: entry.term,
			forms: entryForms(entry),
			expansion: entry.expansion,
		}));
}
