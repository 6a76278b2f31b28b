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
	const page = Buffer.alloc(24 * 1024, '衡阳日报');
	mkdirSync(dir, { recursive: true });
	const filesSeconds = timed(() => {
		for (let i = 0; i < size.files; i++) {
			mkdirSync(join(dir, String(i)));
			writeFileSync(join(dir, String(i), 'index.html'), page);
		}
		for (let i = 0; i < size.files; i++) readFileSync(join(dir, String(i), 'index.html'));
	});
	return { cpuSeconds, memorySeconds, filesSeconds };
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
