/**
 * A fixed piece of work timed before and after the benchmark's stages, so that runs made when
 * this machine is fast and when it is slow can be told apart (the same commit has taken 71 s and
 * 169 s for 10,000 articles on the same day; a CPU-bound loop then ran at one speed, the build's
 * file and memory work did not).
 *
 * Three parts, each like a part of the build: SHA-256 over bytes in memory (CPU on one thread),
 * fresh memory allocated and written (the page faults of a growing heap), and small files
 * written into folders of their own and read back (the site's pages, as Astro writes them).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seconds each part of the calibration took. */
export interface Calibration {
	readonly cpuSeconds: number;
	readonly memorySeconds: number;
	readonly filesSeconds: number;
}

/** How much work each part does (the benchmark's defaults; a test runs less). */
export interface CalibrationSize {
	/** MB hashed with SHA-256. */
	readonly cpuMegabytes: number;
	/** MB allocated and written, 64 MB at a time. */
	readonly memoryMegabytes: number;
	/** Files of 24 kB, each in a folder of its own, as Astro writes pages. */
	readonly files: number;
}

export const CALIBRATION_SIZE: CalibrationSize = {
	cpuMegabytes: 512,
	memoryMegabytes: 1024,
	files: 4000,
};

/** Seconds `work` took. */
function timed(work: () => void): number {
	const started = performance.now();
	work();
	return (performance.now() - started) / 1000;
}

/**
 * Runs the calibration, its files in `dir` (created; left there for the caller to remove, since
 * removing them here would leave freshly deleted inodes beside the build that follows, which
 * ext4 skips when it allocates: see the README's "Scale results"). The work is the same bytes
 * every run; only its time changes with the machine.
 */
export function calibrate(dir: string, size: CalibrationSize = CALIBRATION_SIZE): Calibration {
	const block = Buffer.alloc(1 << 20, 'hengyang');
	const cpuSeconds = timed(() => {
		const hash = createHash('sha256');
		for (let i = 0; i < size.cpuMegabytes; i++) hash.update(block);
		hash.digest();
	});
	const memorySeconds = timed(() => {
		const chunk = 64;
		for (let done = 0; done < size.memoryMegabytes; done += chunk) {
			// Why allocUnsafe then fill: the pages are touched by the fill, not zeroed twice.
			const memory = Buffer.allocUnsafe(Math.min(chunk, size.memoryMegabytes - done) << 20);
			memory.fill(done & 0xff);
		}
	});
	const filesSeconds = timeFileCreation(dir, size.files);
	return { cpuSeconds, memorySeconds, filesSeconds };
}

/**
 * Seconds to create `files` folders under `dir` (created), each with a 24 kB file, and read the
 * files back: the calibration's files part, also the probe of settleFileCreation. The files are
 * left where they are (see calibrate for why).
 */
export function timeFileCreation(dir: string, files: number): number {
	const page = Buffer.alloc(24 * 1024, '衡阳日报');
	mkdirSync(dir, { recursive: true });
	return timed(() => {
		for (let i = 0; i < files; i++) {
			mkdirSync(join(dir, String(i)));
			writeFileSync(join(dir, String(i), 'index.html'), page);
		}
		for (let i = 0; i < files; i++) readFileSync(join(dir, String(i), 'index.html'));
	});
}

/** How settleFileCreation probes and how long it may wait. */
export interface SettleOptions {
	/** Folders (each with a file) one probe creates. */
	readonly files: number;
	/** Seconds between two probes. */
	readonly intervalSeconds: number;
	/**
	 * Seconds it waits at least, whatever the probes say. Why: ext4 passes over the inodes freed
	 * in the last 60 s (longer while their table is not yet written back); a probe lands in one
	 * part of the disk and can miss them, as two equal probes of a run did while its calibration
	 * right after still took 1.52 s instead of about 0.4 s.
	 */
	readonly minWaitSeconds: number;
	/** Seconds after which it stops waiting, settled or not. */
	readonly maxWaitSeconds: number;
	/** A probe this many times faster than the one before means the disk is still recovering. */
	readonly recovering: number;
}

