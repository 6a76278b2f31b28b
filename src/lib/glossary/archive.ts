import type { Article } from '../../schemas/article.ts';

/** What the glossary needs of an article: its headline, date, regions, slogans and Markdown body. */
export interface ArchiveArticle {
	id: string;
	title: string;
	kicker?: string | undefined;
	subtitle?: string | undefined;
	/** ISO date or null when undated. */
	date: string | null;
	/** Canonical region names, primary region first. */
	regions: string[];
	/** Slogans as printed, from the frontmatter. */
	slogans: string[];
	/** The Markdown body as written by the ingest. */
	body: string;
	/** The photo captions' text (a formula printed only under a photo is still the archive's). */
	captions?: string[] | undefined;
}

/** An article's frontmatter and body as the glossary reads them. */
export function toArchiveArticle(data: Article, body: string): ArchiveArticle {
	return {
		id: data.id,
		title: data.title,
		kicker: data.kicker,
		subtitle: data.subtitle,
		date: data.date,
		regions: data.regions,
		slogans: data.slogans,
		body,
		captions: data.captions.map((caption) => caption.text),
	};
}

/** Articles oldest first; undated ones last; ties by id, so every list built from them is stable. */
export function sortOldestFirst<T extends { id: string; date: string | null }>(
	articles: readonly T[],
): T[] {
	return [...articles].sort((a, b) => {
		if (a.date !== b.date) {
			if (a.date === null) return 1;
			if (b.date === null) return -1;
			return a.date < b.date ? -1 : 1;
		}
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	});
}
