import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { pinyin } from 'pinyin-pro';
import { GAZETTEER } from '../gazetteer.ts';
import { toSimplified } from '../script.ts';
import { pinyinWords } from '../slug.ts';
import {
	type LexiconData,
	type LexiconEntry,
	type LexiconForm,
	type LexiconKind,
	prepareLexicon,
} from './lexicon.ts';
import { type CharMap, foldText } from './text.ts';
import { articleTermKeys, type LexiconSource } from './search-data.ts';
import { termToken } from './tokens.ts';
import { searchPageUrl } from './url-state.ts';

/** A curated glossary entry: a slogan and the other ways the paper writes it (七任务 ↔ 七大任务). */
export interface GlossaryTerm {
	readonly term: string;
	readonly aliases: readonly string[];
	/** The entry's page (default: glossaryUrl of the term). */
	readonly url?: string;
}

/** Slogans this short match only between non-Han characters (see LexiconForm.isolated). */
const ISOLATED_MAX_LENGTH = 3;

/** Site-relative URL of a glossary entry: /glossary/ and the pinyin of the term joined by hyphens. */
export function glossaryUrl(term: string): string {
	return `/glossary/${pinyinWords(term).join('-')}/`;
}

/** Toneless pinyin of a form and the initials of its syllables (三高四新 → sangaosixin, sgsx). */
export function formPinyin(text: string, kind: LexiconKind): { pinyin: string; initials: string } {
	const syllables =
		kind === 'person'
			? // Why: a name's first character is read as a surname (曾 → zeng, 单 → shan).
				pinyin(text, { toneType: 'none', type: 'array', surname: 'head', v: true })
			: pinyinWords(text);
	const words = syllables
		.map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
		.filter(Boolean);
	return { pinyin: words.join(''), initials: words.map((word) => word.charAt(0)).join('') };
}

/** Builds one form with its pinyin and rules. */
function makeForm(
	text: string,
	kind: LexiconKind,
	rules: Omit<LexiconForm, 'text' | 'pinyin' | 'initials'> = {},
): LexiconForm {
	return { text, ...formPinyin(text, kind), ...rules };
}

/** Drops repeated forms (松木经济开发区 is both the name and an alias), keeping the first. */
function uniqueForms(forms: LexiconForm[]): LexiconForm[] {
	const seen = new Set<string>();
	return forms.filter((form) => !seen.has(form.text) && Boolean(seen.add(form.text)));
}

/**
 * The distinct characters of the texts (code points, as `for…of` reads them). Why the table: a
 * character of one UTF-16 unit already seen is passed over without hashing a new string; adding
 * every character of every article to the set was most of buildCharMap's time.
 */
export function archiveChars(texts: readonly string[]): Set<string> {
	const chars = new Set<string>();
	const seen = new Uint8Array(0x10000);
	for (const text of texts)
		for (let at = 0; at < text.length;) {
			const unit = text.charCodeAt(at);
			if (seen[unit] === 1) {
				at++;
				continue;
			}
			const char = String.fromCodePoint(text.codePointAt(at) ?? unit);
			chars.add(char);
			// Why not surrogates: a pair is one character, its halves are not.
			if (unit < 0xd800 || unit > 0xdfff) seen[unit] = 1;
			at += char.length;
		}
	return chars;
}

/** Every character in the sources, and every traditional or variant form of one of them. */
export function buildCharMap(texts: readonly string[]): CharMap {
	const archive = archiveChars(texts);
	const candidates = new Set<string>();
	for (const dictionary of [TSCharacters, HKVariantsRev, TWVariantsRev])
		for (const pair of dictionary.split('|')) {
			const [from] = pair.split(' ');
			if (from !== undefined && Array.from(from).length === 1) candidates.add(from);
		}
	for (const char of archive) candidates.add(char);
	const map: Record<string, string> = {};
	for (const char of [...candidates].sort()) {
		// Why the ingest's converter: the shadow the ingest matched traditional pages with, and this
		// map, must give every character the same simplified form.
		const simplified = toSimplified(char);
		if (simplified === char || Array.from(simplified).length !== 1) continue;
		if (archive.has(char) || archive.has(simplified)) map[char] = simplified;
	}
	return map;
}

