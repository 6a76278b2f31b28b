import type { Article } from '../../schemas/article.ts';
import {
	findTerms,
	type Lexicon,
	type LexiconEntry,
	type TermSpan,
	termsStayInLines,
} from './lexicon.ts';
import { segmentRange, segmentText } from './segment.ts';
import { type CharMap, firstUnitTable, foldText } from './text.ts';
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
	const { headlineTokens, bodyTokens, headlineWords, textWords, spans } = linesOf(
		lexicon,
		text,
		headline,
	);
	const keys = termKeysOf(lexicon, article, spans);
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

	const simplified = simplifiedText(text, charMap);
	return {
		filters,
		headlineWords,
		textWords: textWords ?? segmentLines(lexicon, rest),
		headlineTokens: headlineTokens.join(' '),
		bodyTokens: [...bodyTokens, ...listedOnly].join(' '),
		creditsLine,
		creditsWords: segmentText(lexicon, creditsLine),
		shadow: simplified === text ? null : segmentText(lexicon, simplified),
	};
}

/** Each line of a text segmented on its own (segmentText), empty lines left out. */
function segmentLines(lexicon: Lexicon, part: string): string[] {
	return part
		.split('\n')
		.map((line) => segmentText(lexicon, line))
		.filter((line) => line !== '');
}

/** The terms of a text split at its headline, and the headline and the rest as segmented lines. */
interface ArticleLines {
	/** Keys of the terms of the headline, in order. */
	headlineTokens: string[];
	/** Keys of the terms of the rest of the text, in order. */
	bodyTokens: string[];
	headlineWords: string[];
	/** Null when the rest has to be segmented line by line after all (see linesOf). */
	textWords: string[] | null;
	/** The terms of the whole folded text, as articleTermKeys finds them. */
	spans: readonly TermSpan[];
}

/**
 * What articleSearchData reads of the terms: findTerms over the headline, over the rest and over
 * the whole text, and segmentText over every line, all from one fold and one findTerms of the
 * whole text.
 *
 * Why it gives the same: no form or context rule of the lexicon holds a line break
 * (termsStayInLines), so findTerms finds in a line exactly the terms it finds there in the
 * whole text; when that or the headline's place in the text does not hold, each part is read
 * on its own as before.
 */
function linesOf(lexicon: Lexicon, text: string, headline: string): ArticleLines {
	const folded = foldText(text, lexicon.data.charMap);
	const spans = findTerms(lexicon, folded);
	const split = headline.length;
	const keysOf = (list: readonly TermSpan[]): string[] => list.map((span) => span.entry.key);
	if (
		!termsStayInLines(lexicon) ||
		!text.startsWith(headline) ||
		(split < text.length && text[split] !== '\n')
	) {
		const tokensOf = (part: string): string[] =>
			keysOf(findTerms(lexicon, foldText(part, lexicon.data.charMap)));
		return {
			headlineTokens: tokensOf(headline),
			bodyTokens: tokensOf(text.slice(split)),
			headlineWords: segmentLines(lexicon, headline),
			textWords: null,
			spans,
		};
	}
	const wordsOf = (from: number, to: number): string[] => {
		const lines: string[] = [];
		for (let start = from; start <= to;) {
			const lineEnd = text.indexOf('\n', start);
			const end = lineEnd === -1 || lineEnd > to ? to : lineEnd;
			const line = segmentRange(text, spans, start, end).join(' ');
			if (line !== '') lines.push(line);
			start = end + 1;
		}
		return lines;
	};
	return {
		headlineTokens: keysOf(spans.filter((span) => span.end <= split)),
		bodyTokens: keysOf(spans.filter((span) => span.start >= split)),
		headlineWords: wordsOf(0, split),
		textWords: wordsOf(split, text.length),
		spans,
	};
}

/**
 * The text in simplified characters (each character through the map), or the text itself when no
 * character of it maps to another. Why: most articles are printed in simplified characters, and
 * building the string to compare it cost 0.6 s of a 2,000-article build.
 */
function simplifiedText(text: string, charMap: CharMap): string {
	const starts = mappedStarts(charMap);
	for (let at = 0; at < text.length; at++) {
		if (starts[text.charCodeAt(at)] === 0) continue;
		const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
		const mapped = charMap[char];
		if (mapped !== undefined && mapped !== char)
			return Array.from(text, (each) => charMap[each] ?? each).join('');
	}
	return text;
}

/** Per character map, 1 for each UTF-16 unit a character the map changes starts with. */
const mappedStartCache = new WeakMap<CharMap, Uint8Array>();

/** The UTF-16 units that start a character the map changes (see simplifiedText). */
function mappedStarts(charMap: CharMap): Uint8Array {
	let table = mappedStartCache.get(charMap);
	if (!table) {
		table = firstUnitTable(
			Object.entries(charMap).flatMap(([char, mapped]) => (mapped === char ? [] : [char])),
		);
		mappedStartCache.set(charMap, table);
	}
	return table;
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
	return termKeysOf(
		lexicon,
		source.data,
		findTerms(lexicon, foldText(source.text, lexicon.data.charMap)),
	);
}

/** articleTermKeys from the terms already found in the article's folded text. */
function termKeysOf(
	lexicon: Lexicon,
	data: LexiconSource['data'],
	spans: readonly TermSpan[],
): Set<string> {
	const fold = (text: string): string => foldText(text, lexicon.data.charMap);
	const keys = new Set(spans.map((span) => span.entry.key));
	for (const slogan of data.slogans) {
		const entry = findSlogan(lexicon, fold(slogan));
		if (entry) keys.add(entry.key);
	}
	for (const name of [
		...data.credits.map((credit) => credit.name),
		...data.people.map((person) => person.name),
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
