import { getCollection } from 'astro:content';
import { loadFiguresSidecars } from '../content-records.ts';
import {
	type FigureArticle,
	type FigureRecord,
	figuresOfRegion,
	toFigureRecord,
	toFigureRecords,
} from '../../lib/site/figures-records.ts';

/**
 * Every figure of the archive as export records (see toFigureRecords), read from the `figures`
 * and `articles` collections. With the two below, the only code of the figure pages, data files
 * and FigureList includes that touches astro:content.
 */
export async function loadFigureRecords(): Promise<FigureRecord[]> {
	const [sidecars, articles] = await Promise.all([
		loadFiguresSidecars(),
		getCollection('articles'),
	]);
	return toFigureRecords(
		[...sidecars.values()].map((entry) => entry.data),
		articles.map((entry) => entry.data),
	);
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

/** The records whose figure is about the given region (a gazetteer name), newest article first. */
export async function loadRegionFigureRecords(region: string): Promise<FigureRecord[]> {
	return figuresOfRegion(await loadFigureRecords(), region);
}
