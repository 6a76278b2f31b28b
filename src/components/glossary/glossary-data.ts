import { getCollection } from 'astro:content';
import { toArchiveArticle } from '../../lib/glossary/archive.ts';
import { assertSlogansResolve } from '../../lib/glossary/check.ts';
import { type GlossaryEntry, toGlossaryEntry } from '../../lib/glossary/glossary.ts';
import { buildGlossary, type GlossaryEntryModel } from '../../lib/glossary/model.ts';

/** The glossary entries of the `glossary` collection, slugs and readings worked out. */
export async function loadGlossaryEntries(): Promise<GlossaryEntry[]> {
	return (await getCollection('glossary')).map((entry) => toGlossaryEntry(entry.id, entry.data));
}

/**
 * The whole glossary, built from the `glossary` and `articles` collections.
 *
 * Why the check lives here: every glossary page and data file is built through this function, so a
 * slogan in content/articles/ without an entry fails `astro build` with the file to add.
 */
export async function loadGlossary(): Promise<GlossaryEntryModel[]> {
	const entries = await loadGlossaryEntries();
	const articles = (await getCollection('articles')).map((entry) =>
		toArchiveArticle(entry.data, entry.body ?? ''),
	);
	assertSlogansResolve(articles, entries);
	return buildGlossary(entries, articles);
}
