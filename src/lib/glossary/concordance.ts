import type { ArchiveArticle } from './archive.ts';
import { sortOldestFirst } from './archive.ts';
import { bodyBlocks } from './blocks.ts';
import { entryForms, formIndex, type GlossaryEntry } from './glossary.ts';
import { findTermMatches, sortForms, type TermForm } from './matcher.ts';

/** Characters of context on each side of a term in a concordance line. */
export const CONTEXT_CHARS = 20;

/** Where in an article an occurrence stands: its headline (引题, 主题, 副题), a heading, a paragraph or a photo caption. */
export type OccurrenceBlock = 'headline' | 'heading' | 'paragraph' | 'caption';

/** One occurrence of a glossary entry in an article: a line of the KWIC concordance. */
export interface Occurrence {
	slug: string;
	/** The entry's headword. */
	term: string;
	/** The form as printed (an alias, e.g. 七任务, or the term itself). */
	form: string;
	articleId: string;
	articleTitle: string;
	date: string | null;
	block: OccurrenceBlock;
	/**
	 * The paragraph to link to: the paragraph itself, or for a heading the paragraph after it; null
	 * for the headline and a caption (the link goes to the article).
	 */
	paragraph: number | null;
	/** Up to CONTEXT_CHARS characters before the form, within the same block. */
	left: string;
	/** Up to CONTEXT_CHARS characters after the form, within the same block. */
	right: string;
}

/** The last `count` characters (code points, so no pair of surrogates is cut) of a text. */
function lastChars(text: string, count: number): string {
	const chars = Array.from(text);
	return chars.slice(Math.max(0, chars.length - count)).join('');
}

/** The first `count` characters (code points) of a text. */
function firstChars(text: string, count: number): string {
	return Array.from(text).slice(0, count).join('');
}

/** The slugs of the entries an article's frontmatter slogans resolve to (unresolved ones are left out). */
export function articleEntrySlugs(
	article: Pick<ArchiveArticle, 'slogans'>,
	index: ReadonlyMap<string, string>,
): Set<string> {
	const slugs = new Set<string>();
	for (const slogan of article.slogans) {
		const slug = index.get(slogan);
		if (slug !== undefined) slugs.add(slug);
	}
	return slugs;
}

/** Every form of every entry, ready for findTermMatches. */
export function glossaryForms(entries: readonly GlossaryEntry[]): TermForm[] {
	return sortForms(
		entries.flatMap((entry) => entryForms(entry).map((form) => ({ form, slug: entry.slug }))),
	);
}

/**
 * Every occurrence of every entry in the archive, oldest article first and in reading order within
 * an article. An article is searched only for the entries its frontmatter `slogans` name (the ingest
 * decided those are formulas there), in any of their forms, with the same matcher the article pages
 * link with.
 */
export function findOccurrences(
	articles: readonly ArchiveArticle[],
	entries: readonly GlossaryEntry[],
): Occurrence[] {
	const index = formIndex(entries);
	const forms = glossaryForms(entries);
	const terms = new Map(entries.map((entry) => [entry.slug, entry.term]));
	const occurrences: Occurrence[] = [];
	for (const article of sortOldestFirst(articles)) {
		const allowed = articleEntrySlugs(article, index);
		if (allowed.size === 0) continue;
		const headline = [article.kicker, article.title, article.subtitle]
			.filter((text): text is string => text !== undefined)
			.map((text) => ({ kind: 'headline' as const, text, paragraph: null }));
		const captions = (article.captions ?? []).map((text) => ({
			kind: 'caption' as const,
			text,
			paragraph: null,
		}));
		for (const block of [...headline, ...bodyBlocks(article.body), ...captions]) {
			for (const match of findTermMatches(block.text, forms, allowed)) {
				const end = match.index + match.form.length;
				occurrences.push({
					slug: match.slug,
					term: terms.get(match.slug) ?? match.form,
					form: match.form,
					articleId: article.id,
					articleTitle: article.title,
					date: article.date,
					block: block.kind,
					paragraph: block.paragraph,
					left: lastChars(block.text.slice(0, match.index), CONTEXT_CHARS),
					right: firstChars(block.text.slice(end), CONTEXT_CHARS),
				});
			}
		}
	}
	return occurrences;
}
