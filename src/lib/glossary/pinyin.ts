import { pinyin } from 'pinyin-pro';

/**
 * Toned pinyin of a term, syllables separated by spaces (三高四新 → sān gāo sì xīn); an entry's own
 * `pinyin` wins.
 *
 * Why no tone sandhi: a glossary gives the citation form, as dictionaries do (一村一品 yī cūn yī pǐn,
 * not the spoken yì cūn yì pǐn).
 */
export function termPinyin(term: string, override?: string): string {
	if (override !== undefined) return override;
	return pinyin(term, { toneType: 'symbol', toneSandhi: false, type: 'array', nonZh: 'removed' })
		.filter((syllable) => syllable !== '')
		.join(' ');
}

/** The toneless ASCII form of one toned syllable (lǜ → lv, zhōng → zhong). */
function plainSyllable(syllable: string): string {
	return syllable
		.replace(/[üǖǘǚǜ]/gu, 'v')
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/**
 * The ASCII slug of a glossary entry, from its pinyin (三高四新 → san-gao-si-xin); it names the
 * entry's file (content/glossary/<slug>.md) and its page (/glossary/<slug>/).
 */
export function glossarySlug(term: string, pinyinOverride?: string): string {
	return termPinyin(term, pinyinOverride)
		.split(' ')
		.map(plainSyllable)
		.filter((word) => word !== '')
		.join('-');
}

/** Compares two entries in pinyin order (by their slugs, then their terms, so the order is total). */
export function comparePinyin(
	a: { slug: string; term: string },
	b: { slug: string; term: string },
): number {
	if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1;
	if (a.term === b.term) return 0;
	return a.term < b.term ? -1 : 1;
}
