import { getCollection } from 'astro:content';
import { loadFiguresSidecars } from '../content-records.ts';
import {
	type FigureArticle,
	type FigureRecord,
	toFigureRecord,
	toFigureRecords,
} from '../../lib/site/figures-records.ts';

let cached: Promise<readonly FigureRecord[]> | undefined;

/**
 * Every figure of the archive as export records (see toFigureRecords), read from the `figures`
 * and `articles` collections once per build (the figures page, its list pages, the region pages,
 * the file plan and the data files all read them). With the one below, the only code of the
 * figure pages, data files and FigureList includes that touches astro:content.
 */
export function loadFigureRecords(): Promise<readonly FigureRecord[]> {
	cached ??= Promise.all([loadFiguresSidecars(), getCollection('articles')]).then(
		([sidecars, articles]) =>
			toFigureRecords(
				[...sidecars.values()].map((entry) => entry.data),
				articles.map((entry) => entry.data),
			),
	);
	return cached;
}

/**
 * The records of one article, in reading order, from its own sidecar (none when it has none).
 *
 * Why not loadFigureRecords filtered: every article page would join every sidecar, which grows
 * with the square of the archive; content/figures/<id>.json has the article's id as its entry id.
 */
export async function loadArticleFigureRecords(article: FigureArticle): Promise<FigureRecord[]> {
	const sidecar = (await loadFiguresSidecars()).get(article.id);
	return (sidecar?.data.figures ?? []).map((figure) => toFigureRecord(article, figure));
}
