import { articleUrl, glossaryIndexUrl, regionUrl } from '../site/urls.ts';

/** Re-exported so the glossary's URLs come from one module; defined with the site's other URLs. */
export { glossaryIndexUrl, regionUrl };

/** Site-relative URL of one glossary entry's page. */
export function glossaryUrl(slug: string): string {
	return `/glossary/${slug}/`;
}

/** Site-relative URL of the first page of a slogan's uses, when they are more than one page. */
export function glossaryUsesUrl(slug: string): string {
	return `/glossary/${slug}/uses/`;
}

/** The id a body paragraph carries on its article page (1-based, in document order): p-1, p-2 … */
export function paragraphId(paragraph: number): string {
	return `p-${String(paragraph)}`;
}

/** Site-relative URL of an article, or of one of its paragraphs when `paragraph` is given. */
export function articleParagraphUrl(articleId: string, paragraph?: number | null): string {
	const page = articleUrl(articleId);
	return paragraph === undefined || paragraph === null ? page : `${page}#${paragraphId(paragraph)}`;
}

/** Site-relative URL of the glossary as data (src/pages/data/glossary.json.ts). */
export const glossaryJsonUrl = '/data/glossary.json';

/** Site-relative URL of the concordance as CSV (src/pages/data/concordance.csv.ts). */
export const concordanceCsvUrl = '/data/concordance.csv';

/** The id of the photo captions' heading on an article page (the link target of a caption's occurrence). */
export const captionsId = 'captions-heading';

/** Site-relative URL of where an occurrence stands: its paragraph, its article's captions, or its article. */
export function occurrenceUrl(occurrence: {
	readonly articleId: string;
	readonly block: string;
	readonly paragraph: number | null;
}): string {
	return occurrence.block === 'caption'
		? `${articleParagraphUrl(occurrence.articleId)}#${captionsId}`
		: articleParagraphUrl(occurrence.articleId, occurrence.paragraph);
}
