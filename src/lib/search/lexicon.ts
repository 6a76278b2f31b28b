import { type CharMap, firstUnitTable, isHan } from './text.ts';

/** What a lexicon entry names. */
export type LexiconKind = 'region' | 'slogan' | 'person';

/** One written form of an entry (珠晖区 and its short form 珠晖), already folded (simplified). */
export interface LexiconForm {
	readonly text: string;
	/** Toneless pinyin without spaces, ü as v: zhuhuiqu. */
	readonly pinyin: string;
	/** First letters of the syllables: zhq. */
	readonly initials: string;
	/** The form is not a match when the text goes on with one of these (衡阳 before 日报). */
	readonly notBefore?: readonly string[];
	/** The form is not a match when one of these comes just before it (衡山 after 南岳). */
	readonly notAfter?: readonly string[];
	/** The form matches only between non-Han characters (short slogans: “四上”, not 四上 in 第四上). */
	readonly isolated?: boolean;
	/** The form is not a match when it stands alone in brackets: 依美园（衡阳）names a company. */
	readonly notInBrackets?: boolean;
}

/** A term of the archive's own vocabulary: a region, a slogan or a credited person. */
export interface LexiconEntry {
	/**
	 * Regions and slogans: the index token every article that uses the term carries (see
	 * articleSearchData), nine lower-case letters starting with qx. People: a key, never indexed.
	 */
	readonly key: string;
	readonly kind: LexiconKind;
	/** Canonical form: gazetteer name, slogan as printed, person's name. */
	readonly term: string;
	/** Every form the archive writes it in, the canonical one first. */
	readonly forms: readonly LexiconForm[];
	/** Where a suggestion leads: region page, glossary entry, or the person's articles. */
	readonly url: string;
	/** How many articles use the term. */
	readonly articles: number;
}

/** The lexicon as written to dist/search/lexicon.json and read by the browser and the CLI. */
export interface LexiconData {
	readonly version: 1;
	readonly entries: readonly LexiconEntry[];
	/** Traditional → simplified for every character of the archive and its traditional forms. */
	readonly charMap: CharMap;
}

/**
 * Splits lexicon data in two for the browser: the core (regions, slogans, character map), which
 * every search needs, and the people, many at scale, needed only for pinyin and suggestions.
 */
export function splitPeople(data: LexiconData): { core: LexiconData; people: LexiconEntry[] } {
	return {
		core: { ...data, entries: data.entries.filter((entry) => entry.kind !== 'person') },
		people: data.entries.filter((entry) => entry.kind === 'person'),
	};
}

/** Lexicon data with the people added back (see splitPeople). */
export function withPeople(core: LexiconData, people: readonly LexiconEntry[]): LexiconData {
	return { ...core, entries: [...core.entries, ...people] };
}

/** One form with its entry, for matching. */
interface IndexedForm {
	readonly form: LexiconForm;
	readonly entry: LexiconEntry;
}

/** A lexicon prepared for matching: forms by first character, longest first. */
export interface Lexicon {
	readonly data: LexiconData;
	readonly byFirstChar: ReadonlyMap<string, readonly IndexedForm[]>;
	readonly byKey: ReadonlyMap<string, LexiconEntry>;
}

/** A lexicon term found in a text (offsets in UTF-16 units of the folded text). */
export interface TermSpan {
	readonly entry: LexiconEntry;
	readonly form: LexiconForm;
	readonly start: number;
	readonly end: number;
}

/** Prepares lexicon data for matching. */
export function prepareLexicon(data: LexiconData): Lexicon {
	const byFirstChar = new Map<string, IndexedForm[]>();
	const byKey = new Map<string, LexiconEntry>();
	for (const entry of data.entries) {
		byKey.set(entry.key, entry);
		for (const form of entry.forms) {
			const first = form.text.charAt(0);
			const list = byFirstChar.get(first) ?? [];
			list.push({ form, entry });
			byFirstChar.set(first, list);
		}
	}
	for (const list of byFirstChar.values())
		list.sort((a, b) => b.form.text.length - a.form.text.length);
	return { data, byFirstChar, byKey };
}

