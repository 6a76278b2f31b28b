import type { ArchiveArticle } from './archive.ts';
import { type BodyBlock, bodyBlocks } from './blocks.ts';
import { entryForms, type GlossaryEntry } from './glossary.ts';

/** A passage where an article spells a formula out, e.g. 坚持“一个统领”… 把握“一项根本”… for 五个一. */
export interface SpelledOutPassage {
	articleId: string;
	articleTitle: string;
	date: string | null;
	/** The heading or paragraph that names the formula, then the paragraphs that list its parts. */
	blocks: BodyBlock[];
	/** The parts the passage names, in the entry's order. */
	parts: string[];
}

function partsIn(text: string, parts: readonly string[]): string[] {
	return parts.filter((part) => text.includes(part));
}

/**
 * Finds where articles spell an entry out. Each block that names the entry (in any form) anchors a
 * passage: the paragraphs from it (or from the next block, when the anchor names no part itself)
 * that each name at least one of the entry's `parts`. A passage counts when it names two parts or
 * more; the anchor is kept as its lead. Entries without parts have no passages.
 *
 * Why anchors: the parts are often common words (项目建设 is one of 七张牌's), so only paragraphs
 * next to the formula itself are taken as its spelling-out.
 */
export function spelledOutPassages(
	entry: Pick<GlossaryEntry, 'term' | 'aliases' | 'parts'>,
	articles: readonly ArchiveArticle[],
): SpelledOutPassage[] {
	if (entry.parts.length === 0) return [];
	const forms = entryForms(entry);
	const passages: SpelledOutPassage[] = [];
	for (const article of articles) {
		const blocks = bodyBlocks(article.body);
		let covered = -1;
		blocks.forEach((anchor, position) => {
			if (position <= covered || !forms.some((form) => anchor.text.includes(form))) return;
			const anchorHasParts =
				anchor.kind === 'paragraph' && partsIn(anchor.text, entry.parts).length > 0;
			let end = anchorHasParts ? position : position + 1;
			const start = end;
			for (
				let block = blocks[end];
				block?.kind === 'paragraph' && partsIn(block.text, entry.parts).length > 0;
				block = blocks[end]
			) {
				end++;
			}
			const listing = blocks.slice(start, end);
			const named = entry.parts.filter((part) =>
				listing.some((block) => block.text.includes(part)),
			);
			if (named.length < 2) return;
			passages.push({
				articleId: article.id,
				articleTitle: article.title,
				date: article.date,
				blocks: blocks.slice(position, end),
				parts: named,
			});
			covered = end - 1;
		});
	}
	return passages;
}
