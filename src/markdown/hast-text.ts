import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements whose text is never touched: links, code, form controls, embedded languages. */
const SKIPPED = new Set([
	'a',
	'button',
	'code',
	'kbd',
	'math',
	'pre',
	'samp',
	'script',
	'select',
	'style',
	'svg',
	'template',
	'textarea',
]);

/** An opening or closing tag of a skipped element written as raw HTML in Markdown (<a href="…">, </code>). */
const RAW_SKIPPED_TAG = new RegExp(`^<(/?)(${[...SKIPPED].join('|')}|h[1-6])(?=[\\s>/])`, 'iu');

/** True for h1 … h6. */
export function isHeading(node: Element): boolean {
	return /^h[1-6]$/u.test(node.tagName);
}

function classNames(node: Element): string[] {
	return node.properties.className ?? [];
}

/** What to do with the text of a hast tree. */
export interface TextRewriter {
	/** Returns the nodes to put in place of a text node, or undefined to leave it. */
	text(value: string): ElementContent[] | undefined;
	/** Called at each heading, in document order (headings themselves are never rewritten). */
	heading?(): void;
}

/**
 * Rewrites the text nodes of a tree in document order, never inside headings, links, code, form
 * controls or earlier annotations (elements of class gloss).
 */
export function rewriteText(tree: Root, rewriter: TextRewriter): void {
	const visit = (children: (RootContent | ElementContent)[]): void => {
		// Why: inline HTML reaches the plugins as separate raw tags around ordinary text nodes
		// (<a href="…">, 三化, </a>), so a link written in HTML is only seen by counting its tags.
		let rawDepth = 0;
		for (let index = 0; index < children.length; index++) {
			const node = children[index];
			if (!node) continue;
			if (node.type === 'raw') {
				const tag = RAW_SKIPPED_TAG.exec(node.value);
				if (tag) rawDepth = Math.max(0, rawDepth + (tag[1] === '/' ? -1 : 1));
			} else if (rawDepth > 0) {
				continue;
			} else if (node.type === 'text') {
				const replacement = rewriter.text(node.value);
				if (replacement) {
					children.splice(index, 1, ...replacement);
					index += replacement.length - 1;
				}
			} else if (node.type === 'element') {
				if (isHeading(node)) rewriter.heading?.();
				else if (!SKIPPED.has(node.tagName) && !classNames(node).includes('gloss'))
					visit(node.children);
			}
		}
	};
	visit(tree.children);
}

/** A stretch of a text to replace by an element. */
export interface TextSpan {
	index: number;
	length: number;
	element: Element;
}

/** Splits a text into text nodes around the given spans (in order, not overlapping). */
export function spliceSpans(value: string, spans: readonly TextSpan[]): ElementContent[] {
	const nodes: ElementContent[] = [];
	let at = 0;
	for (const span of spans) {
		if (span.index > at) nodes.push({ type: 'text', value: value.slice(at, span.index) });
		nodes.push(span.element);
		at = span.index + span.length;
	}
	if (at < value.length) nodes.push({ type: 'text', value: value.slice(at) });
	return nodes;
}
