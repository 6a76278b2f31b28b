import { regionMentions } from '../gazetteer.ts';

/**
 * The region a figure is about: the gazetteer place named nearest before the number in its sentence,
 * else the article's primary region, else null. A short form (衡阳, 我市, 珠晖) counts only inside the
 * figure's own semicolon-separated item; a full name (蒸湘区) counts anywhere before it in the sentence.
 */
export function inferRegion(
	sentenceBefore: string,
	articleRegions: readonly string[],
): string | null {
	// Why: 衡阳幼高专校门周边改造…；2022年度7个老旧小区主体改造项目 — the school's 衡阳 is not the subject.
	const itemStart = Math.max(sentenceBefore.lastIndexOf('；'), sentenceBefore.lastIndexOf(';')) + 1;
	const mention = regionMentions(sentenceBefore)
		.filter((m) => m.full || m.index >= itemStart)
		.at(-1);
	return mention?.region.name ?? articleRegions[0] ?? null;
}
