import { pagedUrl } from './pagination.ts';

/** Site-relative URL of an article page; ends in a slash to match `trailingSlash: 'always'`. */
export function articleUrl(id: string): string {
	return `/articles/${id}/`;
}

/** Site-relative URL of the home page. */
export const homeUrl = '/';

/** Site-relative URL of the machine-readable article list written by src/pages/data/articles.json.ts. */
export const articlesJsonUrl = '/data/articles.json';

/** Site-relative URL of the machine-readable region list written by src/pages/data/regions.json.ts. */
export const regionsJsonUrl = '/data/regions.json';

/** Site-relative URL of the RSS 2.0 feed. */
export const rssUrl = '/rss.xml';

/** Site-relative URL of the Atom feed. */
export const atomUrl = '/atom.xml';

/** Site-relative URL of the list of raw pages. */
export const pagesIndexUrl = '/pages/';

/**
 * Site-relative URL of one raw page as printed, from its file name or stem
 * (003_aac00d1867b0bacf.txt and 003_aac00d1867b0bacf both give /pages/003_aac00d1867b0bacf/).
 */
export function pageUrl(file: string): string {
	return `/pages/${file.replace(/\.txt$/, '')}/`;
}

/** Id of the element of a raw line on its page view: L12 (the line's first block). */
export function lineAnchor(line: number): string {
	return `L${line}`;
}

/** Site-relative URL of one raw line on its page view, e.g. /pages/003_aac00d1867b0bacf/#L47. */
export function pageLineUrl(file: string, line: number): string {
	return `${pageUrl(file)}#${lineAnchor(line)}`;
}

/** Site-relative URL of the region index (the schematic map). */
export const regionsIndexUrl = '/regions/';

/** Site-relative URL of one region's page, by its gazetteer slug. */
export function regionUrl(slug: string): string {
	return `/regions/${slug}/`;
}

/**
 * Site-relative URL of the first page of one of a region's long lists (articles, mentions, people,
 * figures): /regions/hengyang/articles/.
 */
export function regionListUrl(slug: string, list: string): string {
	return `/regions/${slug}/${list}/`;
}

/** Site-relative URL of the date index. */
export const datesIndexUrl = '/dates/';

/** Two digits for a month or day: 1 → 01. */
function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** Site-relative URL of one year of the date index, e.g. /dates/2023/. */
export function yearUrl(year: number): string {
	return `/dates/${year}/`;
}

/** Site-relative URL of one month, e.g. /dates/2023/01/. */
export function monthUrl(year: number, month: number): string {
	return `/dates/${year}/${twoDigits(month)}/`;
}

/** Site-relative URL of one day, e.g. /dates/2023/01/30/. */
export function dayUrl(year: number, month: number, day: number): string {
	return `/dates/${year}/${twoDigits(month)}/${twoDigits(day)}/`;
}

/** Id of a day's heading on its month page: day-30. */
export function dayAnchor(day: number): string {
	return `day-${day}`;
}

/** Site-relative URL of a day's heading on its month page, e.g. /dates/2023/01/#day-30. */
export function dayInMonthUrl(year: number, month: number, day: number): string {
	return `${monthUrl(year, month)}#${dayAnchor(day)}`;
}

/** Site-relative URL of the list of credited reporters and units. */
export const peopleIndexUrl = '/people/';

/** Site-relative URL of one credited reporter or unit, by ASCII slug. */
export function personUrl(slug: string): string {
	return `/people/${slug}/`;
}

/** Id of a name's entry in the people index: name-li-ming. */
export function personAnchor(slug: string): string {
	return `name-${slug}`;
}

/**
 * Site-relative URL of a name's entry in the people index, on the index's page `page` (1-based):
 * /people/#name-li-ming, /people/page/3/#name-li-ming.
 */
export function personInIndexUrl(slug: string, page = 1): string {
	return `${pagedUrl(peopleIndexUrl, page)}#${personAnchor(slug)}`;
}

/** Site-relative URL of the genre index. */
export const genresIndexUrl = '/genres/';

/** Site-relative URL of one genre, by ASCII slug. */
export function genreUrl(slug: string): string {
	return `/genres/${slug}/`;
}

/** Site-relative URL of the glossary of slogans (built by the glossary pages, not by this module). */
export const glossaryIndexUrl = '/glossary/';

/** An absolute URL on the site: the site origin (astro.config `site`) joined with a site-relative path. */
export function absoluteUrl(site: URL | string, path: string): string {
	return new URL(path, site).href;
}
