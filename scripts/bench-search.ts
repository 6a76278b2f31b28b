/**
 * npm run bench:search [-- --articles 10000]: measures the search for the real archive (dist/,
 * build first) or for a generated archive of N articles: index time and peak memory of Pagefind,
 * index size, and the bytes a first search costs on the wire (gzip for text, as a host sends it)
 * in Chromium, for several kinds of query. Options: --queries 三高四新,晨读 --out FILE.json --keep.
 * Manual only (minutes and gigabytes at 10,000 articles); never part of npm test.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLexicon } from '../src/lib/search/lexicon-build.ts';
import { prepareLexicon, splitPeople } from '../src/lib/search/lexicon.ts';
import { articleSearchText } from '../src/lib/search/search-data.ts';
import { markdownToPlainText } from '../src/lib/site/markdown-to-plain-text.ts';
import { completeSlogans, finishIds, ingestPage } from '../src/lib/ingest.ts';
import { articleHtml } from './bench/article-html.ts';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { DATE_ORDER_FILE } from '../src/lib/search/date-order.ts';
import { generateRawPages } from './bench/generate-pages.ts';
import { firstSearchBytes } from './bench/first-search.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string' },
		queries: { type: 'string', default: '三高四新,衡阳,晨读,项目建设,sgsx,火星殖民' },
		out: { type: 'string' },
		keep: { type: 'boolean', default: false },
		dist: { type: 'string', default: 'dist' },
	},
});

const distDir = resolve(values.dist);
if (!existsSync(join(distDir, 'search', 'index.html')))
	throw new Error(
		`no built site in ${distDir}: run \`npm run build\` first (the benchmark reuses its search page)`,
	);
const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Bytes and files under a directory. */
function du(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			bytes += statSync(join(entry.parentPath, entry.name)).size;
			files++;
		}
	return { bytes, files };
}

/** Peak resident memory (VmHWM) of this process's child processes (Pagefind's binary), in bytes. */
function childrenPeak(): number {
	let peak = 0;
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (ppid !== process.pid) continue;
			const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			peak = Math.max(peak, Number(hwm?.[1] ?? 0) * 1024);
		} catch {
			// The process ended while we looked.
		}
	}
	return peak;
}

/** Builds a generated archive's site: article pages, the lexicon, and the real search page and its script. */
function generateSite(count: number): { site: string; seconds: number; articles: number } {
	const started = performance.now();
	const site = join(work, 'site');
	const pages = generateRawPages(count, resolve('content'));
	const results = pages.map((page) => ingestPage(page.file, new TextEncoder().encode(page.text)));
	completeSlogans(results);
	finishIds(results);
	const entries = results.flatMap((result) => result.articles);
	const lexicon = prepareLexicon(
		buildLexicon(
			entries.map((entry) => ({
				data: entry.data,
				text: articleSearchText(entry.data, markdownToPlainText(entry.body)),
			})),
		),
	);
	for (const entry of entries) {
		const dir = join(site, 'articles', entry.data.id);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'index.html'), articleHtml(lexicon, entry.data, entry.body));
	}
	mkdirSync(join(site, 'search'), { recursive: true });
	const { core, people } = splitPeople(lexicon.data);
	writeFileSync(join(site, 'search', 'lexicon.json'), JSON.stringify(core));
	writeFileSync(join(site, 'search', 'lexicon-people.json'), JSON.stringify(people));
	writeFileSync(join(site, 'search', 'index-version.json'), JSON.stringify({ tag: 'bench' }));
	cpSync(join(distDir, 'search', 'index.html'), join(site, 'search', 'index.html'));
	cpSync(join(distDir, '_astro'), join(site, '_astro'), { recursive: true });
	for (const file of ['search-sw-register.js', 'sw.js'])
		cpSync(join(distDir, file), join(site, file));
	return { site, seconds: (performance.now() - started) / 1000, articles: entries.length };
}

/** Indexes a site's article pages as the build does (writeSearchIndex); time and peak memory. */
async function indexSite(
	site: string,
	outputPath: string,
): Promise<{ seconds: number; peak: number; pages: number; parts: number }> {
	const started = performance.now();
	let peak = 0;
	const timer = setInterval(() => {
		peak = Math.max(peak, childrenPeak());
	}, 100);
	try {
		const { htmlFiles, parts } = await writeSearchIndex(site, outputPath, {
			glob: 'articles/**/*.html',
			dateOrderPath: join(outputPath, '..', DATE_ORDER_FILE),
		});
		peak = Math.max(peak, childrenPeak());
		return { seconds: (performance.now() - started) / 1000, peak, pages: htmlFiles, parts };
	} finally {
		clearInterval(timer);
	}
}

const queries = values.queries.split(',').filter(Boolean);
const count = values.articles ? Number.parseInt(values.articles, 10) : null;
const result: Record<string, unknown> = {
	archive: count === null ? 'real (dist/)' : `generated, ${count} articles`,
	date: new Date().toISOString().slice(0, 10),
};
try {
	let site = distDir;
	if (count !== null) {
		console.log(`generating ${count} articles (raw pages → ingest → article pages) …`);
		const generated = generateSite(count);
		site = generated.site;
		result.generated = {
			articles: generated.articles,
			seconds: Number(generated.seconds.toFixed(1)),
		};
		console.log(`  ${generated.articles} articles in ${generated.seconds.toFixed(1)} s`);
	}
	const output = count === null ? join(work, 'pagefind') : join(site, 'pagefind');
	console.log('indexing with Pagefind …');
	const indexed = await indexSite(site, output);
	const size = du(output);
	result.index = {
		pages: indexed.pages,
		seconds: Number(indexed.seconds.toFixed(1)),
		peakMemoryBytes: indexed.peak,
		parts: indexed.parts,
		// Why: a site indexed in parts is merged in this process (mergePagefindIndexes).
		nodePeakMemoryBytes: process.resourceUsage().maxRSS * 1024,
		bytes: size.bytes,
		files: size.files,
	};
	console.log(
		`  ${indexed.pages} pages in ${indexed.seconds.toFixed(1)} s (${indexed.parts} Pagefind process${indexed.parts === 1 ? '' : 'es, merged'}), Pagefind peak memory ${mb(indexed.peak)} (this Node process: ${mb(process.resourceUsage().maxRSS * 1024)}), index ${mb(size.bytes)} in ${size.files} files`,
	);
	console.log('first search in Chromium (fresh profile, gzip for text) …');
	const bytes = await firstSearchBytes(site, queries);
	result.firstSearch = bytes;
	for (const [query, { total, results, kinds }] of Object.entries(bytes))
		console.log(
			`  ${query}: ${kb(total)} — ${Object.entries(kinds)
				.map(([kind, n]) => `${kind} ${kb(n)}`)
				.join(', ')} — ${results}`,
		);
	if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
	if (values.keep) console.log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
