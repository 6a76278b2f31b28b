import { compareNewestFirst } from './article-order.ts';
import { cityRegionName } from './regions.ts';
import {
	type Neighbours,
	RELATED_WINDOW,
	type RelatableArticle,
	type Relation,
	relation,
} from './related.ts';

/** What an article page shows of the rest of the archive. */
export interface Neighbourhood<T> extends Neighbours<T> {
	/** The other articles of the same raw page, in page order (as samePageArticles). */
	readonly samePage: readonly T[];
	/** The most related articles, best first (as relatedArticles). */
	readonly related: readonly Relation<T>[];
}

/** The index of the first element of an ascending list that is ≥ `value`. */
function lowerBound(list: readonly number[], value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((list[middle] ?? Infinity) < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** Appends a position to the list kept under a key. */
function post(map: Map<string, number[]>, key: string, position: number): void {
	const list = map.get(key);
	if (list) list.push(position);
	else map.set(key, [position]);
}

/**
 * For every article, in one pass over the archive, what its page shows of the others: the
 * neighbours by date, the other articles of its raw page and its related articles — the same
 * results as neighboursByDate, samePageArticles and relatedArticles give for each article alone.
 *
 * Why not those three per page: each reads the whole archive, so rendering every page cost the
 * square of the archive (65 ms a page at 3,000 articles, 200 ms at 10,000). Here related
 * articles come from posting lists (slogan → articles, region → articles), read only within the
 * article's window (RELATED_WINDOW), so the work grows with the archive, not with its square.
 */
export function articleNeighbourhoods<T extends RelatableArticle>(
	articles: readonly T[],
	limit = 5,
	window = RELATED_WINDOW,
): Map<string, Neighbourhood<T>> {
	const ordered = [...articles].sort(compareNewestFirst);
	const bySlogan = new Map<string, number[]>();
	const byRegion = new Map<string, number[]>();
	const byPrimary = new Map<string, number[]>();
	const byFile = new Map<string, T[]>();
	ordered.forEach((article, position) => {
		for (const slogan of new Set(article.slogans)) post(bySlogan, slogan, position);
		for (const region of new Set(article.regions))
			if (region !== cityRegionName) post(byRegion, region, position);
		const primary = article.regions[0];
		if (primary !== undefined && primary !== cityRegionName) post(byPrimary, primary, position);
		const page = byFile.get(article.source.file);
		if (page) page.push(article);
		else byFile.set(article.source.file, [article]);
	});
	for (const page of byFile.values()) page.sort((a, b) => a.source.part - b.source.part);

	// Scores of the articles against the one being ranked, by position; `touched` lists the
	// positions to read and reset. Why summed over posting lists: relation() for every candidate
	// was most of the build at 10,000 articles. The sums are relation()'s score: 2 per shared
	// slogan (each once), 1 per listed region other articles name, 1 for the same main region.
	const scores = new Int32Array(ordered.length);
	const touched: number[] = [];

	// Positions of the best `limit + 1` articles within the window around `position`: one more
	// than shown, as the article itself is among them when it scores above zero.
	const ranking = (of: T, position: number): number[] => {
		const low = position - window;
		const high = position + window;
		const add = (positions: readonly number[] | undefined, weight: number): void => {
			if (!positions) return;
			for (let i = lowerBound(positions, low); i < positions.length; i++) {
				const at = positions[i] ?? Infinity;
				if (at > high) break;
				if (scores[at] === 0) touched.push(at);
				scores[at] = (scores[at] ?? 0) + weight;
			}
		};
		for (const slogan of new Set(of.slogans)) add(bySlogan.get(slogan), 2);
		for (const region of of.regions) if (region !== cityRegionName) add(byRegion.get(region), 1);
		const primary = of.regions[0];
		if (primary !== undefined && primary !== cityRegionName) add(byPrimary.get(primary), 1);
		const best: { at: number; score: number }[] = [];
		for (const at of touched) {
			const score = scores[at] ?? 0;
			scores[at] = 0;
			// Best first; ties by position, which is newest first (compareNewestFirst).
			let slot = best.length;
			while (slot > 0) {
				const above = best[slot - 1];
				if (above === undefined || above.score > score || (above.score === score && above.at < at))
					break;
				slot--;
			}
			if (slot <= limit) {
				best.splice(slot, 0, { at, score });
				if (best.length > limit + 1) best.pop();
			}
		}
		touched.length = 0;
		return best.map((entry) => entry.at);
	};

	const neighbourhoods = new Map<string, Neighbourhood<T>>();
	ordered.forEach((article, position) => {
		const related = ranking(article, position)
			.filter((at) => at !== position)
			.slice(0, limit)
			.flatMap((at) => {
				const other = ordered[at];
				return other === undefined ? [] : [relation(article, other)];
			});
		neighbourhoods.set(article.id, {
			previous: ordered[position + 1] ?? null,
			next: ordered[position - 1] ?? null,
			samePage: (byFile.get(article.source.file) ?? []).filter((other) => other.id !== article.id),
			related,
		});
	});
	return neighbourhoods;
}

/** A neighbourhood with every article in it replaced by what `view` keeps of it (e.g. a summary). */
export function mapNeighbourhood<T, U>(
	neighbourhood: Neighbourhood<T>,
	view: (article: T) => U,
): Neighbourhood<U> {
	return {
		previous: neighbourhood.previous === null ? null : view(neighbourhood.previous),
		next: neighbourhood.next === null ? null : view(neighbourhood.next),
		samePage: neighbourhood.samePage.map(view),
		related: neighbourhood.related.map((relation) => ({
			...relation,
			article: view(relation.article),
		})),
	};
}
