import type { Block, BlockKind, PageRecord } from '../../schemas/page.ts';
import { fileStem } from './entry-id.ts';
import { articleUrl, lineAnchor, pageUrl } from './urls.ts';

/** What the page view needs to know of each article: its title and its date. */
export interface PageArticle {
	readonly id: string;
	readonly title: string;
	readonly date: string | null;
}

/** One block of a raw page, ready to print. */
export interface BlockView {
	/** Element id: L12 for a line's first block, L12-23 for a block starting at column 23. */
	readonly anchor: string;
	readonly line: number;
	readonly column: number;
	readonly kind: BlockKind;
	readonly kindLabel: string;
	readonly text: string;
}

/** A run of consecutive blocks that went to the same article (or to none: page furniture). */
export interface PageSegment {
	/** null for furniture (page furniture belongs to no article). */
	readonly article: {
		readonly id: string;
		readonly title: string;
		readonly url: string;
		/** 1-based order of the article on this page: ties its segments together. */
		readonly number: number;
	} | null;
	/** Whether an earlier segment already belonged to the same article (a story continued). */
	readonly continued: boolean;
	readonly blocks: readonly BlockView[];
}

/** One line of the list of raw pages. */
export interface PageSummary {
	readonly stem: string;
	readonly file: string;
	readonly url: string;
	readonly encoding: string;
	readonly blockCount: number;
	readonly furnitureCount: number;
	/** The page's articles, in the order they begin on it. */
	readonly articles: readonly {
		readonly id: string;
		readonly title: string;
		readonly url: string;
	}[];
	/** Earliest and latest article dates on the page, or null when none is dated. */
	readonly dateRange: readonly [string, string] | null;
}

/** What each kind of block is called in Chinese newspaper terms. */
export const blockKindLabels: Readonly<Record<BlockKind, string>> = {
	title: '主题',
	kicker: '引题',
	subtitle: '副题',
	byline: '署名',
	dateline: '电头',
	heading: '小标题',
	paragraph: '正文',
	caption: '图片说明',
	credit: '图片署名',
	continuation: '转版',
	furniture: '版面杂项',
	banner: '栏目',
};

/** The element id of a block: the line's first block gets L<line>, any later one L<line>-<column>. */
export function blockAnchor(block: Pick<Block, 'line' | 'column'>, firstOnLine: boolean): string {
	return firstOnLine ? lineAnchor(block.line) : `${lineAnchor(block.line)}-${block.column}`;
}

/**
 * The blocks of a raw page in printed order, cut into runs that share an article, so the page
 * view can outline each article's blocks and grey the furniture.
 */
export function toPageSegments(
	record: Pick<PageRecord, 'blocks' | 'articles'>,
	articles: ReadonlyMap<string, PageArticle>,
): PageSegment[] {
	const segments: { article: PageSegment['article']; continued: boolean; blocks: BlockView[] }[] =
		[];
	const seenLines = new Set<number>();
	const seenArticles = new Set<string>();
	let current: (typeof segments)[number] | undefined;
	let currentId: string | null | undefined;
	for (const block of record.blocks) {
		const firstOnLine = !seenLines.has(block.line);
		seenLines.add(block.line);
		const view: BlockView = {
			anchor: blockAnchor(block, firstOnLine),
			line: block.line,
			column: block.column,
			kind: block.kind,
			kindLabel: blockKindLabels[block.kind],
			text: block.text,
		};
		if (current === undefined || block.article !== currentId) {
			currentId = block.article;
			let article: PageSegment['article'] = null;
			let continued = false;
			if (block.article !== null) {
				const found = articles.get(block.article);
				const index = record.articles.indexOf(block.article);
				article = {
					id: block.article,
					title: found?.title ?? block.article,
					url: articleUrl(block.article),
					number: index === -1 ? record.articles.length + 1 : index + 1,
				};
				continued = seenArticles.has(block.article);
				seenArticles.add(block.article);
			}
			current = { article, continued, blocks: [] };
			segments.push(current);
		}
		current.blocks.push(view);
	}
	return segments;
}

/** The line of the raw-page list for one page record. */
export function toPageSummary(
	record: PageRecord,
	articles: ReadonlyMap<string, PageArticle>,
): PageSummary {
	const pageArticles = record.articles.map((id) => ({
		id,
		title: articles.get(id)?.title ?? id,
		url: articleUrl(id),
	}));
	const dates = record.articles
		.map((id) => articles.get(id)?.date ?? null)
		.filter((date): date is string => date !== null)
		.sort();
	const first = dates[0];
	const last = dates.at(-1);
	return {
		stem: fileStem(record.file),
		file: record.file,
		url: pageUrl(record.file),
		encoding: record.encoding,
		blockCount: record.blocks.length,
		furnitureCount: record.blocks.filter((block) => block.kind === 'furniture').length,
		articles: pageArticles,
		dateRange: first !== undefined && last !== undefined ? [first, last] : null,
	};
}
