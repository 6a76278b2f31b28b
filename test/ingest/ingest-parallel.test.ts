import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateArchivePages } from '../../scripts/bench/generate-pages.ts';
import { runIngest } from '../../src/lib/ingest-fs.ts';
import { runIngestParallel } from '../../src/lib/ingest-parallel-fs.ts';
import { CONTENT, contentSnapshot, SEEDS } from './helpers.ts';

/**
 * The ingest with worker threads (src/lib/ingest-parallel-fs.ts) against the one on a single
 * thread: the same content/, byte for byte, the same log and errors, the same exit code, on the
 * real seeds, 150 generated articles (42 raw pages), an override, bad overrides and two bad files.
 */
const FIXTURES = new URL('../fixtures/raw/', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'hy-ingest-parallel-'));
const seeds = join(work, 'seeds');
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

/** The 1-based line of a raw page's first title: its first line that is not blank. */
function titleLine(file: string): number {
	return (
		readFileSync(file, 'utf8')
			.split('\n')
			.findIndex((line) => line.trim() !== '') + 1
	);
}

beforeAll(() => {
	mkdirSync(seeds);
	for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(seeds, name));
	for (const page of generateArchivePages(150, CONTENT))
		writeFileSync(join(seeds, page.file), page.text);
	for (const name of ['binary.txt', 'empty.txt'])
		copyFileSync(new URL(name, FIXTURES), join(seeds, `zz-${name}`));
	const [first, second] = readdirSync(seeds).filter((name) => name.startsWith('scale_'));
	if (first === undefined || second === undefined) throw new Error('no generated raw page');
	writeFileSync(
		join(seeds, first.replace(/\.txt$/u, '.meta.yaml')),
		`articles:\n  - line: ${String(titleLine(join(seeds, first)))}\n    kicker: 改过的引题\n`,
	);
	writeFileSync(join(seeds, second.replace(/\.txt$/u, '.meta.yaml')), 'no-such-key: 1\n');
});

interface Run {
	readonly code: number;
	readonly out: string[];
	readonly err: string[];
	readonly files: Map<string, string>;
}

async function run(name: string, threads: number, cacheDir?: string): Promise<Run> {
	const contentDir = join(work, name);
	const out: string[] = [];
	const err: string[] = [];
	const options = {
		seedsDir: seeds,
		contentDir,
		out: (line: string) => out.push(line),
		err: (line: string) => err.push(line),
		...(cacheDir === undefined ? {} : { cacheDir }),
	};
	const code =
		threads === 0
			? runIngest(options)
			: await runIngestParallel(options, { threads, inlineJobs: 3 });
	// Why: the summary names the content folder, which differs between the runs.
	const named = (lines: string[]): string[] =>
		lines.map((line) => line.replaceAll(contentDir, '<content>'));
	return { code, out: named(out), err: named(err), files: contentSnapshot(contentDir) };
}

describe('the ingest on worker threads', () => {
	let single: Run;
	beforeAll(async () => {
		single = await run('single', 0);
	}, 120_000);

	test('writes what the ingest on one thread writes, and reports the same', async () => {
		const parallel = await run('parallel', 2);
		expect(single.files.size).toBeGreaterThan(2 * 150);
		expect(single.code).toBe(1);
		expect(single.err.some((line) => line.startsWith('ingest error: zz-binary.txt'))).toBe(true);
		expect(single.err.some((line) => line.includes('.meta.yaml'))).toBe(true);
		expect([...single.files.values()].some((text) => text.includes('改过的引题'))).toBe(true);
		expect(parallel.code).toBe(single.code);
		expect(parallel.err).toEqual(single.err);
		expect(parallel.out).toEqual(single.out);
		expect([...parallel.files.keys()]).toEqual([...single.files.keys()]);
		for (const [path, text] of single.files) expect(parallel.files.get(path), path).toBe(text);
	}, 120_000);

	test('with the cache, cold and then warm, writes the same', async () => {
		const cacheDir = join(work, 'cache');
		const cold = await run('cached', 2, cacheDir);
		expect(cold.out.join('\n')).toMatch(/0 raw file\(s\) from the cache, \d+ ingested/u);
		const warm = await run('cached', 2, cacheDir);
		// Why two: a bad raw file is never cached (the one with bad overrides is not read).
		expect(warm.out.join('\n')).toMatch(/\d+ raw file\(s\) from the cache, 2 ingested/u);
		expect(warm.out.join('\n')).toMatch(/0 file\(s\) written/u);
		for (const result of [cold, warm]) {
			expect(result.err).toEqual(single.err);
			expect(result.files).toEqual(single.files);
		}
	}, 120_000);
});
