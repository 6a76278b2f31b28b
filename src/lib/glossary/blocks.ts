import type { Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One heading or paragraph of an article body, in document order. */
export interface BodyBlock {
	kind: 'heading' | 'paragraph';
	/** The block's text as a reader sees it (Markdown escapes removed). */
	text: string;
	/**
	 * For a paragraph, its number (1-based, the N of its id p-N); for a heading, the number of the
	 * first paragraph after it, or null when none follows.
	 */
	paragraph: number | null;
}

/**
 * Every paragraph of a Markdown tree in document order; the i-th (from 0) is paragraph i + 1, whose
 * id is p-(i + 1). Shared by remark-paragraph-ids and bodyBlocks so that the ids on the article
 * pages and the links in the concordance always agree.
 */
export function paragraphNodes(tree: Root): Paragraph[] {
	const found: Paragraph[] = [];
	const walk = (node: Nodes): void => {
		if (node.type === 'paragraph') {
			found.push(node);
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return found;
}

/** The visible text of a node: its text and inline code, in order. */
export function nodeText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'break') return '\n';
	if ('children' in node) return node.children.map(nodeText).join('');
	return '';
}

/** Parses Markdown the way the site does (CommonMark + GFM), without rendering it. */
export function parseMarkdown(markdown: string): Root {
	return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** The headings and paragraphs of a Markdown body, numbered as on the article page. */
export function bodyBlocks(markdown: string): BodyBlock[] {
	const blocks = plainBodyBlocks(markdown) ?? parsedBodyBlocks(markdown);
	// A heading points at the paragraph that follows it.
	let next: number | null = null;
	for (let index = blocks.length - 1; index >= 0; index--) {
		const block = blocks[index];
		if (!block) continue;
		if (block.kind === 'paragraph') next = block.paragraph;
		else block.paragraph = next;
	}
	return blocks;
}

/** The headings and paragraphs of a Markdown body read by the parser, headings not yet pointed at a paragraph. */
export function parsedBodyBlocks(markdown: string): BodyBlock[] {
	const blocks: BodyBlock[] = [];
	let paragraphs = 0;
	const walk = (node: Nodes): void => {
		if (node.type === 'paragraph') {
			paragraphs++;
			blocks.push({ kind: 'paragraph', text: nodeText(node), paragraph: paragraphs });
			return;
		}
		if (node.type === 'heading') {
			blocks.push({ kind: 'heading', text: nodeText(node), paragraph: null });
			return;
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(parseMarkdown(markdown));
	return blocks;
}

/** An ATX heading line as the ingest writes it: one to six #, one space, then the text. */
const plainHeading = /^#{1,6} /u;
/** A backslash escape of ASCII punctuation (CommonMark), or a character that could start Markdown syntax. */
const inlineSyntax = /\\([!-/:-@[-`{-~])|[\\`*_[\]<>&~|#$]/gu;
/** The start of a line that would make it a list item, quote, thematic break or the like. */
const blockStart = /^(?:[-+=*_>~`<|]|\d{1,9}[.)])/u;
/** What GFM turns into a link by itself (www.…, http://…, an e-mail address). */
const autolinkLiteral = /www\.|:\/\/|@|mailto:|xmpp:/iu;

/**
 * The blocks of a body (as parsedBodyBlocks gives them) that is nothing but one-line paragraphs and ATX headings separated by blank
 * lines, with backslash escapes and no other Markdown, read without a parser; null for any other
 * body (parsedBodyBlocks then reads it).
 *
 * Why: the glossary read every article body with remark once for the concordance and once per
 * entry it uses (2.4 s of a 2,000-article build); bodyMarkdown writes exactly this shape.
 * test/glossary/blocks.test.ts checks it against the parser on every article of content/.
 */
export function plainBodyBlocks(markdown: string): BodyBlock[] | null {
	const blocks: BodyBlock[] = [];
	let paragraphs = 0;
	let previousBlank = true;
	for (const line of markdown.split('\n')) {
		if (line === '') {
			previousBlank = true;
			continue;
		}
		// Two lines in a row make one paragraph (or a setext heading): the parser decides.
		if (!previousBlank) return null;
		previousBlank = false;
		const heading = plainHeading.exec(line);
		const content = heading ? line.slice(heading[0].length) : line;
		if (!isPlainInline(content) || autolinkLiteral.test(content)) return null;
		if (!heading && blockStart.test(content)) return null;
		const text = content.replace(inlineSyntax, (_, escaped: string) => escaped);
		if (heading) blocks.push({ kind: 'heading', text, paragraph: null });
		else {
			paragraphs++;
			blocks.push({ kind: 'paragraph', text, paragraph: paragraphs });
		}
	}
	return blocks;
}

/**
 * Whether a line's content is plain text for the parser: it starts and ends with a character that
 * is not white space, holds no control character (a tab included), and every character that could
 * start Markdown syntax is backslash-escaped.
 */
function isPlainInline(content: string): boolean {
	if (content === '' || /^\s|\s$|\p{Cc}/u.test(content)) return false;
	for (const match of content.matchAll(inlineSyntax)) if (match[1] === undefined) return false;
	return true;
}
