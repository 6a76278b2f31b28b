/**
 * Runs one stage of the pipeline as a child process and measures it: wall time, and peak memory
 * from GNU time (`/usr/bin/time -v`: the largest resident set of any one process of the stage)
 * plus, sampled every 200 ms from /proc, the peak of the summed resident sets of the whole tree.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What one stage cost. */
export interface StageMeasure {
	readonly stage: string;
	readonly command: string;
	readonly exitCode: number;
	readonly wallSeconds: number;
	/** Largest resident set of a single process of the stage (GNU time), bytes; null without it. */
	readonly maxRssBytes: number | null;
	/** Largest sampled sum of resident sets over the stage's process tree, bytes. */
	readonly treeRssBytes: number;
}

const GNU_TIME = '/usr/bin/time';

/** Reads "Maximum resident set size (kbytes): N" from `time -v` output, in bytes. */
export function parseMaxRss(report: string): number | null {
	const match = /Maximum resident set size \(kbytes\):\s*(\d+)/u.exec(report);
	return match ? Number(match[1]) * 1024 : null;
}

/** Parent of every process now running, by pid. */
function parents(): Map<number, number> {
	const map = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/u.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	return map;
}

/** Sum of VmRSS over a process and its descendants, bytes. */
function treeRss(root: number): number {
	const parentOf = parents();
	const tree = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, parent] of parentOf)
			if (tree.has(parent) && !tree.has(pid)) {
				tree.add(pid);
				grew = true;
			}
	}
	let sum = 0;
	for (const pid of tree) {
		try {
			const rss = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			sum += Number(rss?.[1] ?? 0) * 1024;
		} catch {
			// Gone.
		}
	}
	return sum;
}

/** Runs `command args` in `cwd` with `env` added, its output appended to `log`; measures it. */
export async function runStage(
	stage: string,
	cwd: string,
	command: string,
	args: readonly string[],
	env: Record<string, string>,
	log: (chunk: string) => void,
): Promise<StageMeasure> {
	const timed = existsSync(GNU_TIME);
	const started = performance.now();
	const child = spawn(timed ? GNU_TIME : command, timed ? ['-v', command, ...args] : [...args], {
		cwd,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => {
		log(chunk.toString());
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
		log(chunk.toString());
	});
	let treePeak = 0;
	const timer = setInterval(() => {
		if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRss(child.pid));
	}, 200);
	const exitCode = await new Promise<number>((done) => {
		child.on('close', (code) => {
			done(code ?? 1);
		});
	});
	clearInterval(timer);
	return {
		stage,
		command: [command, ...args].join(' '),
		exitCode,
		wallSeconds: (performance.now() - started) / 1000,
		maxRssBytes: timed ? parseMaxRss(stderr) : null,
		treeRssBytes: treePeak,
	};
}
