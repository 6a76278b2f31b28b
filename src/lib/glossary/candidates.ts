import { markdownToPlainText } from '../markdown.ts';
import { findSlogans } from '../slogans.ts';
import type { ArchiveArticle } from './archive.ts';
import { suggestedEntryFile } from './check.ts';
import { formIndex, type GlossaryEntry } from './glossary.ts';
import { glossarySlug } from './pinyin.ts';

/** A numbered formula found in the archive that no glossary entry covers yet. */
export interface GlossaryCandidate {
	formula: string;
	/** Ids of the articles it appears in, in the order given. */
	articles: string[];
	/** True when an article's frontmatter lists it (the build fails until it has an entry). */
	inFrontmatter: boolean;
	suggestedFile: string;
}

/**
 * Finds the formulas (src/lib/slogans.ts findSlogans over each headline and body, plus the
 * frontmatter `slogans`) that resolve to no entry by term or alias; most widely used first, then in
 * pinyin order.
 */
export function findCandidates(
	articles: readonly ArchiveArticle[],
	entries: readonly GlossaryEntry[],
): GlossaryCandidate[] {
	const index = formIndex(entries);
	const candidates = new Map<string, GlossaryCandidate>();
	for (const article of articles) {
		const headline = [article.kicker, article.title, article.subtitle].filter(Boolean).join('\n');
		const found = findSlogans(`${headline}\n${markdownToPlainText(article.body)}`);
		for (const formula of new Set([...article.slogans, ...found])) {
			if (index.has(formula)) continue;
			const candidate = candidates.get(formula) ?? {
				formula,
				articles: [],
				inFrontmatter: false,
				suggestedFile: suggestedEntryFile(formula),
			};
			if (!candidate.articles.includes(article.id)) candidate.articles.push(article.id);
			candidate.inFrontmatter ||= article.slogans.includes(formula);
			candidates.set(formula, candidate);
		}
	}
	return [...candidates.values()].sort(
		(a, b) =>
			b.articles.length - a.articles.length ||
			(glossarySlug(a.formula) < glossarySlug(b.formula) ? -1 : 1),
	);
}
