import type { Article, Genre } from '../../schemas/article.ts';
import { sortNewestFirst } from './article-order.ts';
import { genreUrl } from './urls.ts';

/** What the genre helpers read of an article. */
export type GenredArticle = Pick<Article, 'id' | 'date' | 'genre'>;

/** One genre, or the group of articles whose genre the page did not tell. */
export interface GenreGroup<T> {
	/** null for articles without a genre. */
	readonly genre: Genre | null;
	readonly label: string;
	readonly slug: string;
	readonly url: string;
	/** Newest first. */
	readonly articles: readonly T[];
}

/** Genres in the order the index lists them, with their ASCII slugs (pinyin). */
export const genreSlugs: Readonly<Record<Genre, string>> = {
	消息: 'xiaoxi',
	通讯: 'tongxun',
	评论: 'pinglun',
	图片: 'tupian',
};

/** Slug and label of the group of articles without a genre (a continuation from another page). */
export const unknownGenre = { slug: 'buxiang', label: '体裁不详' } as const;

/** The label and link of an article's genre (or of 体裁不详). */
export function genreLink(genre: Genre | null): { label: string; url: string } {
	return genre === null
		? { label: unknownGenre.label, url: genreUrl(unknownGenre.slug) }
		: { label: genre, url: genreUrl(genreSlugs[genre]) };
}

/**
 * Every genre in index order with its articles (a genre no article has is listed, empty), then
 * the articles without a genre when there are any.
 */
export function groupByGenre<T extends GenredArticle>(articles: readonly T[]): GenreGroup<T>[] {
	const groups: GenreGroup<T>[] = (Object.keys(genreSlugs) as Genre[]).map((genre) => ({
		genre,
		label: genre,
		slug: genreSlugs[genre],
		url: genreUrl(genreSlugs[genre]),
		articles: sortNewestFirst(articles.filter((article) => article.genre === genre)),
	}));
	const unknown = sortNewestFirst(articles.filter((article) => article.genre === null));
	if (unknown.length > 0) {
		groups.push({
			genre: null,
			label: unknownGenre.label,
			slug: unknownGenre.slug,
			url: genreUrl(unknownGenre.slug),
			articles: unknown,
		});
	}
	return groups;
}