/**
 * Builds the lexicon of the archive's own vocabulary: every gazetteer region with its short forms,
 * every slogan the ingest found (with glossary aliases when a glossary is given), every credited
 * person and named official; with pinyin, index tokens, suggestion URLs and article counts, and
 * the traditional → simplified map for the archive's characters.
 */
export function buildLexicon(
	sources: readonly LexiconSource[],
	glossary: readonly GlossaryTerm[] = [],
): LexiconData {
	const charMap = buildCharMap([
		...sources.map((source) => source.text),
		...glossary.flatMap((entry) => [entry.term, ...entry.aliases]),
	]);
	const fold = (text: string): string => foldText(text, charMap);
	const entries: LexiconEntry[] = [];

	for (const region of GAZETTEER) {
		const brackets = { notInBrackets: true } as const;
		const notAfter = region.notAfter ? { notAfter: region.notAfter } : {};
		const notBefore = region.notBefore ? { notBefore: region.notBefore } : {};
		entries.push({
			key: termToken('region', region.name),
			kind: 'region',
			term: region.name,
			forms: uniqueForms([
				makeForm(region.name, 'region', { ...brackets, ...notAfter }),
				...region.aliases.map((alias) =>
					makeForm(alias, 'region', { ...brackets, ...notAfter, ...notBefore }),
				),
			]),
			// Same scheme as regionUrl in src/lib/site/urls.ts: the gazetteer slug.
			url: `/regions/${region.slug}/`,
			articles: 0,
		});
	}

	const slogans = new Map<string, string[]>();
	const urls = new Map<string, string>();
	for (const entry of glossary) {
		slogans.set(
			fold(entry.term),
			entry.aliases.map(fold).filter((alias) => alias !== ''),
		);
		if (entry.url !== undefined) urls.set(fold(entry.term), entry.url);
	}
	const aliasOf = new Map<string, string>();
	for (const [term, aliases] of slogans) for (const alias of aliases) aliasOf.set(alias, term);
	for (const source of sources)
		for (const slogan of source.data.slogans) {
			const folded = fold(slogan);
			if (!slogans.has(folded) && !aliasOf.has(folded)) slogans.set(folded, []);
		}
	for (const [term, aliases] of slogans) {
		const isolated = (text: string): { isolated?: true } =>
			Array.from(text).length <= ISOLATED_MAX_LENGTH ? { isolated: true } : {};
		entries.push({
			key: termToken('slogan', term),
			kind: 'slogan',
			term,
			forms: uniqueForms(
				[term, ...aliases].map((text) => makeForm(text, 'slogan', isolated(text))),
			),
			url: urls.get(term) ?? glossaryUrl(term),
			articles: 0,
		});
	}

	const credited = new Set<string>();
	const named = new Set<string>();
	for (const source of sources) {
		for (const credit of source.data.credits) credited.add(fold(credit.name));
		for (const person of source.data.people) named.add(fold(person.name));
	}
	for (const name of [...credited, ...[...named].filter((name) => !credited.has(name))])
		entries.push({
			key: termToken('person', name),
			kind: 'person',
			term: name,
			forms: [makeForm(name, 'person')],
			url: credited.has(name) ? searchPageUrl({ reporter: name }) : searchPageUrl({ q: name }),
			articles: 0,
		});

	const keys = new Map<string, string>();
	for (const entry of entries) {
		const clash = keys.get(entry.key);
		if (clash !== undefined)
			throw new Error(
				`search lexicon: ${clash} and ${entry.term} have the same token ${entry.key}`,
			);
		keys.set(entry.key, entry.term);
	}

	const draft: LexiconData = { version: 1, entries, charMap };
	const counts = countArticles(draft, sources);
	return {
		...draft,
		entries: entries.map((entry) => ({ ...entry, articles: counts.get(entry.key) ?? 0 })),
	};
}

/** How many sources use each entry, by key (see articleTermKeys). */
function countArticles(data: LexiconData, sources: readonly LexiconSource[]): Map<string, number> {
	const lexicon = prepareLexicon(data);
	const counts = new Map<string, number>();
	for (const source of sources)
		for (const key of articleTermKeys(lexicon, source)) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}
