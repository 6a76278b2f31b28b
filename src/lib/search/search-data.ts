import type { Article } from '../../schemas/article.ts';
import { findTerms, type Lexicon, type LexiconEntry } from './lexicon.ts';
import { segmentText } from './segment.ts';
import { foldText } from './text.ts';
import { termToken } from './tokens.ts';
import type { FilterKey } from './url-state.ts';

/** What the article page gives Pagefind besides its visible text (see ArticleSearchData.astro). */
export interface ArticleSearchData {
	/** data-pagefind-filter values, one element each. */
	readonly filters: readonly { readonly key: FilterKey; readonly value: string }[];
	/** Kicker, title and subtitle as segmented words (segmentText): what Pagefind indexes of them, with a heading's weight. */
	readonly headlineWords: readonly string[];
	/** Dateline, body and captions as segmented words, a line each: what Pagefind indexes of the visible text. */
	readonly textWords: readonly string[];
	/** Tokens of the terms in the kicker, title and subtitle, once per use (indexed with a heading's weight). */
	readonly headlineTokens: string;
	/** Tokens of the terms in the rest of the text, once per use, and of listed slogans not found in it. */
	readonly bodyTokens: string;
	/** The credits and named people as words: 署名 全媒体记者 邓江虹 人物 市委书记 秦国文. */
	readonly creditsLine: string;
	/** The credits line as segmented words, so 记者 finds 全媒体记者 (the line above is the one shown). */
	readonly creditsWords: string;
	/** The text in simplified characters when it is printed in traditional ones, else null. */
	readonly shadow: string | null;
}

/** The parts of an article Pagefind indexes, as text (the page shows them; see [id].astro). */
export function articleSearchText(
	article: Pick<Article, 'kicker' | 'title' | 'subtitle' | 'dateline' | 'captions'>,
	bodyText: string,
): string {
	return [
		article.kicker,
		article.title,
		article.subtitle,
		article.dateline,
		bodyText,
		...article.captions.map((caption) => `${caption.text} ${caption.credit ?? ''}`.trim()),
	]
		.filter((part): part is string => part !== undefined && part !== '')
		.join('\n');
}

/**
 * Everything the hidden search block of an article page carries: filters (region, year, genre,
 * reporter, slogan), the lexicon tokens of the terms the article uses,
 * found with the same findTerms that reads a reader's query.
 */
export function articleSearchData(
	lexicon: Lexicon,
	article: Article,
	bodyText: string,
): ArticleSearchData {
	const { charMap } = lexicon.data;
	const headline = [article.kicker, article.title, article.subtitle]
		.filter((part): part is string => part !== undefined)
		.join('\n');
	const text = articleSearchText(article, bodyText);
	const rest = text.slice(headline.length);
	const tokensOf = (part: string): string[] =>
		findTerms(lexicon, foldText(part, charMap)).map((span) => span.entry.key);
	const segmentLines = (part: string): string[] =>
		part
			.split('\n')
			.map((line) => segmentText(lexicon, line))
			.filter((line) => line !== '');
	const headlineTokens = tokensOf(headline);
	const bodyTokens = tokensOf(rest);
	const keys = articleTermKeys(lexicon, { data: article, text });
	const found = new Set([...headlineTokens, ...bodyTokens]);
	const listedOnly = [...keys].filter(
		(key) => !found.has(key) && lexicon.byKey.get(key)?.kind === 'slogan',
	);
	const filters = filtersOf(lexicon, article, keys);

	const credits = article.credits.map((credit) => `${credit.role ?? ''} ${credit.name}`.trim());
	const people = article.people.map((person) => `${person.post} ${person.name}`);
	const creditsLine = [
		...(credits.length > 0 ? ['署名', ...credits] : []),
		...(people.length > 0 ? ['人物', ...people] : []),
	].join(' ');

	const simplified = Array.from(text, (char) => charMap[char] ?? char).join('');
	return {
		filters,
		headlineWords: segmentLines(headline),
		textWords: segmentLines(rest),
		headlineTokens: headlineTokens.join(' '),
		bodyTokens: [...bodyTokens, ...listedOnly].join(' '),
		creditsLine,
		creditsWords: segmentText(lexicon, creditsLine),
		shadow: simplified === text ? null : segmentText(lexicon, simplified),
	};
}

/** The filter values of an article (region, year, genre, reporter, slogan), from its term keys. */
function filtersOf(
	lexicon: Lexicon,
	article: Article,
	keys: ReadonlySet<string>,
): ArticleSearchData['filters'] {
	const slogans = [...keys]
		.map((key) => lexicon.byKey.get(key))
		.filter((entry) => entry?.kind === 'slogan')
		.map((entry) => entry?.term ?? '');
	return [
		...article.regions.map((value) => ({ key: 'region' as const, value })),
		...(article.date ? [{ key: 'year' as const, value: article.date.slice(0, 4) }] : []),
		...(article.genre ? [{ key: 'genre' as const, value: article.genre }] : []),
		...[...new Set(article.credits.map((credit) => credit.name))].map((value) => ({
			key: 'reporter' as const,
			value,
		})),
		...slogans.map((value) => ({ key: 'slogan' as const, value })),
	];
}

/**
 * The filters of an article alone, as articleSearchData gives them, without the segmented text:
 * what the search page needs of every article to list the filter values with their counts.
 */
export function articleFilters(
	lexicon: Lexicon,
	article: Article,
	bodyText: string,
): Pick<ArticleSearchData, 'filters'> {
	const text = articleSearchText(article, bodyText);
	return {
		filters: filtersOf(lexicon, article, articleTermKeys(lexicon, { data: article, text })),
	};
}

/** An article as the lexicon reads it: its frontmatter and the text Pagefind indexes. */
export interface LexiconSource {
	readonly data: Pick<Article, 'title' | 'slogans' | 'credits' | 'people'>;
	/** Title, kicker, subtitle, dateline, body and captions as plain text (see articleSearchText). */
	readonly text: string;
}

/**
 * The entries an article uses: regions and slogans found in its text by findTerms, slogans the
 * ingest listed, and the people it credits or names. Keys, each once.
 */
export function articleTermKeys(lexicon: Lexicon, source: LexiconSource): Set<string> {
	const fold = (text: string): string => foldText(text, lexicon.data.charMap);
	const keys = new Set(findTerms(lexicon, fold(source.text)).map((span) => span.entry.key));
	for (const slogan of source.data.slogans) {
		const entry = findSlogan(lexicon, fold(slogan));
		if (entry) keys.add(entry.key);
	}
	for (const name of [
		...source.data.credits.map((credit) => credit.name),
		...source.data.people.map((person) => person.name),
	])
		keys.add(termToken('person', fold(name)));
	return keys;
}

/** The slogan entry one of whose forms is exactly this folded text. */
export function findSlogan(lexicon: Lexicon, folded: string): LexiconEntry | undefined {
	return (lexicon.byFirstChar.get(folded.charAt(0)) ?? []).find(
		({ form, entry }) => entry.kind === 'slogan' && form.text === folded,
	)?.entry;
}
