/**
 * npm run bench -- --articles N: the scale benchmark. Generates a deterministic archive of N
 * articles (scripts/bench/generate-pages.ts, dates 2013–2023, two to five articles a raw page),
 * copies the project's tracked files into a temporary directory with those raw pages (and the five
 * real seeds) in seeds/, and runs the real pipeline there, each stage a child process measured for
 * wall time and peak memory: ingest, and astro build with its search index (scripts/astro-build.ts,
 * as `npm run build` runs it; the table quotes what the build logged of its index step). Then
 * the output sizes, the bytes a first search loads in Chromium for five fixed queries, and the
 * Node-side query time, with a fixed calibration workload timed before and after (see
 * bench/calibrate.ts). Prints a table, writes the same as JSON (--out, default bench-<N>.json)
 * and the stages' logs beside it (bench-<N>.log). --rebuild adds one raw page and runs the
 * stages again in the same copy. --file-budget N sets FILE_BUDGET=N for the astro build stage
 * (the build folds page families to fit, see src/lib/site/file-plan.ts). --keep keeps the copy.
 * Before it times anything it waits for file creation to settle (settleFileCreation: files removed
 * shortly before slow the creation of new ones on ext4); --no-settle skips that.
 * It measures; it asserts no time. Manual only, never part of npm test.
 */
import { execFileSync } from 'node:child_process';
import {
	appendFileSync,
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchArchive } from '../src/lib/search/engine.ts';
import { loadBuiltSearch } from '../src/lib/search/pagefind-node-fs.ts';
import { readSearchState } from '../src/lib/search/url-state.ts';
import {
	calibrate,
	formatCalibration,
	formatSettling,
	settleFileCreation,
	type Settling,
} from './bench/calibrate.ts';
import { firstSearchBytes } from './bench/first-search.ts';
import { generateArchivePages } from './bench/generate-pages.ts';
import { runStage, type StageMeasure } from './bench/measure.ts';
import { formatResult, type QueryMeasure, type ScaleResult } from './bench/table.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		queries: { type: 'string', default: '三高四新,衡阳,晨读,项目建设,sgsx' },
		out: { type: 'string' },
		rebuild: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		'file-budget': { type: 'string' },
		'no-browser': { type: 'boolean', default: false },
		'no-settle': { type: 'boolean', default: false },
	},
});

const project = resolve('.');
const articles = Number.parseInt(values.articles, 10);
if (!Number.isInteger(articles) || articles < 1)
	throw new Error('--articles must be a positive integer');
const fileBudget =
	values['file-budget'] === undefined ? undefined : Number.parseInt(values['file-budget'], 10);
if (fileBudget !== undefined && !(Number.isInteger(fileBudget) && fileBudget > 0))
	throw new Error('--file-budget must be a positive integer');
const outFile = resolve(values.out ?? `bench-${articles}.json`);
const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const logFile = join(work, 'pipeline.log');
/** Where the stages' log is kept beside the JSON: bench-<N>.log for bench-<N>.json. */
const logCopy = `${outFile.replace(/\.json$/u, '')}.log`;
const log = (chunk: string): void => {
	appendFileSync(logFile, chunk);
};
const load = (): string =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(' ');

/** Copies the tracked and untracked-unignored files as they are on disk, but the generated content and any raw page other than the five real seeds. */
function copyProject(): string {
	const root = join(work, 'project');
	const tracked = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ cwd: project, encoding: 'utf8' },
	)
		.split('\0')
		.filter(Boolean);
	for (const file of tracked) {
		if (file === 'node_modules') continue;
		if (/^content\/(articles|pages|figures)\//u.test(file)) continue;
		if (file.startsWith('seeds/') && !/^seeds\/\d{3}_[0-9a-f]+\.(txt|meta\.yaml)$/u.test(file))
			continue;
		if (!existsSync(join(project, file))) continue;
		mkdirSync(dirname(join(root, file)), { recursive: true });
		cpSync(join(project, file), join(root, file));
	}
	// Why one link per package, not one link for node_modules: Astro writes its cache to
	// node_modules/.astro, which must stay in the copy (a rebuild reads it; the shared tree must not).
	const modules = join(project, 'node_modules');
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(modules))
		if (!['.astro', '.vite', '.cache'].includes(name))
			symlinkSync(join(modules, name), join(root, 'node_modules', name));
	return root;
}

