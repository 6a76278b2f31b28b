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