export const SETTLE: SettleOptions = {
	files: 2000,
	intervalSeconds: 20,
	minWaitSeconds: 60,
	maxWaitSeconds: 360,
	recovering: 1.25,
};

/** What settleFileCreation found: every probe's seconds, and the seconds it waited in all. */
export interface Settling {
	readonly probeSeconds: readonly number[];
	readonly waitedSeconds: number;
	/** false when it stopped at maxWaitSeconds with the probes still getting faster. */
	readonly settled: boolean;
}

/**
 * Whether file creation has stopped getting faster: the last probe is not `recovering` times
 * faster than the one before it (one probe alone has nothing to compare with).
 */
export function fileCreationSettled(probeSeconds: readonly number[], recovering: number): boolean {
	const last = probeSeconds.at(-1);
	const before = probeSeconds.at(-2);
	if (last === undefined || before === undefined) return false;
	return last * recovering >= before;
}

/**
 * Waits until creating files runs at the disk's usual speed before the benchmark times anything.
 *
 * Why: on ext4 a new inode is not taken from those freed in the last minute or so (the kernel's
 * `recently_deleted` check), and passing over them is slow. Files removed just before (a copy of
 * the last benchmark run, a `rm -rf dist`) made the pages of the same 10,000-article `astro build`
 * take 23–39 % longer (its system time twice as long), and 4,000 new folders with a file took
 * 4.11 s five seconds after 40,000 files were removed against 0.73 s a minute later (README,
 * "Scale results"). Probes, each
 * `files` new folders with a file (left, not removed), `intervalSeconds` apart, for at least
 * `minWaitSeconds` and then until one is not much faster than the one before it, or
 * `maxWaitSeconds` have passed.
 */
export async function settleFileCreation(
	dir: string,
	options: SettleOptions = SETTLE,
	sleep: (seconds: number) => Promise<void> = (seconds) =>
		new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
	probe: (dir: string, files: number) => number = timeFileCreation,
): Promise<Settling> {
	const probeSeconds = [probe(join(dir, '0'), options.files)];
	let waitedSeconds = 0;
	while (
		waitedSeconds < options.minWaitSeconds ||
		!fileCreationSettled(probeSeconds, options.recovering)
	) {
		if (waitedSeconds + options.intervalSeconds > options.maxWaitSeconds)
			return { probeSeconds, waitedSeconds, settled: false };
		await sleep(options.intervalSeconds);
		waitedSeconds += options.intervalSeconds;
		probeSeconds.push(probe(join(dir, String(probeSeconds.length)), options.files));
	}
	return { probeSeconds, waitedSeconds, settled: true };
}

/** The settling as one line: how long it waited and what each probe took. */
export function formatSettling(settling: Settling, files: number = SETTLE.files): string {
	const probes = settling.probeSeconds.map((seconds) => seconds.toFixed(2)).join(', ');
	return settling.settled
		? `file creation settled after ${settling.waitedSeconds} s of waiting (probes of ${files} new folders with a file: ${probes} s)`
		: `file creation still getting faster after ${settling.waitedSeconds} s of waiting, timed anyway (probes of ${files} new folders with a file: ${probes} s)`;
}

/** The calibration as one line: each part's time at the start, and at the end when measured. */
export function formatCalibration(
	start: Calibration,
	end: Calibration | undefined,
	size: CalibrationSize = CALIBRATION_SIZE,
): string {
	const both = (pick: (c: Calibration) => number): string =>
		[start, end]
			.filter((c) => c !== undefined)
			.map((c) => pick(c).toFixed(2))
			.join(' / ');
	return [
		`machine calibration (${end ? 'start / end' : 'start'}): CPU (SHA-256 of ${size.cpuMegabytes} MB) ${both((c) => c.cpuSeconds)} s`,
		`memory (${size.memoryMegabytes} MB written) ${both((c) => c.memorySeconds)} s`,
		`files (${size.files} of 24 kB, each in a new folder, written and read) ${both((c) => c.filesSeconds)} s`,
	].join(', ');
}
