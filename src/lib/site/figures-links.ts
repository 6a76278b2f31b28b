import { paragraphId } from '../glossary/urls.ts';
import { articleUrl } from './urls.ts';

/** Site-relative URL of the facts-and-figures page. */
export const figuresIndexUrl = '/figures/';

/** Site-relative URL of the first page of the figures no table shows (when they are many). */
export const otherFiguresUrl = '/figures/others/';

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

/** Percent-encodes a text directive term: encodeURIComponent, and - too (the directive's own syntax uses - , &). */
function encodeTerm(text: string): string {
	return encodeURIComponent(text).replaceAll('-', '%2D');
}

// Why: a term must start and end on a word boundary, which CJK text only guarantees at punctuation.
const TERM_BREAK = /[，,；;：:、。！？!?]/u;

/** Short sentences are given whole; longer ones by a start and an end cut at clause punctuation. */
const WHOLE_SENTENCE = 40;
/** The least a start or end term holds, so 这一年， alone does not match an earlier sentence. */
const MIN_TERM = 12;

/**
 * A text directive (text=start,end) that picks out the sentence in its paragraph: the whole
 * sentence when short, else its opening clauses (at least MIN_TERM characters) and its closing
 * ones, cut at clause punctuation. Browsers without text fragments ignore it and scroll to the
 * paragraph.
 */
export function textDirective(sentence: string): string {
	const text = sentence.trim();
	if (text.length <= WHOLE_SENTENCE) return `text=${encodeTerm(text)}`;
	let startEnd = MIN_TERM;
	while (startEnd < text.length && !TERM_BREAK.test(text.charAt(startEnd - 1))) startEnd++;
	let endStart = text.length - MIN_TERM;
	while (endStart > startEnd && !TERM_BREAK.test(text.charAt(endStart - 1))) endStart--;
	if (endStart <= startEnd) return `text=${encodeTerm(text)}`;
	const start = text.slice(0, startEnd);
	const end = text.slice(endStart);
	return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/**
 * Site-relative URL of the sentence a figure was read from: its paragraph's URL with a text
 * fragment (/articles/<id>/#p-4:~:text=…), so a browser that supports them highlights the sentence.
 */
export function figureSentenceUrl(sourceUrl: string, sentence: string): string {
	return `${sourceUrl}:~:${textDirective(sentence)}`;
}
