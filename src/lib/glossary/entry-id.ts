import { type EntryIdInput, fileStem } from '../site/entry-id.ts';
import { glossarySlug } from './pinyin.ts';

/**
 * Id of a glossary entry: the stem of its file, which must be the slug of its term's pinyin
 * (content/glossary/san-gao-si-xin.md for 三高四新), so a page URL can be read off the term.
 */
export function glossaryEntryId({ entry, data }: EntryIdInput): string {
	const stem = fileStem(entry);
	const { term, pinyin } = data;
	if (typeof term !== 'string' || term === '') {
		throw new Error(`content/glossary/${entry}: the entry has no term`);
	}
	const expected = glossarySlug(term, typeof pinyin === 'string' ? pinyin : undefined);
	if (stem !== expected) {
		throw new Error(
			`content/glossary/${entry}: the entry for “${term}” must be named ${expected}.md (the pinyin of its term)`,
		);
	}
	return stem;
}
