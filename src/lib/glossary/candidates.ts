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
 * Finds the formulas (src/lib/slogans.ts findSlogans over each headline, body and caption, plus
 * the frontmatter `slogans`) that resolve to no entry by term or alias; most widely used first, then in
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
		const captions = (article.captions ?? []).join('\n');
		const found = findSlogans(`${headline}\n${markdownToPlainText(article.body)}\n${captions}`);
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

/**
 * A maintainer's report of the candidates, in Markdown: one section each with its articles and the
 * skeleton of the entry to write (level, expansion and definition left for a person to fill in
 * from a source, or from the archive, marked as such).
 */
export function candidatesReport(candidates: readonly GlossaryCandidate[]): string {
	const head = [
		'# 提法候选：档案中尚无词条的数字提法',
		'',
		candidates.length === 0
			? '档案中的数字提法都已有词条。'
			: `共${String(candidates.length)}条。标“构建失败”的，文章的 slogans 已列出，补上词条前 \`npm run build\` 不能通过。`,
	];
	const sections = candidates.map((candidate) =>
		[
			'',
			`## ${candidate.formula}${candidate.inFrontmatter ? '（构建失败）' : ''}`,
			'',
			`文章：${candidate.articles.map((id) => `content/articles/${id}.md`).join('、')}`,
			'',
			`新词条写入 \`${candidate.suggestedFile}\`（若是已有词条的变体，加进那条的 aliases）：`,
			'',
			'```yaml',
			'---',
			`term: ${candidate.formula}`,
			'level: # national | provincial | city | county',
			'expansion: # 数字所指；档案和来源都没有说明的，照实写',
			'definition: # 只写来源或档案本身说了的',
			'source: archive # 或 citations: [{title, publisher, url, says}]',
			'archiveArticles:',
			...candidate.articles.map((id) => `  - ${id}`),
			'---',
			'```',
		].join('\n'),
	);
	return `${[...head, ...sections].join('\n')}\n`;
}
