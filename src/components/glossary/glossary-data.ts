import { getCollection } from 'astro:content';
import { toArchiveArticle } from '../../lib/glossary/archive.ts';
import { assertSlogansResolve } from '../../lib/glossary/check.ts';
import { type GlossaryEntry, toGlossaryEntry } from '../../lib/glossary/glossary.ts';
import { buildGlossary, type GlossaryEntryModel } from '../../lib/glossary/model.ts';
import { articleText, loadArticleTexts } from '../article-texts.ts';

// Why cached: every article page lists its slogans through the entries, and the glossary pages,
// glossary.json and concordance.csv each need the whole model; built once per build, not per page
// (the model reads every article). As with the search lexicon, `astro dev` needs a restart to
// see an edit.
let entriesCache: Promise<GlossaryEntry[]> | undefined;
let glossaryCache: Promise<GlossaryEntryModel[]> | undefined;

/** The glossary entries of the `glossary` collection, slugs and readings worked out (once per build). */
export function loadGlossaryEntries(): Promise<GlossaryEntry[]> {
	entriesCache ??= getCollection('glossary').then((entries) =>
		entries.map((entry) => toGlossaryEntry(entry.id, entry.data)),
	);
	return entriesCache;
}

/**
 * The whole glossary (once per build), built from the `glossary` and `articles` collections.
 *
 * Why the check lives here: every glossary page and data file is built through this function, so a
 * slogan in content/articles/ without an entry fails `astro build` with the file to add.
 */
export function loadGlossary(): Promise<GlossaryEntryModel[]> {
	glossaryCache ??= buildArchiveGlossary();
	return glossaryCache;
}

/** Builds the glossary model from the collections (see loadGlossary). */
async function buildArchiveGlossary(): Promise<GlossaryEntryModel[]> {
	const entries = await loadGlossaryEntries();
	const texts = await loadArticleTexts();
	const articles = (await getCollection('articles')).map((entry) =>
		toArchiveArticle(entry.data, articleText(texts, entry.id).body),
	);
	assertSlogansResolve(articles, entries);
	return buildGlossary(entries, articles);
}
