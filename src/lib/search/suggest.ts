import type { Lexicon, LexiconEntry, LexiconForm } from './lexicon.ts';
import type { ParsedQuery } from './query.ts';
import { foldText } from './text.ts';

/** Chinese names of the lexicon kinds, for suggestion labels. */
export const KIND_LABELS: Readonly<Record<LexiconEntry['kind'], string>> = {
	region: '地区',
	slogan: '提法',
	person: '人物',
};

/** A lexicon entry offered to the reader, with the form that matched what they typed. */
export interface Suggestion {
	readonly entry: LexiconEntry;
	readonly form: LexiconForm;
	/** How well it matched: 0 exact, 1 starts with the input, 2 contains it. */
	readonly rank: number;
}

/**
 * Lexicon entries for what a reader is typing: Chinese that a form starts with or contains
 * (珠 → 珠晖区), or Latin letters that start a form's pinyin or its initials (leiy → 耒阳市,
 * sgs → 三高四新). Exact matches first, then the most used.
 */
export function suggestEntries(lexicon: Lexicon, input: string, limit = 8): Suggestion[] {
	const folded = foldText(input.trim(), lexicon.data.charMap).replace(/[\s']+/g, '');
	if (folded === '') return [];
	const latin = /^[a-z]+$/.test(folded);
	if (latin && folded.length < 2) return [];
	const found: Suggestion[] = [];
	for (const entry of lexicon.data.entries) {
		let best: Suggestion | undefined;
		for (const form of entry.forms) {
			const keys = latin ? [form.pinyin, form.initials] : [form.text];
			for (const key of keys) {
				const rank =
					key === folded ? 0 : key.startsWith(folded) ? 1 : !latin && key.includes(folded) ? 2 : -1;
				if (rank >= 0 && (best === undefined || rank < best.rank)) best = { entry, form, rank };
			}
		}
		if (best) found.push(best);
	}
	return found
		.sort((a, b) => a.rank - b.rank || b.entry.articles - a.entry.articles)
		.slice(0, limit);
}

/** The entries a parsed query names, spelled in pinyin, or mentions as people: each once, in that order. */
export function queryEntries(query: ParsedQuery): LexiconEntry[] {
	const out: LexiconEntry[] = [];
	for (const entry of [...query.pinyin, ...query.terms, ...query.people])
		if (!out.includes(entry)) out.push(entry);
	return out;
}
