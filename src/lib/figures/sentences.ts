import { markdownToPlainText } from '../markdown.ts';

/** A body paragraph in plain text, with the headings it stands under. */
export interface BodyParagraph {
	/** 0-based index among the body's paragraphs; headings are not counted. */
	index: number;
	/** Plain text (Markdown escapes removed). */
	text: string;
	/** Texts of the headings above it, outermost first (## then ###). */
	headings: string[];
	/** Index of the first paragraph under the nearest heading (0 when there is none). */
	sectionStart: number;
}

/** A sentence of a paragraph and where it starts in the paragraph's text. */
export interface Sentence {
	text: string;
	start: number;
}

/**
 * Splits a Markdown body written by bodyMarkdown into paragraphs: blocks separated by blank lines,
 * headings (`## `) left out of the count but remembered as each paragraph's section.
 */
export function bodyParagraphs(markdown: string): BodyParagraph[] {
	const out: BodyParagraph[] = [];
	const stack: { level: number; text: string }[] = [];
	let sectionStart = 0;
	for (const block of markdown.split('\n\n')) {
		if (block.trim() === '') continue;
		const heading = /^(#{1,6}) /u.exec(block);
		if (heading) {
			const level = heading[1]?.length ?? 1;
			while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
			stack.push({ level, text: markdownToPlainText(block) });
			sectionStart = out.length;
			continue;
		}
		out.push({
			index: out.length,
			text: markdownToPlainText(block),
			headings: stack.map((h) => h.text),
			sectionStart,
		});
	}
	return out;
}

// Why: closing quotes and brackets belong to the sentence they close (“……篇章。”1月30日 splits after ”).
const SENTENCE_END = /(?:[。！？!?]|……|…)[”’」』）)]*/gu;

/**
 * Splits a paragraph into sentences after 。！？ and after an ellipsis (……), keeping the closing
 * quotes; the texts, joined, give the paragraph back.
 */
export function splitSentences(paragraph: string): Sentence[] {
	const out: Sentence[] = [];
	let start = 0;
	for (const match of paragraph.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		if (end > start) out.push({ text: paragraph.slice(start, end), start });
		start = end;
	}
	if (start < paragraph.length) out.push({ text: paragraph.slice(start), start });
	return out;
}

/** Punctuation that ends a clause inside a sentence: a figure's indicator does not cross it. */
export const CLAUSE_BREAK = /[，,；;：:。！？!?]/u;
