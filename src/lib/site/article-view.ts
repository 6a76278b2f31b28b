import type { Article, Doubt } from '../../schemas/article.ts';
import { type CreditGroup, groupCreditsByRole } from './credits.ts';
import { describeDateBasis, formatChineseDate } from './dates.ts';
import { articleUrl } from './urls.ts';

/** One line of the home page's article list. */
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
}

/** Everything an article page prints besides the body. */
export interface ArticleView extends ArticleSummary {
	readonly subtitle: string | null;
	readonly dateline: string | null;
	/** How the date was arrived at, with the evidence (for a `<small>` after the date). */
	readonly dateBasisLabel: string;
	readonly genre: string | null;
	readonly creditGroups: readonly CreditGroup[];
	/** Post then name, e.g. 区委书记 魏中发. */
	readonly people: readonly string[];
	readonly captions: readonly {
		readonly text: string;
		readonly credit: string | null;
	}[];
	/** Raw file and lines, e.g. 000_72aa891a18cfbd1b.txt 第3–136行（本版第1篇）. */
	readonly sourceLabel: string;
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

/** The home page's line for one article. */
export function toArticleSummary(article: Article): ArticleSummary {
	return {
		id: article.id,
		url: articleUrl(article.id),
		title: article.title,
		kicker: article.kicker ?? null,
		date: article.date,
		dateLabel: formatChineseDate(article.date),
		regions: article.regions,
	};
}

/** Where an article came from, for readers: file, lines and position on the page. */
export function formatSource(source: Article['source']): string {
	const [first, last] = source.lines;
	const lines = first === last ? `第${first}行` : `第${first}–${last}行`;
	return `${source.file} ${lines}（本版第${source.part}篇）`;
}

/** The data an article page renders around its body. */
export function toArticleView(article: Article): ArticleView {
	return {
		...toArticleSummary(article),
		subtitle: article.subtitle ?? null,
		dateline: article.dateline ?? null,
		dateBasisLabel: describeDateBasis(article.dateBasis),
		genre: article.genre,
		creditGroups: groupCreditsByRole(article.credits),
		people: article.people.map((person) => `${person.post} ${person.name}`),
		captions: article.captions.map((caption) => ({
			text: caption.text,
			credit: caption.credit ?? null,
		})),
		sourceLabel: formatSource(article.source),
		doubts: article.doubts.map((doubt) => ({
			line: doubt.line,
			kindLabel: doubtKindLabels[doubt.kind],
			note: doubt.note,
		})),
	};
}
