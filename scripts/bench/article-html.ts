/**
 * A benchmark article page: the markup Pagefind reads on a real article page (src/pages/articles/[id].astro)
 * — html lang, the data-pagefind-body element, the title and date metadata, the visible text and
 * the hidden search block from searchBlockHtml — without the site's navigation and styling.
 */
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { searchBlockHtml } from '../../src/lib/search/search-block.ts';
import { articleSearchData } from '../../src/lib/search/search-data.ts';
import { escapeHtml } from '../../src/lib/search/text.ts';
import { markdownToPlainText } from '../../src/lib/site/markdown-to-plain-text.ts';
import type { Article } from '../../src/schemas/article.ts';

/** The HTML of one article page as Pagefind sees it. */
export function articleHtml(lexicon: Lexicon, article: Article, body: string): string {
	const text = markdownToPlainText(body);
	const paragraphs = text
		.split('\n')
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('\n');
	const date = article.date
		? `<time datetime="${article.date}" data-pagefind-meta="date[datetime]">${article.date}</time>`
		: '';
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head><body><main><article data-pagefind-body><div data-pagefind-ignore>
${article.kicker ? `<p>${escapeHtml(article.kicker)}</p>` : ''}<h1 data-pagefind-meta="title">${escapeHtml(article.title)}</h1>
${article.subtitle ? `<p>${escapeHtml(article.subtitle)}</p>` : ''}${date}
${article.dateline ? `<p>${escapeHtml(article.dateline)}</p>` : ''}
${paragraphs}
${article.captions.map((caption) => `<figure><figcaption>${escapeHtml(caption.text)}</figcaption></figure>`).join('')}
</div>
${searchBlockHtml(articleSearchData(lexicon, article, text))}
</article></main></body></html>`;
}
