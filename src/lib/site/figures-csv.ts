import { figureRecordKeys, type FigureRecord } from './figures-records.ts';

/** A byte-order mark: U+FEFF, written as EF BB BF in UTF-8. */
export const byteOrderMark = '\uFEFF';

/** A value of one CSV cell before quoting. */
export type CsvValue = string | number | boolean | null;

/**
 * One RFC 4180 field: null is empty; a field holding a comma, a double quote, CR or LF is put in
 * double quotes, with each double quote inside doubled (说“好”, → "说“好”,"; a"b → "a""b").
 */
export function csvField(value: CsvValue): string {
	if (value === null) return '';
	const text = String(value);
	return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One RFC 4180 record: fields joined by commas, ended by CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
	return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * The text of dist/data/figures.csv: a byte-order mark, a header row of the JSON keys, then one
 * row per record in the same order as figures.json.
 *
 * Why the byte-order mark: Excel (and WPS) read a CSV without one in the system's legacy code page
 * (GBK on a Chinese Windows, Windows-1252 elsewhere), which garbles every Chinese character; with
 * the mark they read UTF-8. RFC 4180 parsers and most scripts skip or tolerate it.
 */
export function figureRecordsToCsv(records: readonly FigureRecord[]): string {
	return [...figureRecordsCsvPieces(records)].join('');
}

/** figureRecordsToCsv's text in pieces: the mark and header, then one row at a time. */
export function* figureRecordsCsvPieces(records: readonly FigureRecord[]): Generator<string> {
	yield `${byteOrderMark}${csvRecord(figureRecordKeys)}`;
	for (const record of records) yield csvRecord(figureRecordKeys.map((key) => record[key]));
}
