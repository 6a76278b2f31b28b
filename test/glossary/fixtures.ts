import type { ArchiveArticle } from '../../src/lib/glossary/archive.ts';
import { type GlossaryEntry, toGlossaryEntry } from '../../src/lib/glossary/glossary.ts';
import { glossarySlug } from '../../src/lib/glossary/pinyin.ts';
import type { GlossaryEntryData } from '../../src/schemas/glossary.ts';

/** A glossary entry for tests: an archive-only county entry of 珠晖区 unless told otherwise. */
export function makeEntry(term: string, fields: Partial<GlossaryEntryData> = {}): GlossaryEntry {
	const data: GlossaryEntryData = {
		term,
		aliases: [],
		level: 'county',
		region: '珠晖区',
		expansion: `${term}的含义`,
		parts: [],
		definition: `${term}的释义`,
		source: 'archive',
		citations: [],
		archiveArticles: ['2023-01-30-a'],
		...fields,
	};
	return toGlossaryEntry(glossarySlug(term, fields.pinyin), data);
}

/** An article for tests, dated 2023-01-30, about 珠晖区, unless told otherwise. */
export function makeArticle(
	id: string,
	body: string,
	fields: Partial<ArchiveArticle> = {},
): ArchiveArticle {
	return {
		id,
		title: `标题${id}`,
		date: '2023-01-30',
		regions: ['珠晖区', '衡阳市'],
		slogans: [],
		body,
		...fields,
	};
}
