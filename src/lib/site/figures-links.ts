import { paragraphId } from '../glossary/urls.ts';
import { articleUrl } from './urls.ts';

/** Site-relative URL of the facts-and-figures page. */
export const figuresIndexUrl = '/figures/';

/** Site-relative URL of every figure as JSON (src/pages/data/figures.json.ts). */
export const figuresJsonUrl = '/data/figures.json';

/** Site-relative URL of every figure as CSV (src/pages/data/figures.csv.ts). */
export const figuresCsvUrl = '/data/figures.csv';

/**
 * The id of a body paragraph on its article page, from a figure's 0-based `paragraph` index.
 *
 * Why: the extractor counts body paragraphs from 0 (headings not counted), while
 * src/markdown/remark-paragraph-ids.ts numbers them from 1 (`p-1` is the first), so paragraph 3
 * is `p-4`. This is the only place the two numberings meet; the id's spelling is paragraphId's.
 */
export function paragraphAnchor(paragraph: number): string {
	if (!Number.isInteger(paragraph) || paragraph < 0) {
		throw new RangeError(`a paragraph index is a whole number from 0, not ${paragraph}`);
	}
	return paragraphId(paragraph + 1);
}

/** Site-relative URL of the paragraph a figure was read from, e.g. /articles/<id>/#p-4 for paragraph 3. */
export function figureSourceUrl(articleId: string, paragraph: number): string {
	return `${articleUrl(articleId)}#${paragraphAnchor(paragraph)}`;
}
