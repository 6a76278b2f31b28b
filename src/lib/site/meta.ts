import type { Article } from '../../schemas/article.ts';
import { citationAuthors, isAuthorCredit, newspaperName } from './citation.ts';

/** One `<meta>` element: `name` (Dublin Core) or `property` (Open Graph), and its content. */
export type MetaTag =
	| { readonly name: string; readonly content: string }
	| { readonly property: string; readonly content: string };

/** The site's name in `og:site_name` and the document title. */
export const siteName = '衡阳日报新闻注释档案';

/** What the article meta tags read of an article. */
export type MetaArticle = Pick<
	Article,
	'title' | 'date' | 'genre' | 'regions' | 'slogans' | 'credits' | 'source'
>;

/**
 * Open Graph and Dublin Core (DC.*, with `<link rel="schema.DC">` in the head) tags for an
 * article page. Authors are DC.creator, planners and photographers DC.contributor; DC.source
 * names the newspaper and the raw file the text was taken from.
 */
export function articleMetaTags(
	article: MetaArticle,
	permalink: string,
	description: string,
): MetaTag[] {
	const tags: MetaTag[] = [
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: article.title },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: permalink },
		{ property: 'og:site_name', content: siteName },
		{ property: 'og:locale', content: 'zh_CN' },
	];
	if (article.date !== null)
		tags.push({ property: 'article:published_time', content: article.date });
	if (article.genre !== null) tags.push({ property: 'article:section', content: article.genre });
	for (const tag of [...article.regions, ...article.slogans]) {
		tags.push({ property: 'article:tag', content: tag });
	}

	tags.push({ name: 'DC.title', content: article.title });
	const creators = citationAuthors(article);
	for (const creator of creators) tags.push({ name: 'DC.creator', content: creator });
	const contributors = article.credits
		.filter((credit) => !isAuthorCredit(credit))
		.map((credit) => credit.name)
		.filter((name, index, names) => names.indexOf(name) === index && !creators.includes(name));
	for (const contributor of contributors) {
		tags.push({ name: 'DC.contributor', content: contributor });
	}
	if (article.date !== null) tags.push({ name: 'DC.date', content: article.date });
	tags.push(
		{ name: 'DC.type', content: 'Text' },
		{ name: 'DC.format', content: 'text/html' },
		{ name: 'DC.language', content: 'zh-CN' },
		{ name: 'DC.identifier', content: permalink },
		{ name: 'DC.source', content: `《${newspaperName}》版面文字 ${article.source.file}` },
		{ name: 'DC.publisher', content: siteName },
	);
	for (const subject of article.slogans) tags.push({ name: 'DC.subject', content: subject });
	for (const place of article.regions) tags.push({ name: 'DC.coverage', content: place });
	return tags;
}
