import { findTerms, type Lexicon, type LexiconEntry } from './lexicon.ts';
import { segmentText } from './segment.ts';
import { foldText, isHan } from './text.ts';

/** A reader's query as the search runs it. */
export interface ParsedQuery {
	/** The query as typed, trimmed. */
	readonly raw: string;
	/** Folded: NFKC, lower case, simplified characters. */
	readonly folded: string;
	/** Regions and slogans the query names: each is searched as its index token, a whole word. */
	readonly terms: readonly LexiconEntry[];
	/** Other words, folded: every result must contain each of them exactly as written. */
	readonly pieces: readonly string[];
	/** Query segments (split at spaces and punctuation) of two or more characters, for ranking verbatim matches first. */
	readonly phrases: readonly string[];
	/** Credited or named people the query names (searched as words; offered as suggestions). */
	readonly people: readonly LexiconEntry[];
	/** Entries a pinyin query spelled (sangaosixin, sgsx); the first one is searched. */
	readonly pinyin: readonly LexiconEntry[];
	/** The words handed to Pagefind: tokens of the terms, then the pieces segmented as the index is (segmentText). */
	readonly pagefindTerm: string;
	/** A term of the query is in no article, so nothing can match. */
	readonly impossible: boolean;
}

/** Characters that separate query segments: white space, punctuation and symbols. */
const SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Quotation marks a reader may type around a phrase; the phrase is kept whole either way. */
const QUOTES = /[“”"「」『』‘’']/gu;

/** Latin letters only, the shape of a pinyin query (ü typed as v or u). */
const PINYIN = /^[a-z]+$/;

/** Orders pinyin matches: regions and slogans before people, then the most used first. */
function byUse(a: LexiconEntry, b: LexiconEntry): number {
	const rank = (entry: LexiconEntry): number => (entry.kind === 'person' ? 1 : 0);
	return rank(a) - rank(b) || b.articles - a.articles;
}

/**
 * The lexicon entries a run of Latin letters spells: full toneless pinyin of a form
 * (sangaosixin, leiyang), or, when `initials` is set and nothing spells it in full, the initials
 * of a form (sgsx). Most used first.
 */
export function entriesForPinyin(
	lexicon: Lexicon,
	letters: string,
	initials: boolean,
): LexiconEntry[] {
	const full = lexicon.data.entries.filter((entry) =>
		entry.forms.some((form) => form.pinyin === letters),
	);
	if (full.length > 0 || !initials) return full.sort(byUse);
	return lexicon.data.entries
		.filter((entry) => entry.forms.some((form) => form.initials === letters))
		.sort(byUse);
}

/**
 * Parses a query: folds it, resolves pinyin, and splits it with the lexicon (findTerms, the same
 * segmentation the article pages were indexed with) into whole-word terms and literal pieces.
 */
export function parseQuery(lexicon: Lexicon, raw: string): ParsedQuery {
	const trimmed = raw.trim();
	const folded = foldText(trimmed, lexicon.data.charMap).replace(QUOTES, ' ').trim();
	const segments = folded.split(SEPARATOR).filter((segment) => segment !== '');

	let pinyin: LexiconEntry[] = [];
	const letters = segments.join('');
	if (segments.length > 0 && segments.every((segment) => PINYIN.test(segment)))
		pinyin = entriesForPinyin(lexicon, letters, letters.length >= 2);

	const terms: LexiconEntry[] = [];
	const people: LexiconEntry[] = [];
	const pieces: string[] = [];
	const add = <T>(list: T[], item: T): void => {
		if (!list.includes(item)) list.push(item);
	};
	const addEntry = (entry: LexiconEntry): void => {
		if (entry.kind === 'person') {
			add(people, entry);
			add(pieces, entry.term);
		} else add(terms, entry);
	};

	const [chosen] = pinyin;
	if (chosen) addEntry(chosen);
	else
		for (const segment of segments) {
			const spelled = PINYIN.test(segment) ? entriesForPinyin(lexicon, segment, false) : [];
			const [spelledEntry] = spelled;
			if (spelledEntry && segment.length >= 4) {
				add(pinyin, spelledEntry);
				addEntry(spelledEntry);
				continue;
			}
			let cursor = 0;
			for (const span of findTerms(lexicon, segment, ['region', 'slogan', 'person'])) {
				const before = segment.slice(cursor, span.start);
				if (before !== '') add(pieces, before);
				addEntry(span.entry);
				cursor = span.end;
			}
			const rest = segment.slice(cursor);
			if (rest !== '') add(pieces, rest);
		}

	const single = (segment: string): boolean =>
		terms.some((term) => term.forms.some((form) => form.text === segment));
	// Why the joined segments too: a reader may type 项目 建设 for 项目建设; pages that print the
	// words in a row then rank first.
	const joined = segments.length > 1 ? [segments.join('')] : [];
	const phrases = [...segments, ...joined].filter(
		(segment) =>
			Array.from(segment).length >= 2 && Array.from(segment).some(isHan) && !single(segment),
	);
	return {
		raw: trimmed,
		folded,
		terms,
		pieces,
		phrases,
		people,
		pinyin,
		pagefindTerm: [
			...terms.map((term) => term.key),
			...pieces.map((piece) => segmentText(lexicon, piece)),
		].join(' '),
		impossible: terms.some((term) => term.articles === 0),
	};
}
