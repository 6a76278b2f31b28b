import type { ResultItem, SearchOutcome } from './engine.ts';
import { KIND_LABELS } from './suggest.ts';
import { FILTER_KEYS, FILTER_LABELS } from './url-state.ts';

/** How a terminal shows a highlighted match: ANSI bold/yellow on a TTY, 【】 brackets otherwise. */
export interface MarkStyle {
	readonly open: string;
	readonly close: string;
}

/** Brackets for plain output (pipes, files, tests). */
export const BRACKETS: MarkStyle = { open: '【', close: '】' };

/** ANSI reverse video for a terminal. */
export const ANSI: MarkStyle = { open: '\u001b[7m', close: '\u001b[27m' };

/** An excerpt's HTML as terminal text: <mark> becomes the style, entities are decoded. */
export function excerptToTerminal(html: string, style: MarkStyle): string {
	return html
		.replaceAll('<mark>', style.open)
		.replaceAll('</mark>', style.close)
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&amp;', '&');
}

/** One result: number, title, date, URL, then the excerpt indented. */
function formatItem(item: ResultItem, index: number, style: MarkStyle): string[] {
	return [
		`${index}. ${item.title}`,
		`   ${item.date ?? '日期不详'}  ${item.url}`,
		`   ${excerptToTerminal(item.excerpt.html, style)}`,
	];
}

/** A search outcome as the lines `npm run search` prints. */
export function formatOutcome(outcome: SearchOutcome, style: MarkStyle = BRACKETS): string[] {
	const lines: string[] = [];
	for (const entry of outcome.entries)
		lines.push(`${KIND_LABELS[entry.kind]}：${entry.term}（${entry.articles} 篇）${entry.url}`);
	const total = outcome.complete
		? `${outcome.total} 篇`
		: `至少 ${outcome.total} 篇（候选 ${outcome.candidates} 篇，未全部核对）`;
	lines.push(`找到 ${total}${outcome.state.sort === 'date' ? '，按日期排列' : '，按相关度排列'}`);
	const first = (outcome.state.page - 1) * outcome.pageSize;
	outcome.results.forEach((item, i) => lines.push(...formatItem(item, first + i + 1, style)));
	if (outcome.partial.length > 0) {
		lines.push(`没有文章包含全部字词；以下 ${outcome.partial.length} 篇包含其中一部分：`);
		outcome.partial.forEach((item, i) => lines.push(...formatItem(item, i + 1, style)));
	}
	return lines;
}

/** The filter counts as lines: 地区：珠晖区 2 · 衡阳市 2. */
export function formatCounts(outcome: SearchOutcome): string[] {
	return FILTER_KEYS.flatMap((key) => {
		const values = Object.entries(outcome.counts[key]).filter(([, count]) => count > 0);
		if (values.length === 0) return [];
		values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
		return [
			`${FILTER_LABELS[key]}：${values.map(([value, count]) => `${value} ${count}`).join(' · ')}`,
		];
	});
}
