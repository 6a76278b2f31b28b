import { getCollection } from 'astro:content';
import { glossaryUrl } from '../../lib/glossary/urls.ts';
import { articleText, loadArticleTexts } from '../article-texts.ts';
import { loadGlossaryEntries } from '../glossary/glossary-data.ts';
import { buildLexicon } from '../../lib/search/lexicon-build.ts';
import { type Lexicon, prepareLexicon } from '../../lib/search/lexicon.ts';
import { articleSearchText } from '../../lib/search/search-data.ts';

let cached: Promise<Lexicon> | undefined;

/** Builds the archive’s lexicon from the article and glossary collections once per build (every page reuses it). */
async function loadLexicon(): Promise<Lexicon> {
	const entries = await getCollection('articles');
	const texts = await loadArticleTexts();
	const sources = entries.map((entry) => ({
		data: entry.data,
		text: articleSearchText(entry.data, articleText(texts, entry.id).plain),
	}));
	// Why the glossary: its aliases (七任务 for 七大任务) must find the entry's articles too.
	const glossary = (await loadGlossaryEntries()).map((entry) => ({
		term: entry.term,
		aliases: entry.aliases,
		url: glossaryUrl(entry.slug),
	}));
	return prepareLexicon(buildLexicon(sources, glossary));
}

/**
 * The search lexicon of this build: the article pages take their index tokens from it and
 * /search/lexicon.json ships it to the browser, so both read one and the same lexicon.
 */
export function getSearchLexicon(): Promise<Lexicon> {
	cached ??= loadLexicon();
	return cached;
}
