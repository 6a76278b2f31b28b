import { execFileSync, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ingestDirectory, runIngest } from '../../src/lib/ingest-fs.ts';
import { ingestPage } from '../../src/lib/ingest.ts';
import { ROOT, SEEDS } from './helpers.ts';

const FIXTURES = new URL('../fixtures/raw/', import.meta.url);
let dir = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'hy-bad-input-'));
	copyFileSync(join(SEEDS, '000_72aa891a18cfbd1b.txt'), join(dir, '000_good.txt'));
	for (const name of [
		'empty.txt',
		'binary.txt',
		'not-text.txt',
		'gbk-traditional-crlf.txt',
		'utf8-bom-cr.txt',
	])
		copyFileSync(new URL(name, FIXTURES), join(dir, name));
	// A 10 MB file: far more than a printed page.
	writeFileSync(
		join(dir, 'huge.txt'),
		'衡阳日报讯（记者 甲）正文。\n'.repeat((10 * 1024 * 1024) / 40),
	);
	writeFileSync(
		join(dir, 'script.txt'),
		'\n\n标题<script>alert(1)</script>测试\n\n衡阳日报讯（全媒体记者 甲）1月5日，正文里有<script>alert("x")</script>和 *星号* 与 [链接](http://example.com)。2023年。\n',
	);
});

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('bad input', () => {
	test('names each unreadable file and still ingests the others', () => {
		const { pages, errors } = ingestDirectory(dir);
		expect(errors.map((error) => error.message).sort()).toEqual([
			expect.stringMatching(/^binary\.txt: the file looks binary/),
			expect.stringMatching(/^empty\.txt: the file is empty$/),
			expect.stringMatching(/^huge\.txt: the file is \d+ bytes/),
			expect.stringMatching(/^not-text\.txt:1: the file is neither UTF-8 nor GB18030/),
		]);
		expect(pages.map((page) => page.page.file)).toEqual([
			'000_good.txt',
			'gbk-traditional-crlf.txt',
			'script.txt',
			'utf8-bom-cr.txt',
		]);
	});

	test('reads GBK with CRLF and traditional characters, keeping the printed text', () => {
		const page = ingestDirectory(dir).pages.find(
			(candidate) => candidate.page.file === 'gbk-traditional-crlf.txt',
		);
		expect(page?.page.encoding).toBe('gb18030');
		const entry = page?.articles[0];
		expect(entry?.data).toMatchObject({
			title: '衡陽高新區舉辦招商推介會',
			date: '2023-01-05',
			genre: '消息',
			regions: ['衡阳高新技术产业开发区'],
			slogans: ['三高四新'],
		});
		expect(entry?.data.credits).toEqual([
			{ role: '全媒体记者', name: '张明' },
			{ role: '通讯员', name: '李华' },
		]);
		expect(entry?.body).toContain('衡陽高新區在長沙舉辦招商推介會');
		expect(page?.page.blocks.some((block) => block.text.includes('\r'))).toBe(false);
	});

	test('escapes <script> so it renders as text, not markup', async () => {
		const entry = ingestDirectory(dir).pages.find(
			(candidate) => candidate.page.file === 'script.txt',
		)?.articles[0];
		expect(entry?.body).toContain('\\<script\\>');
		const processor = await createMarkdownProcessor({ smartypants: false, gfm: false });
		const { code } = await processor.render(entry?.body ?? '');
		expect(code).toContain('&#x3C;script>alert("x")&#x3C;/script>');
		expect(code).not.toMatch(/<script/i);
		expect(code).not.toContain('<em>');
		expect(code).not.toContain('<a ');
	});

	test('the command exits 1 naming the bad files, and writes the good ones', () => {
		const content = mkdtempSync(join(tmpdir(), 'hy-content-'));
		try {
			const run = spawnSync(
				process.execPath,
				[join(ROOT, 'scripts/ingest.ts'), '--seeds', dir, '--content', content, '--quiet'],
				{
					encoding: 'utf8',
				},
			);
			expect(run.status).toBe(1);
			expect(run.stderr).toContain('ingest error: empty.txt: the file is empty');
			expect(run.stderr).toContain('4 raw file(s) could not be read');
			expect(readdirSync(join(content, 'pages')).sort()).toEqual([
				'000_good.json',
				'gbk-traditional-crlf.json',
				'script.json',
				'utf8-bom-cr.json',
			]);
		} finally {
			rmSync(content, { recursive: true, force: true });
		}
	});

	test('the command on the committed seeds exits 0', () => {
		const content = mkdtempSync(join(tmpdir(), 'hy-content-'));
		try {
			const out = execFileSync(
				process.execPath,
				[join(ROOT, 'scripts/ingest.ts'), '--content', content, '--quiet'],
				{ cwd: ROOT, encoding: 'utf8' },
			);
			expect(out).toMatch(/ingest: 5 page\(s\), 15 article\(s\)/);
			expect(readFileSync(join(content, 'pages', '000_72aa891a18cfbd1b.json'), 'utf8')).toContain(
				'"encoding": "utf-8"',
			);
		} finally {
			rmSync(content, { recursive: true, force: true });
		}
	});

	test('an article that fails the schema stops only its own file: the others are written, exit 1', () => {
		const seeds = mkdtempSync(join(tmpdir(), 'hy-invalid-'));
		const content = mkdtempSync(join(tmpdir(), 'hy-content-'));
		try {
			for (const name of [
				'000_72aa891a18cfbd1b.txt',
				'001_50362a2b316ab088.txt',
				'002_8c93e10fb14268ae.txt',
			])
				copyFileSync(join(SEEDS, name), join(seeds, name));
			// A page whose article the schemas reject (an id that is no URL slug), as a bug could make one.
			const broken: typeof ingestPage = (file, bytes, overrides) => {
				const result = ingestPage(file, bytes, overrides);
				const entry = result.articles[0];
				if (file.startsWith('001_') && entry) entry.data.id = 'Not A Slug';
				return result;
			};
			const errors: string[] = [];
			const code = runIngest(
				{
					seedsDir: seeds,
					contentDir: content,
					quiet: true,
					out: () => undefined,
					err: (line) => errors.push(line),
				},
				broken,
			);
			expect(code).toBe(1);
			expect(errors[0]).toMatch(
				/^ingest error: 001_50362a2b316ab088\.txt:3: article Not A Slug invalid: /,
			);
			expect(errors.at(-1)).toContain('1 raw file(s) could not be read');
			expect(readdirSync(join(content, 'pages')).sort()).toEqual([
				'000_72aa891a18cfbd1b.json',
				'002_8c93e10fb14268ae.json',
			]);
			expect(readdirSync(join(content, 'articles'))).toHaveLength(2);
		} finally {
			rmSync(seeds, { recursive: true, force: true });
			rmSync(content, { recursive: true, force: true });
		}
	});
});
