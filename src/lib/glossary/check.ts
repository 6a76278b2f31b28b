import type { ArchiveArticle } from './archive.ts';
import { formIndex, type GlossaryEntry } from './glossary.ts';
import { glossarySlug } from './pinyin.ts';

/** A slogan an article's frontmatter names that no glossary entry knows. */
export interface UnresolvedSlogan {
	articleId: string;
	slogan: string;
	/** Where its entry would go: content/glossary/<slug>.md. */
	suggestedFile: string;
}

/** The file a new entry for a term would be written to. */
export function suggestedEntryFile(term: string): string {
	return `content/glossary/${glossarySlug(term)}.md`;
}

/** Every frontmatter slogan that resolves to no entry (by term or alias), in article order. */
export function unresolvedSlogans(
	articles: readonly Pick<ArchiveArticle, 'id' | 'slogans'>[],
	entries: readonly GlossaryEntry[],
): UnresolvedSlogan[] {
	const index = formIndex(entries);
	return articles.flatMap((article) =>
		article.slogans
			.filter((slogan) => !index.has(slogan))
			.map((slogan) => ({
				articleId: article.id,
				slogan,
				suggestedFile: suggestedEntryFile(slogan),
			})),
	);
}

/** A message that says, for each unresolved slogan, which file to add. */
export function describeUnresolved(unresolved: readonly UnresolvedSlogan[]): string {
	const lines = unresolved.map(
		({ articleId, slogan, suggestedFile }) =>
			`- content/articles/${articleId}.md names “${slogan}”: add ${suggestedFile} (term: ${slogan}), or add “${slogan}” to the aliases of the entry it is a variant of`,
	);
	return `${String(unresolved.length)} slogan(s) have no glossary entry:\n${lines.join('\n')}`;
}

/** Throws, with describeUnresolved's message, when any article slogan has no glossary entry. */
export function assertSlogansResolve(
	articles: readonly Pick<ArchiveArticle, 'id' | 'slogans'>[],
	entries: readonly GlossaryEntry[],
): void {
	const unresolved = unresolvedSlogans(articles, entries);
	if (unresolved.length > 0) throw new Error(describeUnresolved(unresolved));
}
