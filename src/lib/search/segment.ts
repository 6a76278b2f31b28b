import { findTerms, type Lexicon, type TermSpan } from './lexicon.ts';
import { foldText } from './text.ts';

/**
 * The language the archive is indexed under and searched in: a code Pagefind neither segments
 * (only zh, ja and th are) nor stems (it has no stemmer for it), so Pagefind splits the text at
 * spaces only and this project's own segmentation (segmentText) is the one that counts.
 *
 * Why: Pagefind's Chinese segmentation at index time cost 969 MB and 57 s for 1,500 pages,
 * against 172 MB and 9 s for an unsegmented language.
 */
export const INDEX_LANGUAGE = 'zxx';

/** Chinese word segmenter shared by indexing (Node) and the query (browser or Node). */
const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** A character that a segment boundary space may be dropped next to when the text is shown. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f]/u;

/**
 * Splits a text into words, separated by single spaces: the archive's regions and slogans as
 * whole words, the text between them by Intl.Segmenter('zh', word).
 * Punctuation stays, as words of its own. Indexing and the query both call this, so a query
 * word is segmented as the same word in an article.
 */
export function segmentText(lexicon: Lexicon, text: string): string {
	// Why not people: Pagefind 1.6 found no page for a whole indexed name (邓江虹) under this
	// language, while the name's characters as words do find it; the exact-words check keeps it exact.
	const spans = findTerms(lexicon, foldText(text, lexicon.data.charMap));
	return segmentRange(text, spans, 0, text.length).join(' ');
}

/**
 * The words of text[start, end) as segmentText gives them for that slice alone, from the terms
 * findTerms found in the folded text (offsets in the text; only those inside the range are used,
 * and none may cross its ends).
 *
 * Why: an article page segments each of its lines, and findTerms over the whole text once gives
 * every line's terms (see articleSearchData), instead of folding and scanning line by line again.
 */
export function segmentRange(
	text: string,
	spans: readonly TermSpan[],
	start: number,
	end: number,
): string[] {
	const words: string[] = [];
	const segmentRun = (run: string): void => {
		for (const { segment } of wordSegmenter.segment(run)) {
			const word = segment.trim();
			if (word !== '') words.push(word);
		}
	};
	let cursor = start;
	for (const span of spans) {
		if (span.start < start || span.end > end) continue;
		segmentRun(text.slice(cursor, span.start));
		words.push(text.slice(span.start, span.end));
		cursor = span.end;
	}
	segmentRun(text.slice(cursor, end));
	return words;
}

/**
 * The text as printed again from segmented text: drops the spaces segmentText put next to Han
 * characters and CJK punctuation (a space between two Latin words or numbers stays).
 */
export function unsegmentText(text: string): string {
	return text.replace(/ +/gu, (spaces, at: number, whole: string) => {
		const before = whole.charAt(at - 1);
		const after = whole.charAt(at + spaces.length);
		return CJK.test(before) || CJK.test(after) ? '' : spaces;
	});
}
