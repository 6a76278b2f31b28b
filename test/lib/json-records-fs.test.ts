import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { readJsonRecords } from '../../src/lib/json-records-fs.ts';

const schema = z.object({ file: z.string(), lines: z.number().int() });
const dirs: string[] = [];
function folder(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'hy-json-records-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readJsonRecords', () => {
	test('reads every .json file in name order, its stem as id, checked by the schema', () => {
		const dir = folder({
			'002_b.json': '{"file":"002_b.txt","lines":3}',
			'001_a.json': '{"file":"001_a.txt","lines":9}',
			'notes.txt': 'not a record',
		});
		const records = readJsonRecords(dir, schema);
		expect(records.map((record) => record.id)).toEqual(['001_a', '002_b']);
		expect(records[0]?.data).toEqual({ file: '001_a.txt', lines: 9 });
	});

	test('gives a digest that changes with the file’s bytes', () => {
		const first = readJsonRecords(folder({ 'a.json': '{"file":"a","lines":1}' }), schema);
		const same = readJsonRecords(folder({ 'a.json': '{"file":"a","lines":1}' }), schema);
		const other = readJsonRecords(folder({ 'a.json': '{"file":"a","lines":2}' }), schema);
		expect(first[0]?.digest).toBe(same[0]?.digest);
		expect(first[0]?.digest).not.toBe(other[0]?.digest);
	});

	test('names the file when it is not JSON or fails the schema', () => {
		const broken = folder({ 'bad.json': '{"file":' });
		expect(() => readJsonRecords(broken, schema)).toThrow(`${join(broken, 'bad.json')}: not JSON`);
		const wrong = folder({ 'wrong.json': '{"file":"x","lines":"many"}' });
		expect(() => readJsonRecords(wrong, schema)).toThrow(`${join(wrong, 'wrong.json')}: lines:`);
	});

	test('reads no record from a folder that does not exist', () => {
		const dir = folder({});
		mkdirSync(join(dir, 'empty'));
		expect(readJsonRecords(join(dir, 'missing'), schema)).toEqual([]);
		expect(readJsonRecords(join(dir, 'empty'), schema)).toEqual([]);
	});
});
