import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	CORRESPONDENTS,
	generateArchivePages,
	shiftYears,
	STAFF_REPORTERS,
} from '../../scripts/bench/generate-pages.ts';
import { ingestDirectory } from '../../src/lib/ingest-fs.ts';
import {
	calibrate,
	fileCreationSettled,
	formatCalibration,
	formatSettling,
	settleFileCreation,
} from '../../scripts/bench/calibrate.ts';
import { parseMaxRss } from '../../scripts/bench/measure.ts';
import {
	cellWidth,
	formatResult,
	markdownTable,
	type ScaleResult,
} from '../../scripts/bench/table.ts';
import { readGlossaryDir } from '../../src/lib/glossary/glossary-fs.ts';

const content = new URL('../../content', import.meta.url).pathname;

describe('generateArchivePages', () => {
	test('gives the same bytes for the same count and seed', () => {
		expect(generateArchivePages(30, content)).toEqual(generateArchivePages(30, content));
		expect(generateArchivePages(30, content, 1)).not.toEqual(generateArchivePages(30, content));
	});

	test('writes exactly the asked number of articles, two to five a raw page', () => {
		const pages = generateArchivePages(50, content);
		const perPage = pages.map((page) => page.text.match(/衡阳日报讯/gu)?.length ?? 0);
		expect(perPage.reduce((sum, n) => sum + n, 0)).toBe(50);
		for (const n of perPage.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(2);
		for (const n of perPage) expect(n).toBeLessThanOrEqual(5);
	});

	test('credits a staff of reporters and a pool of correspondents, a few of them often', () => {
		const text = generateArchivePages(5000, content)
			.map((page) => page.text)
			.join('\n');
		const count = (role: string): Map<string, number> => {
			const counts = new Map<string, number>();
			for (const [, name] of text.matchAll(new RegExp(`${role} (\\S+?)[ ）]`, 'gu')))
				counts.set(name ?? '', (counts.get(name ?? '') ?? 0) + 1);
			return counts;
		};
		const reporters = count('全媒体记者');
		const correspondents = count('通讯员');
		expect([...reporters.values()].reduce((sum, n) => sum + n, 0)).toBe(5000);
		expect(reporters.size).toBeLessThanOrEqual(STAFF_REPORTERS);
		expect(correspondents.size).toBeLessThanOrEqual(CORRESPONDENTS);
		// Why: the busiest names have more articles than a page lists (100), as on a real paper.
		expect(Math.max(...reporters.values())).toBeGreaterThan(100);
		const once = [...reporters.values(), ...correspondents.values()].filter((n) => n === 1);
		expect(once.length).toBeLessThan((reporters.size + correspondents.size) / 2);
		for (const name of reporters.keys()) expect(correspondents.has(name)).toBe(false);
	});

	test('spreads the dates over 2013–2023', () => {
		const years = generateArchivePages(200, content).map((page) =>
			Number(/(\d{4})年\d+月\d+日，/u.exec(page.text)?.[1]),
		);
		expect(Math.min(...years)).toBe(2013);
		expect(Math.max(...years)).toBe(2023);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	test('moves the years of copied sentences to the article’s year', () => {
		expect(shiftYears('2022年完成，2023年力争', 2013)).toBe('2012年完成，2013年力争');
		expect(shiftYears('2023年', 2023)).toBe('2023年');
		expect(shiftYears('第1800年', 2013)).toBe('第1800年');
	});

	test('the ingest dates every generated article by its dateline', () => {
		const dir = mkdtempSync(join(tmpdir(), 'hy-bench-dates-'));
		try {
			const pages = generateArchivePages(120, content);
			for (const page of pages) writeFileSync(join(dir, page.file), page.text);
			const printed = pages.flatMap((page) =>
				[...page.text.matchAll(/（[^）]*）(\d{4})年(\d{1,2})月(\d{1,2})日，/gu)].map(
					([, year, month, day]) =>
						`${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
				),
			);
			const { pages: ingested, errors } = ingestDirectory(dir);
			expect(errors).toEqual([]);
			const dates = ingested.flatMap((page) => page.articles.map((entry) => entry.data.date));
			expect(dates).toEqual(printed);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('quotes only slogans that have a glossary entry', () => {
		const text = generateArchivePages(100, content)
			.map((page) => page.text)
			.join('\n');
		const drawn = new Set(
			Array.from(text.matchAll(/全面落实“([^”]+)”战略部署/gu), (match) => match[1] ?? ''),
		);
		expect(drawn.size).toBeGreaterThan(3);
		const terms = readGlossaryDir(`${content}/glossary`).flatMap((entry) => [
			entry.term,
			...entry.aliases,
		]);
		for (const slogan of drawn) expect(terms).toContain(slogan);
	});

	test('numbers the files from firstPage', () => {
		expect(generateArchivePages(5, content, 7, 2500)[0]?.file).toEqual('scale_02500.txt');
	});
});

describe('the result table', () => {
	test('pads columns to the display width, CJK counting two', () => {
		expect(cellWidth('三高四新')).toBe(8);
		expect(cellWidth('sgsx')).toBe(4);
		expect(
			markdownTable(
				['q', 'n'],
				[
					['衡阳', '1'],
					['sgsx', '22'],
				],
			),
		).toBe(['| q    | n   |', '| ---- | --- |', '| 衡阳 | 1   |', '| sgsx | 22  |'].join('\n'));
	});

	test('reads the peak memory from GNU time', () => {
		expect(parseMaxRss('\tMaximum resident set size (kbytes): 44972\n')).toBe(44972 * 1024);
		expect(parseMaxRss('no report')).toBeNull();
	});

	test('prints stages, totals, sizes, queries and the rebuild ratio', () => {
		const stage = (name: string, wallSeconds: number) => ({
			stage: name,
			command: 'node x',
			exitCode: 0,
			wallSeconds,
			maxRssBytes: 100 * 1048576,
			treeRssBytes: 150 * 1048576,
		});
		const unsettled: ScaleResult = {
			articles: 10,
			rawPages: 3,
			date: '2026-11-23 19:00 UTC',
			commit: 'abc1234',
			load: '1.00 1.00 1.00',
			stages: [stage('ingest', 1), stage('astro build + search index', 14)],
			rebuild: [stage('ingest', 1), stage('astro build + search index', 9)],
			articlePages: 25,
			htmlPages: 100,
			distBytes: 3 * 1048576,
			distFiles: 200,
			indexBytes: 1048576,
			indexFiles: 50,
			queries: [
				{
					query: '衡阳',
					firstSearchBytes: 2048,
					results: '52 results',
					nodeLoadMilliseconds: 40.2,
					nodeQueryMilliseconds: 12.7,
				},
			],
			searchIndex: {
				cold: '2 part(s), 2 indexed afresh, 0 from the cache; search index step: 3.5 s',
				rebuild: '2 part(s), 1 indexed afresh, 1 from the cache; search index step: 1.5 s',
			},
			calibration: {
				start: { cpuSeconds: 0.612, memorySeconds: 0.3, filesSeconds: 1.25 },
				end: { cpuSeconds: 0.6, memorySeconds: 0.71, filesSeconds: 2.5 },
			},
		};
		const result: ScaleResult = {
			...unsettled,
			settling: { probeSeconds: [4.11, 0.73, 0.7], waitedSeconds: 40, settled: true },
		};
		const text = formatResult(result);
		expect(text).toContain(
			'10 generated articles on 3 raw pages — 2026-11-23 19:00 UTC, commit abc1234',
		);
		expect(text).toContain('| astro build + search index | 14.0 s | 100.0 MB');
		expect(text).toMatch(
			/\| search index step, rebuild +\| 2 part\(s\), 1 indexed afresh, 1 from the cache; search index step: 1\.5 s +\|/u,
		);
		expect(text).toMatch(/\| total +\| 15\.0 s \|.*\| 10\.0 s +\| 0\.67 +\|/u);
		expect(text).toContain('3.0 MB in 200 files');
		expect(text).toMatch(/\| 衡阳 +\| 2\.0 kB +\| 40 \+ 13 ms/u);
		expect(text).toContain(
			'machine calibration (start / end): CPU (SHA-256 of 512 MB) 0.61 / 0.60 s, memory (1024 MB written) 0.30 / 0.71 s, files (4000 of 24 kB, each in a new folder, written and read) 1.25 / 2.50 s',
		);
		expect(text).toContain(
			'file creation settled after 40 s of waiting (probes of 2000 new folders with a file: 4.11, 0.73, 0.70 s)',
		);
		expect(formatResult(unsettled)).not.toContain('file creation');
	});
});

describe('waiting for file creation to settle', () => {
	const options = {
		files: 3,
		intervalSeconds: 20,
		minWaitSeconds: 0,
		maxWaitSeconds: 100,
		recovering: 1.25,
	};

	test('is settled once a probe is not much faster than the one before it', () => {
		expect(fileCreationSettled([], 1.25)).toBe(false);
		expect(fileCreationSettled([0.7], 1.25)).toBe(false);
		expect(fileCreationSettled([4.11, 0.73], 1.25)).toBe(false);
		expect(fileCreationSettled([0.73, 0.7], 1.25)).toBe(true);
		expect(fileCreationSettled([0.7, 0.9], 1.25)).toBe(true);
		expect(fileCreationSettled([1.0, 0.79], 1.25)).toBe(false);
	});

	test('probes until two agree, sleeping between probes, each probe in a new folder', async () => {
		const times = [4.11, 2.0, 0.73, 0.7, 0.1];
		const probed: string[] = [];
		const slept: number[] = [];
		const settling = await settleFileCreation(
			'/nowhere',
			options,
			(seconds) => {
				slept.push(seconds);
				return Promise.resolve();
			},
			(dir, files) => {
				probed.push(`${dir} ${files}`);
				return times[probed.length - 1] ?? 0;
			},
		);
		expect(settling).toEqual({
			probeSeconds: [4.11, 2.0, 0.73, 0.7],
			waitedSeconds: 60,
			settled: true,
		});
		expect(slept).toEqual([20, 20, 20]);
		expect(probed).toEqual(['/nowhere/0 3', '/nowhere/1 3', '/nowhere/2 3', '/nowhere/3 3']);
	});

	test('waits at least the minimum, however alike the probes', async () => {
		const slept: number[] = [];
		const settling = await settleFileCreation(
			'/nowhere',
			{ ...options, minWaitSeconds: 60 },
			(seconds) => {
				slept.push(seconds);
				return Promise.resolve();
			},
			() => 0.5,
		);
		expect(settling).toEqual({
			probeSeconds: [0.5, 0.5, 0.5, 0.5],
			waitedSeconds: 60,
			settled: true,
		});
		expect(slept).toEqual([20, 20, 20]);
	});

	test('stops waiting at the limit and says it did not settle', async () => {
		let probe = 64;
		const settling = await settleFileCreation(
			'/nowhere',
			options,
			() => Promise.resolve(),
			() => (probe /= 2),
		);
		expect(settling.settled).toBe(false);
		expect(settling.waitedSeconds).toBe(100);
		expect(settling.probeSeconds).toHaveLength(6);
		expect(formatSettling(settling, 3)).toBe(
			'file creation still getting faster after 100 s of waiting, timed anyway (probes of 3 new folders with a file: 32.00, 16.00, 8.00, 4.00, 2.00, 1.00 s)',
		);
	});

	test('probes with real folders and files, left where they were made', async () => {
		const parent = mkdtempSync(join(tmpdir(), 'settle-'));
		const settling = await settleFileCreation(parent, { ...options, files: 5 }, () =>
			Promise.resolve(),
		);
		expect(settling.probeSeconds.length).toBeGreaterThanOrEqual(2);
		for (const [index] of settling.probeSeconds.entries())
			expect(readdirSync(join(parent, String(index)))).toHaveLength(5);
		rmSync(parent, { recursive: true, force: true });
	});
});

describe('the machine calibration', () => {
	test('times each part of a fixed workload, its files left in the folder it is given', () => {
		const parent = mkdtempSync(join(tmpdir(), 'calibrate-'));
		const dir = join(parent, 'work');
		const times = calibrate(dir, { cpuMegabytes: 4, memoryMegabytes: 8, files: 20 });
		for (const value of Object.values(times)) expect(value).toBeGreaterThan(0);
		expect(Object.keys(times).sort()).toEqual(['cpuSeconds', 'filesSeconds', 'memorySeconds']);
		expect(readdirSync(dir)).toHaveLength(20);
		expect(existsSync(join(dir, '19', 'index.html'))).toBe(true);
		rmSync(parent, { recursive: true, force: true });
		expect(formatCalibration(times, undefined)).toMatch(
			/^machine calibration \(start\): CPU \(SHA-256 of 512 MB\) \d+\.\d\d s, memory/u,
		);
	});
});
