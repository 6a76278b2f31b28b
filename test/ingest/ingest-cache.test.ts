import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { runIngest } from '../../src/lib/ingest-fs.ts';
import { contentSnapshot } from './helpers.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'hy-ingest-cache-'));
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

const seeds = join(work, 'seeds');
const cacheDir = join(work, 'cache');
const cached = join(work, 'content-cached');
const fresh = join(work, 'content-fresh');

/** Runs the ingest; its output lines. */
function ingest(content: string, withCache: boolean): string[] {
	const lines: string[] = [];
	const code = runIngest({
		seedsDir: seeds,
		contentDir: content,
		quiet: true,
		out: (line) => lines.push(line),
		err: (line) => lines.push(line),
		...(withCache ? { cacheDir } : {}),
	});
	expect(code, lines.join('\n')).toBe(0);
	return lines;
}

/** The cache line of a run: [from the cache, ingested, pruned]. */
function cacheCounts(lines: string[]): number[] {
	const match =
		/ingest cache: (\d+) raw file\(s\) from the cache, (\d+) ingested, (\d+) entry/u.exec(
			lines.join('\n'),
		);
	expect(match, lines.join('\n')).not.toBeNull();
	return (match ?? []).slice(1).map(Number);
}

/** The cached run and a run without the cache give the same content/, byte for byte. */
function expectSameAsFresh(): void {
	rmSync(fresh, { recursive: true, force: true });
	ingest(fresh, false);
	expect(contentSnapshot(cached)).toEqual(contentSnapshot(fresh));
}

beforeEach(() => {
	for (const dir of [seeds, cacheDir, cached, fresh]) rmSync(dir, { recursive: true, force: true });
	cpSync(SEEDS, seeds, { recursive: true });
});

describe('the ingest cache', () => {
	test('a second run takes every raw file from the cache and writes the same content/', () => {
		expect(cacheCounts(ingest(cached, true))).toEqual([0, 5, 0]);
		const first = contentSnapshot(cached);
		const lines = ingest(cached, true);
		expect(cacheCounts(lines)).toEqual([5, 0, 0]);
		expect(lines.join('\n')).toMatch(/0 file\(s\) written, \d+ unchanged, 0 removed/u);
		expect(contentSnapshot(cached)).toEqual(first);
		expectSameAsFresh();
	});

	test('a changed raw file is ingested again, the others are not', () => {
		ingest(cached, true);
		const file = join(seeds, '002_8c93e10fb14268ae.txt');
		writeFileSync(file, readFileSync(file, 'utf8').replace('衡阳', '衡阳市'));
		expect(cacheCounts(ingest(cached, true))).toEqual([4, 1, 1]);
		expectSameAsFresh();
	});

	test('a page added in front changes the others’ ids as a fresh run would', () => {
		ingest(cached, true);
		// The same articles again, first in file order: their ids win, the old pages' get -2.
		cpSync(join(seeds, '003_aac00d1867b0bacf.txt'), join(seeds, '0000_copy.txt'));
		const lines = ingest(cached, true);
		expect(cacheCounts(lines)).toEqual([5, 1, 0]);
		expect([...contentSnapshot(cached).keys()].some((name) => name.endsWith('-2.md'))).toBe(true);
		expectSameAsFresh();
	});

	test('a removed raw file’s entry is pruned and its content removed', () => {
		ingest(cached, true);
		unlinkSync(join(seeds, '004_fa3470aedee302dd.txt'));
		expect(cacheCounts(ingest(cached, true))).toEqual([4, 0, 1]);
		expectSameAsFresh();
	});

	test('a file of content/ edited by hand is written again', () => {
		ingest(cached, true);
		const [name] = readdirSync(join(cached, 'articles'));
		const path = join(cached, 'articles', name ?? '');
		const generated = readFileSync(path, 'utf8');
		writeFileSync(path, generated.replace('衡阳', '衡山'));
		const lines = ingest(cached, true);
		expect(lines.join('\n')).toMatch(/1 file\(s\) written/u);
		expect(readFileSync(path, 'utf8')).toBe(generated);
	});

	test('a damaged cache entry is a miss, not an error', () => {
		ingest(cached, true);
		for (const name of readdirSync(join(cacheDir, 'pages')))
			writeFileSync(join(cacheDir, 'pages', name), '{"result":');
		writeFileSync(join(cacheDir, 'written.json'), 'not json');
		expect(cacheCounts(ingest(cached, true))).toEqual([0, 5, 0]);
		expectSameAsFresh();
	});
});
