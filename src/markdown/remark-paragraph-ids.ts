import type { RemarkPlugin } from '@astrojs/markdown-remark';
// Why: registers data.hProperties on Markdown nodes, which remark-rehype turns into attributes.
import type {} from 'mdast-util-to-hast';
import { paragraphNodes } from '../lib/glossary/blocks.ts';
import { paragraphId } from '../lib/glossary/urls.ts';

/**
 * Gives every paragraph a stable id, p-1, p-2 … in document order, so other pages (the glossary's
 * concordance) can link to /articles/<id>/#p-N. An id already set by an earlier plugin is kept.
 *
 * Why in remark, not rehype: the concordance numbers paragraphs on the Markdown tree
 * (src/lib/glossary/blocks.ts); numbering the same tree with the same function keeps them equal.
 */
export const remarkParagraphIds: RemarkPlugin<[]> = () => (tree) => {
	paragraphNodes(tree).forEach((paragraph, index) => {
		const properties = paragraph.data?.hProperties ?? {};
		if (properties.id !== undefined) return;
		paragraph.data = {
			...paragraph.data,
			hProperties: { ...properties, id: paragraphId(index + 1) },
		};
	});
};