/** Whether a form found at [start, end) of the text obeys its rules. */
function formFits(text: string, form: LexiconForm, start: number, end: number): boolean {
	const after = text.slice(end);
	const before = text.slice(0, start);
	if (form.notBefore?.some((suffix) => after.startsWith(suffix))) return false;
	if (form.notAfter?.some((prefix) => before.endsWith(prefix))) return false;
	if (form.isolated && (isHan(text[start - 1]) || isHan(text[end]))) return false;
	if (form.notInBrackets && /[（(]$/u.test(before) && /^[）)]/u.test(after)) return false;
	return true;
}

/**
 * The lexicon terms of a folded text, left to right, the longest fitting form at each position
 * (三高四新 is one term, never 三 + 高 + 四新; 四上企业 is not 四上). The same function segments an
 * article when the site is built and a query when a reader searches, so both agree on what is a
 * whole word.
 */
export function findTerms(
	lexicon: Lexicon,
	folded: string,
	kinds: readonly LexiconKind[] = ['region', 'slogan'],
): TermSpan[] {
	const { byFirstChar, starts } = kindIndex(lexicon, kinds);
	const spans: TermSpan[] = [];
	let i = 0;
	while (i < folded.length) {
		if (starts[folded.charCodeAt(i)] === 0) {
			i++;
			continue;
		}
		const candidates = byFirstChar.get(folded.charAt(i)) ?? [];
		const hit = candidates.find(
			({ form }) =>
				folded.startsWith(form.text, i) && formFits(folded, form, i, i + form.text.length),
		);
		if (hit) {
			spans.push({ entry: hit.entry, form: hit.form, start: i, end: i + hit.form.text.length });
			i += hit.form.text.length;
		} else i++;
	}
	return spans;
}

/** The forms of some kinds of terms, by first character, and the units they start with. */
interface KindIndex {
	/** byFirstChar with only the forms of those kinds, in the same order. */
	readonly byFirstChar: ReadonlyMap<string, readonly IndexedForm[]>;
	/** 1 for each UTF-16 unit one of those forms starts with. */
	readonly starts: Uint8Array;
}

/** Per lexicon, the KindIndex of each set of kinds findTerms was asked for. */
const kindIndexCache = new WeakMap<Lexicon, Map<string, KindIndex>>();

/**
 * The lexicon's forms of the given kinds only: findTerms then skips, without a map lookup, every
 * position no such form starts at, and never reads the other kinds' forms.
 *
 * Why: most characters of a text start no term (looking each up was most of findTerms' 1.2 s in
 * a 2,000-article build); and an article's regions and slogans were looked for among every
 * person's name too, one list per surname, so the work grew with the archive's people (findTerms
 * was 40 % of `astro build` at 100,000 articles).
 */
function kindIndex(lexicon: Lexicon, kinds: readonly LexiconKind[]): KindIndex {
	let byKinds = kindIndexCache.get(lexicon);
	if (!byKinds) {
		byKinds = new Map();
		kindIndexCache.set(lexicon, byKinds);
	}
	const key = [...kinds].sort().join(' ');
	let index = byKinds.get(key);
	if (!index) {
		const byFirstChar = new Map<string, IndexedForm[]>();
		for (const [first, forms] of lexicon.byFirstChar) {
			const kept = forms.filter(({ entry }) => kinds.includes(entry.kind));
			if (kept.length > 0) byFirstChar.set(first, kept);
		}
		index = { byFirstChar, starts: firstUnitTable(byFirstChar.keys()) };
		byKinds.set(key, index);
	}
	return index;
}

/** Per lexicon, whether termsStayInLines holds. */
const inLinesCache = new WeakMap<Lexicon, boolean>();

/**
 * True when no form of the lexicon and none of its notBefore and notAfter contexts holds a line
 * break: then findTerms finds in each line of a text exactly the terms it finds there in the whole
 * text (a line break is neither Han nor a bracket, the other rules' context), so a text's lines can
 * share one findTerms of the whole text.
 */
export function termsStayInLines(lexicon: Lexicon): boolean {
	let stays = inLinesCache.get(lexicon);
	if (stays === undefined) {
		stays = lexicon.data.entries.every((entry) =>
			entry.forms.every((form) =>
				[form.text, ...(form.notBefore ?? []), ...(form.notAfter ?? [])].every(
					(part) => !part.includes('\n'),
				),
			),
		);
		inLinesCache.set(lexicon, stays);
	}
	return stays;
}