const STAGE_MARK = '===== ';

/**
 * What the last build stage in the log said of its search index: the parts it indexed afresh and
 * the step's time (logged by scripts/astro-build.ts after Astro exits).
 */
function searchIndexLines(): string {
	const text = readFileSync(logFile, 'utf8');
	const last = text.slice(text.lastIndexOf(STAGE_MARK));
	return [
		/\d+ part\(s\), \d+ indexed afresh, \d+ from the cache/u.exec(last)?.[0],
		/search index step: [^\n]*/u.exec(last)?.[0],
	]
		.filter((line) => line !== undefined)
		.join('; ');
}

/** Bytes and files under a directory. */
function du(
	dir: string,
	filter: (path: string) => boolean = () => true,
): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile() && filter(join(entry.parentPath, entry.name))) {
			bytes += statSync(join(entry.parentPath, entry.name)).size;
			files++;
		}
	return { bytes, files };
}

/**
 * Ingest, then astro build with its search index (scripts/astro-build.ts, as `npm run build`: the
 * index step runs once Astro has exited): each measured; stops at the first failure.
 */
async function pipeline(root: string, label: string): Promise<StageMeasure[]> {
	const node = process.execPath;
	const stages: [string, string[], Record<string, string>][] = [
		['ingest', ['scripts/ingest.ts', '--quiet'], {}],
		[
			'astro build + search index',
			['scripts/astro-build.ts'],
			fileBudget === undefined ? {} : { FILE_BUDGET: String(fileBudget) },
		],
	];
	const measured: StageMeasure[] = [];
	for (const [stage, args, env] of stages) {
		console.log(`${label}${stage} … (load ${load()})`);
		log(`\n${STAGE_MARK}${label}${stage} =====\n`);
		const result = await runStage(stage, root, node, args, env, log);
		measured.push(result);
		console.log(
			`  ${result.wallSeconds.toFixed(1)} s, peak ${((result.maxRssBytes ?? 0) / 1048576).toFixed(0)} MB (tree ${(result.treeRssBytes / 1048576).toFixed(0)} MB), exit ${result.exitCode}`,
		);
		if (result.exitCode !== 0)
			throw new Error(`${stage} failed (exit ${result.exitCode}); see ${logFile} (kept)`);
	}
	return measured;
}

/**
 * Node-side time of each query on the built index, as `npm run search` runs it: the index and the
 * lexicon loaded afresh for every query (load), then the query itself (query: a first query,
 * which fetches its index chunks and fragments from disk).
 */
async function nodeQueryTimes(
	dist: string,
	queries: readonly string[],
): Promise<Map<string, { loadMs: number; queryMs: number; results: string }>> {
	const times = new Map<string, { loadMs: number; queryMs: number; results: string }>();
	for (const query of queries) {
		const started = performance.now();
		const { pagefind, lexicon } = await loadBuiltSearch(dist);
		const loaded = performance.now();
		const outcome = await searchArchive(
			pagefind,
			lexicon,
			readSearchState(new URLSearchParams({ q: query })),
		);
		times.set(query, {
			loadMs: loaded - started,
			queryMs: performance.now() - loaded,
			results: `${outcome.total} results`,
		});
		await pagefind.destroy();
	}
	return times;
}

