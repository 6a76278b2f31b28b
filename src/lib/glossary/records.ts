import type { Citation, GlossaryLevel } from '../../schemas/glossary.ts';
import type { Occurrence } from './concordance.ts';
import { LEVEL_LABELS, LEVELS } from './glossary.ts';
import type { GlossaryEntryModel } from './model.ts';
import type { ArticleRef, MonthCount, RegionCount, RelatedCount } from './stats.ts';
import { glossaryUrl, occurrenceUrl } from './urls.ts';
import { csvRecord } from '../site/figures-csv.ts';
import { jsonArrayPieces } from '../site/streamed-body.ts';

/** One entry of dist/data/glossary.json. */
export interface GlossaryRecord {
	slug: string;
	term: string;
	pinyin: string;
	aliases: string[];
	level: GlossaryLevel;
	levelLabel: string;
	region: string | null;
	expansion: string;
	parts: string[];
	definition: string;
	source: 'public' | 'archive';
	citations: Citation[];
	archiveArticles: string[];
	url: string;
	occurrences: number;
	articles: ArticleRef[];
	first: ArticleRef | null;
	last: ArticleRef | null;
	months: MonthCount[];
	regions: RegionCount[];
	related: RelatedCount[];
}

/** The glossary as plain data, grouped by level (national first), each level in pinyin order. */
export function toGlossaryRecords(models: readonly GlossaryEntryModel[]): GlossaryRecord[] {
	return LEVELS.flatMap((level) =>
		models
			.filter(({ entry }) => entry.level === level)
			.map(({ entry, usage }) => ({
				slug: entry.slug,
				term: entry.term,
				pinyin: entry.reading,
				aliases: entry.aliases,
				level: entry.level,
				levelLabel: LEVEL_LABELS[entry.level],
				region: entry.region ?? null,
				expansion: entry.expansion,
				parts: entry.parts,
				definition: entry.definition,
				source: entry.source,
				citations: entry.citations,
				archiveArticles: entry.archiveArticles,
				url: glossaryUrl(entry.slug),
				...usage,
			})),
	);
}

/** dist/data/glossary.json's text: tab-indented, one trailing newline. */
export function serializeGlossaryRecords(records: readonly GlossaryRecord[]): string {
	return [...glossaryRecordsJsonPieces(records)].join('');
}

/** serializeGlossaryRecords' text in pieces, one entry at a time (see streamedResponse). */
export function glossaryRecordsJsonPieces(records: readonly GlossaryRecord[]): Generator<string> {
	return jsonArrayPieces(records);
}

/** Columns of dist/data/concordance.csv, in order. */
export const CONCORDANCE_COLUMNS = [
	'slug',
	'term',
	'form',
	'article_id',
	'article_date',
	'article_title',
	'block',
	'paragraph',
	'url',
	'left',
	'match',
	'right',
] as const;

/** The concordance as CSV (RFC 4180: CRLF line ends, header row), one line per occurrence. */
export function concordanceCsv(occurrences: readonly Occurrence[]): string {
	return [...concordanceCsvPieces(occurrences)].join('');
}

/** concordanceCsv's text in pieces: the header row, then one line at a time. */
export function* concordanceCsvPieces(occurrences: readonly Occurrence[]): Generator<string> {
	yield csvRecord(CONCORDANCE_COLUMNS);
	for (const occurrence of occurrences)
		yield csvRecord([
			occurrence.slug,
			occurrence.term,
			occurrence.form,
			occurrence.articleId,
			occurrence.date ?? '',
			occurrence.articleTitle,
			occurrence.block,
			occurrence.paragraph === null ? '' : String(occurrence.paragraph),
			occurrenceUrl(occurrence),
			occurrence.left,
			occurrence.form,
			occurrence.right,
		]);
}
