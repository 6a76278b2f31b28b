import type { ArticleSearchData } from './search-data.ts';
import { escapeHtml } from './text.ts';
import { SEARCH_BLOCK_MARKER } from './tokens.ts';

/**
 * The markup of an article page's hidden search block (ArticleSearchData.astro renders it; the
 * search benchmark's generated pages carry the same): Pagefind's sort key and filters as
 * attributes of empty elements, the article's text as segmented words (segmentText; the printed
 * text itself carries data-pagefind-ignore), then the marker, the headline tokens with a heading's weight, the
 * other tokens, the credits line and, for a page in traditional characters, its simplified shadow.
 * `hidden` keeps all of it from readers and assistive technology; Pagefind indexes it.
 */
export function searchBlockHtml(data: ArticleSearchData): string {
	const parts = [
		...data.headlineWords.map((line) => `<p data-pagefind-weight="7">${escapeHtml(line)}</p>`),
		...data.textWords.map((line) => `<p>${escapeHtml(line)}</p>`),
		`<p>${SEARCH_BLOCK_MARKER}</p>`,
		data.sortDate ? `<span data-pagefind-sort="date:${escapeHtml(data.sortDate)}"></span>` : '',
		...data.filters.map(
			(filter) => `<span data-pagefind-filter="${filter.key}:${escapeHtml(filter.value)}"></span>`,
		),
		data.headlineTokens ? `<p data-pagefind-weight="7">${data.headlineTokens}</p>` : '',
		data.bodyTokens ? `<p>${data.bodyTokens}</p>` : '',
		data.creditsLine ? `<p>${escapeHtml(data.creditsLine)}</p>` : '',
		data.creditsWords ? `<p>${escapeHtml(data.creditsWords)}</p>` : '',
		data.shadow ? `<p>${escapeHtml(data.shadow)}</p>` : '',
	];
	return `<div hidden data-search-block>${parts.join('')}</div>`;
}
