import type { ArticleRecord } from './article-record.ts';
import { citationAuthors } from './citation.ts';
import { absoluteUrl } from './urls.ts';

/** One entry of the RSS and Atom feeds. */
export interface FeedEntry {
	readonly title: string;
	/** Absolute URL of the article page; also the Atom entry id. */
	readonly link: string;
	/** ISO date (YYYY-MM-DD) or null. */
	readonly date: string | null;
	/** Writers as credited, or none. */
	readonly authors: readonly string[];
	/** Kicker or subtitle, then the first paragraph, shortened. */
	readonly summary: string;
	/** Genre, regions and slogans, for RSS categories and Atom categories. */
	readonly categories: readonly string[];
}

/** The metadata of a whole feed. */
export interface FeedInfo {
	readonly title: string;
	readonly description: string;
	/** Absolute URL of the home page. */
	readonly siteUrl: string;
	/** Absolute URL of the feed itself. */
	readonly selfUrl: string;
}

/** Longest summary, in characters; longer ones end in …. */
/**
 * How many articles the feeds carry: the newest, as a feed reader expects.
 *
 * Why not every article: at 100,000 articles each feed was about 100 MB, fetched again by every
 * reader at every poll; the whole archive is in data/articles.json and the sitemap.
 */
export const feedLength = 50;

/** The records a feed carries: the first feedLength of records ordered newest first. */
export function feedRecords<T>(newestFirst: readonly T[]): T[] {
	return newestFirst.slice(0, feedLength);
}

export const summaryLength = 140;

/** A text shortened to `length` characters (code points), with … when cut. */
export function shorten(text: string, length: number): string {
	const characters = Array.from(text);
	return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}

/** The feed entry of one exported article record, newest-first order kept by the caller. */
export function toFeedEntry(record: ArticleRecord, site: URL | string): FeedEntry {
	const firstParagraph = record.text.split('\n')[0] ?? '';
	const lead = [record.kicker, record.subtitle].filter((part): part is string => part !== null);
	return {
		title: record.title,
		link: absoluteUrl(site, record.url),
		date: record.date,
		authors: citationAuthors(record),
		summary: shorten([...lead, firstParagraph].join(' '), summaryLength),
		categories: [
			...(record.genre === null ? [] : [record.genre]),
			...record.regions,
			...record.slogans,
		],
	};
}

/**
 * A date as an RFC 3339 time at midnight in China (UTC+8), for Atom; the paper's dates are
 * Beijing dates, not UTC ones.
 */
export function atomTime(isoDate: string): string {
	return `${isoDate}T00:00:00+08:00`;
}

/** The date a feed was last updated: its newest entry's date, so the file only changes with the content. */
export function feedUpdated(entries: readonly FeedEntry[]): string {
	const dates = entries.map((entry) => entry.date).filter((date): date is string => date !== null);
	return dates.sort().at(-1) ?? '1970-01-01';
}

/** Text with the five XML special characters escaped, for element content and attributes. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/**
 * The Atom 1.0 document of a feed. An undated entry takes the feed's updated date (Atom requires
 * one) and no published date; an entry without a credited writer is by the newspaper.
 */
export function atomFeed(info: FeedInfo, entries: readonly FeedEntry[]): string {
	const updated = atomTime(feedUpdated(entries));
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
		`\t<title>${escapeXml(info.title)}</title>`,
		`\t<subtitle>${escapeXml(info.description)}</subtitle>`,
		`\t<id>${escapeXml(info.siteUrl)}</id>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(info.siteUrl)}"/>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(info.selfUrl)}"/>`,
		`\t<updated>${updated}</updated>`,
	];
	for (const entry of entries) {
		const authors = entry.authors.length === 0 ? ['衡阳日报'] : entry.authors;
		lines.push(
			'\t<entry>',
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<id>${escapeXml(entry.link)}</id>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
			`\t\t<updated>${entry.date === null ? updated : atomTime(entry.date)}</updated>`,
			...(entry.date === null ? [] : [`\t\t<published>${atomTime(entry.date)}</published>`]),
			...authors.map((name) => `\t\t<author><name>${escapeXml(name)}</name></author>`),
			...entry.categories.map((term) => `\t\t<category term="${escapeXml(term)}"/>`),
			`\t\t<summary>${escapeXml(entry.summary)}</summary>`,
			'\t</entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
