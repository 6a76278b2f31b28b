import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { byteOrderMark } from '../../src/lib/site/figures-csv.ts';
import { figureRecordKeys, type FigureRecord } from '../../src/lib/site/figures-records.ts';
import { figuresFileSchema } from '../../src/schemas/figure.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const jsonPath = `${root}dist/data/figures.json`;
const csvPath = `${root}dist/data/figures.csv`;

/** The text of a built file; a missing build fails with the fix in the message. */
function built(path: string): string {
	if (!existsSync(path)) {
		throw new Error(`${path} does not exist: run \`npm run build\` first`);
	}
	return readFileSync(path, 'utf8');
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) into rows of fields. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else field += char;
	}
	if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
	return rows;
}

/** A record's value as the CSV writes it. */
function csvText(value: FigureRecord[keyof FigureRecord]): string {
	return value === null ? '' : String(value);
}

/** Every figure of content/figures/, by article id. */
function sidecarCounts(): Map<string, number> {
	const dir = `${root}content/figures/`;
	return new Map(
		readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.map((name) => {
				const sidecar = figuresFileSchema.parse(JSON.parse(readFileSync(`${dir}${name}`, 'utf8')));
				return [sidecar.article, sidecar.figures.length];
			}),
	);
}

describe('the built figure data', () => {
	test('figures.json holds every figure of content/figures/, each with its article and source paragraph', () => {
		const records = JSON.parse(built(jsonPath)) as FigureRecord[];
		const counts = sidecarCounts();
		expect(records.length).toBe([...counts.values()].reduce((sum, count) => sum + count, 0));
		for (const [article, count] of counts) {
			expect(
				records.filter((record) => record.article === article),
				article,
			).toHaveLength(count);
		}
		for (const record of records) {
			expect(Object.keys(record)).toEqual([...figureRecordKeys]);
			expect(record.url).toBe(`/articles/${record.article}/`);
			expect(record.sourceUrl).toBe(`${record.url}#p-${record.paragraph + 1}`);
			expect(existsSync(`${root}dist${record.url}index.html`), record.url).toBe(true);
		}
	});

	test('figures.json lists articles newest first and keeps each article’s figures together', () => {
		const records = JSON.parse(built(jsonPath)) as FigureRecord[];
		const articles = records
			.map((record) => record.article)
			.filter((article, index, all) => all[index - 1] !== article);
		expect(new Set(articles).size).toBe(articles.length);
		const dates = records.map((record) => record.date ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every source link points at a paragraph id the article page has', () => {
		const records = JSON.parse(built(jsonPath)) as FigureRecord[];
		const missing = records.filter((record) => {
			const html = readFileSync(`${root}dist${record.url}index.html`, 'utf8');
			const id = record.sourceUrl.slice(record.sourceUrl.indexOf('#') + 1);
			return !html.includes(`id="${id}"`);
		});
		expect(missing.map((record) => record.sourceUrl)).toEqual([]);
	});

	test('figures.csv is UTF-8 with a byte-order mark, CRLF records and the rows of figures.json', () => {
		const csv = built(csvPath);
		const bytes = readFileSync(csvPath);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.startsWith(byteOrderMark)).toBe(true);
		const rows = parseCsv(csv.slice(1));
		const records = JSON.parse(built(jsonPath)) as FigureRecord[];
		expect(rows[0]).toEqual([...figureRecordKeys]);
		expect(rows.slice(1)).toEqual(
			records.map((record) => figureRecordKeys.map((key) => csvText(record[key]))),
		);
	});
});
