import type { Article, Doubt } from '../../schemas/article.ts';
import { type CreditGroup, groupCreditsByRole } from './credits.ts';
import { describeDateBasis, formatChineseDate } from './dates.ts';
import { genreLink } from './genres.ts';
import { type RegionLink, regionLink } from './regions.ts';
import { articleUrl, pageLineUrl, pageUrl } from './urls.ts';

/** One line of an article list. */
export interface ArticleSummary {
	readonly id: string;
	readonly url: string;
	readonly title: string;
	readonly kicker: string | null;
	/** ISO date for `<time datetime>`, or null. */
	readonly date: string | null;
	/** The date as printed in Chinese, or 日期不详. */
	readonly dateLabel: string;
	readonly regions: readonly string[];
}

/** One ingest doubt, ready to print. */
export interface DoubtView {
	readonly line: number;
	readonly kindLabel: string;
	readonly note: string;
	/** The raw line on the page view, where a reader can check it. */
	readonly lineUrl: string;
}

/** One person named with a post. */
export interface PersonView {
	readonly name: string;
	readonly post: string;
}

/** One photo caption (the archive has no images). */
export interface CaptionView {
	readonly text: string;
	readonly credit: string | null;
	/** The caption's raw line on the page view. */
	readonly lineUrl: string;
}

/** Everything an article page prints besides the body and the lists of other articles. */
export interface ArticleView extends ArticleSummary {
	readonly subtitle: string | null;
	/** Column banner (栏目) printed over the story. */
	readonly column: string | null;
	/** The byline as printed, kept whole. */
	readonly byline: string | null;
	readonly dateline: string | null;
	/** Whether the date was worked out rather than printed in full (shown with a note). */
	readonly dateInferred: boolean;
	/** How the date was arrived at, with the evidence. */
	readonly dateBasisLabel: string;
	readonly genre: string | null;
	readonly genreLink: { readonly label: string; readonly url: string };
	readonly regionLinks: readonly RegionLink[];
	readonly creditGroups: readonly CreditGroup[];
	readonly people: readonly PersonView[];
	readonly slogans: readonly string[];
	readonly captions: readonly CaptionView[];
	/** Raw file and lines, e.g. 000_72aa891a18cfbd1b.txt 第3–136行（本版第1篇）. */
	readonly sourceLabel: string;
	readonly sourceFile: string;
	/** The raw page as printed, at the article's first line. */
	readonly sourceUrl: string;
	/** The raw page as printed. */
	readonly pageUrl: string;
	readonly doubts: readonly DoubtView[];
}

const doubtKindLabels: Record<Doubt['kind'], string> = {
	order: '段落顺序',
	repeated: '重复文字',
	truncated: '文字不全',
	continuation: '转版续文',
	'title-placement': '标题位置',
	'caption-placement': '图片说明位置',
	'body-placement': '正文位置',
};

/** Each article's summary, made once (see toArticleSummary). */
const summaries = new WeakMap<Article, ArticleSummary>();

/**
 * The list line for one article: one frozen object per article object, whichever page asks.
 *
 * Why one: an article is listed on about 25 pages (its neighbours, its regions, names, genre,
 * day); at 100,000 articles a summary for each listing filled the build's heap, and the page
 * cache writes a frozen object's key text once (stableJson).
 */
export function toArticleSummary(article: Article): ArticleSummary {
	let summary = summaries.get(article);
	if (summary === undefined) {
		summary = Object.freeze({
			id: article.id,
			url: articleUrl(article.id),
			title: article.title,
			kicker: article.kicker ?? null,
			date: article.date,
			dateLabel: formatChineseDate(article.date),
			regions: Object.freeze([...article.regions]),
		});
		summaries.set(article, summary);
	}
	return summary;
}

/** Where an article came from, for readers: file, lines and position on the page. */
export function formatSource(source: Article['source']): string {
	const [first, last] = source.lines;
	const lines = first === last ? `第${first}行` : `第${first}–${last}行`;
	return `${source.file} ${lines}（本版第${source.part}篇）`;
}

/** The data an article page renders around its body. */
export function toArticleView(article: Article): ArticleView {
	const { file } = article.source;
	return {
		...toArticleSummary(article),
		subtitle: article.subtitle ?? null,
		column: article.column ?? null,
		byline: article.byline ?? null,
		dateline: article.dateline ?? null,
		dateInferred: article.dateBasis.method !== 'full-date',
		dateBasisLabel: describeDateBasis(article.dateBasis),
		genre: article.genre,
		genreLink: genreLink(article.genre),
		regionLinks: article.regions.map(regionLink),
		creditGroups: groupCreditsByRole(article.credits),
		people: article.people.map((person) => ({ name: person.name, post: person.post })),
		slogans: article.slogans,
		captions: article.captions.map((caption) => ({
			text: caption.text,
			credit: caption.credit ?? null,
			lineUrl: pageLineUrl(file, caption.line),
		})),
		sourceLabel: formatSource(article.source),
		sourceFile: file,
		sourceUrl: pageLineUrl(file, article.source.lines[0]),
		pageUrl: pageUrl(file),
		doubts: article.doubts.map((doubt) => ({
			line: doubt.line,
			kindLabel: doubtKindLabels[doubt.kind],
			note: doubt.note,
			lineUrl: pageLineUrl(file, doubt.line),
		})),
	};
}