let failed = true;
try {
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
		cwd: project,
		encoding: 'utf8',
	}).trim();
	const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
		cwd: project,
		encoding: 'utf8',
	}).trim();
	console.log(`copying the project to ${work} …`);
	const root = copyProject();
	const pages = generateArchivePages(articles, join(project, 'content'));
	for (const page of pages) writeFileSync(join(root, 'seeds', page.file), page.text);
	console.log(
		`${articles} articles on ${pages.length} raw pages (plus the real seeds) in ${join(root, 'seeds')}`,
	);
	let settling: Settling | undefined;
	if (!values['no-settle']) {
		console.log('waiting for file creation to settle …');
		settling = await settleFileCreation(join(work, 'settle'));
		console.log(`  ${formatSettling(settling)}`);
	}
	console.log('machine calibration …');
	const calibrationStart = calibrate(join(work, 'calibration-start'));
	console.log(`  ${formatCalibration(calibrationStart, undefined)}`);
	const startLoad = load();
	const stages = await pipeline(root, '');
	const coldIndex = searchIndexLines();
	const dist = join(root, 'dist');
	const index = du(join(dist, 'pagefind'));
	const site = du(dist);
	const html = du(dist, (path) => path.endsWith('.html'));
	// The plan line the astro build logged (see src/components/file-plan-data.ts).
	const filePlan = /file plan \([^\n]*/u.exec(readFileSync(logFile, 'utf8'))?.[0];
	const articlePages = readdirSync(join(dist, 'articles')).filter((id) =>
		existsSync(join(dist, 'articles', id, 'index.html')),
	).length;
	const queries = values.queries.split(',').filter(Boolean);
	console.log(`Node-side queries … (load ${load()})`);
	const nodeTimes = await nodeQueryTimes(dist, queries);
	let wire: Awaited<ReturnType<typeof firstSearchBytes>> = {};
	if (!values['no-browser']) {
		console.log(`first searches in Chromium … (load ${load()})`);
		wire = await firstSearchBytes(dist, queries);
	}
	const queryMeasures: QueryMeasure[] = queries.map((query) => ({
		query,
		firstSearchBytes: wire[query]?.total ?? null,
		results: wire[query]?.results ?? nodeTimes.get(query)?.results ?? '',
		nodeLoadMilliseconds: nodeTimes.get(query)?.loadMs ?? Number.NaN,
		nodeQueryMilliseconds: nodeTimes.get(query)?.queryMs ?? Number.NaN,
	}));
	let rebuild: StageMeasure[] | undefined;
	let rebuildIndex: string | undefined;
	if (values.rebuild) {
		const [extra] = generateArchivePages(3, join(project, 'content'), 7, pages.length);
		if (!extra) throw new Error('no extra page generated');
		writeFileSync(join(root, 'seeds', extra.file), extra.text);
		rebuild = await pipeline(root, 'rebuild +1 page: ');
		rebuildIndex = searchIndexLines();
	}
	console.log('machine calibration again …');
	const calibrationEnd = calibrate(join(work, 'calibration-end'));
	const result: ScaleResult = {
		articles,
		rawPages: pages.length,
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		commit: dirty ? `${commit} + uncommitted changes` : commit,
		load: `${startLoad} at start, ${load()} at end (1/5/15 min)`,
		stages,
		articlePages,
		htmlPages: html.files,
		distBytes: site.bytes,
		distFiles: site.files,
		indexBytes: index.bytes,
		indexFiles: index.files,
		queries: queryMeasures,
		calibration: { start: calibrationStart, end: calibrationEnd },
		...(settling === undefined ? {} : { settling }),
		...(fileBudget === undefined ? {} : { fileBudget }),
		...(filePlan === undefined ? {} : { filePlan }),
		...(rebuild ? { rebuild } : {}),
		searchIndex: {
			cold: coldIndex,
			...(rebuildIndex === undefined ? {} : { rebuild: rebuildIndex }),
		},
	};
	console.log(`\n${formatResult(result)}`);
	writeFileSync(outFile, `${JSON.stringify({ ...result, wire }, null, 2)}\n`);
	// Why: the stages' own logs (Astro's per-page times, the index step's lines) are the detail
	// behind the table, and the copy they were in is removed unless --keep.
	copyFileSync(logFile, logCopy);
	console.log(`\nwritten ${outFile} and ${logCopy} (the stages' logs)`);
	failed = false;
} finally {
	if (values.keep || failed) console.log(`kept ${work} (log: ${logFile})`);
	else rmSync(work, { recursive: true, force: true });
}
