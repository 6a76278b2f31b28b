import type { Article, Credit } from '../../schemas/article.ts';
import { formatChineseDate } from './dates.ts';

/** The newspaper's name as cited. */
export const newspaperName = '衡阳日报';

/** The archive's name as cited in the plain form. */
export const archiveName = '衡阳日报新闻注释档案';

/** What a citation reads of an article. */
export type CitableArticle = Pick<Article, 'title' | 'subtitle' | 'date' | 'credits'>;

/**
 * Roles that plan, coordinate or photograph rather than write: they are not authors.
 *
 * Why: a 通讯 prints ■策划/刘敏 统筹/陈羽唯 文/… 图/…; GB/T 7714 names the writers only.
 */
const nonAuthorRoles = new Set(['策划', '统筹', '图', '摄', '摄影']);

/** Whether a credit names a writer of the text (see nonAuthorRoles). */
export function isAuthorCredit(credit: Credit): boolean {
	if (credit.role !== null && nonAuthorRoles.has(credit.role)) return false;
	return credit.contribution !== '图';
}

/** The writers of an article in printed order, each once. */
export function citationAuthors(article: Pick<Article, 'credits'>): string[] {
	const names: string[] = [];
	for (const credit of article.credits) {
		if (isAuthorCredit(credit) && !names.includes(credit.name)) names.push(credit.name);
	}
	return names;
}

/** The title with its subtitle after a colon, the subtitle's leading dashes dropped. */
export function citationTitle(article: Pick<Article, 'title' | 'subtitle'>): string {
	const subtitle = article.subtitle?.replace(/^[—–-]+\s*/, '').trim();
	return subtitle ? `${article.title}：${subtitle}` : article.title;
}

/**
 * The GB/T 7714—2015 newspaper reference: `作者. 题名[N]. 报纸名, 出版日期.`, at most three
 * authors then `等`, no author part when none is credited.
 *
 * Why no 版次 (the page number in brackets after the date): the raw pages do not print it; and the
 * date is the one the article reports (see dateBasis), which may be a day before it was printed.
 */
export function gbt7714Citation(article: CitableArticle): string {
	const authors = citationAuthors(article);
	const authorPart =
		authors.length === 0
			? ''
			: `${authors.slice(0, 3).join(', ')}${authors.length > 3 ? ', 等' : ''}. `;
	const date = article.date ?? '出版日期不详';
	return `${authorPart}${citationTitle(article)}[N]. ${newspaperName}, ${date}.`;
}

/** The plain Chinese form: 周琪、唐兰荣：《题名》，《衡阳日报》2023年1月30日。档案名，永久链接 */
export function plainCitation(article: CitableArticle, permalink: string): string {
	const authors = citationAuthors(article);
	const authorPart = authors.length === 0 ? '' : `${authors.join('、')}：`;
	const date = article.date === null ? '（日期不详）' : formatChineseDate(article.date);
	return `${authorPart}《${citationTitle(article)}》，《${newspaperName}》${date}。${archiveName}，${permalink}`;
}
