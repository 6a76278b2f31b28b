import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest-fs.ts';
import { SEEDS } from './helpers.ts';

const FILE = '004_fa3470aedee302dd';
let dir = '';

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'hy-overrides-'));
	copyFileSync(join(SEEDS, `${FILE}.txt`), join(dir, `${FILE}.txt`));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const meta = (yaml: string): void => {
	writeFileSync(join(dir, `${FILE}.meta.yaml`), yaml);
};

describe('seeds/<file>.meta.yaml', () => {
	test('corrects a title, a date and a genre of the article holding a line', () => {
		meta(
			'articles:\n  - line: 103\n    title: 市政府全体会议部署全年工作（续）\n    date: 2023-01-31\n    genre: 消息\n    id: 2023-01-31-shi-zheng-fu-quan-ti-hui-yi\n',
		);
		const article = ingestDirectory(dir).pages[0]?.articles.find(
			(entry) => entry.data.source.lines[0] === 103,
		);
		expect(article?.data).toMatchObject({
			id: '2023-01-31-shi-zheng-fu-quan-ti-hui-yi',
			title: '市政府全体会议部署全年工作（续）',
			titleSource: 'override',
			date: '2023-01-31',
			dateBasis: { method: 'override' },
			genre: '消息',
		});
	});

	test('sets the page date for articles that print none', () => {
		meta('date: 2023-01-31\n');
		const articles = ingestDirectory(dir).pages[0]?.articles ?? [];
		const court = articles.find((entry) => entry.data.title.includes('晨读课堂'));
		expect(court?.data.date).toBe('2023-01-31');
		const zhuhui = articles.find((entry) => entry.data.kicker?.startsWith('珠晖区委'));
		expect(zhuhui?.data.date).toBe('2023-01-30');
	});

	test('splits the page where the maintainer says', () => {
		meta('split: [118]\n');
		const articles = ingestDirectory(dir).pages[0]?.articles ?? [];
		expect(articles).toHaveLength(9);
		expect(articles.at(-1)?.body.startsWith('目标已明确，重点已突出')).toBe(true);
	});

	test('reports a bad override with its file and line, and skips only that raw file', () => {
		meta('articles:\n  - line: 103\n    genre: 新闻\n');
		copyFileSync(join(SEEDS, '000_72aa891a18cfbd1b.txt'), join(dir, '000_72aa891a18cfbd1b.txt'));
		const { pages, errors } = ingestDirectory(dir);
		expect(errors.map((error) => error.message)).toEqual([
			expect.stringMatching(new RegExp(`^${FILE}\\.meta\\.yaml:3: articles\\.0\\.genre: `)),
		]);
		expect(pages.map((page) => page.page.file)).toEqual(['000_72aa891a18cfbd1b.txt']);
	});

	test('reports an article override on a line that is in no article', () => {
		meta('articles:\n  - line: 2\n    title: 空行\n');
		expect(ingestDirectory(dir).errors[0]?.message).toMatch(
			/meta\.yaml: articles: line 2 is in no article/,
		);
	});

	test('reports an override that names a line the file does not have', () => {
		meta('split: [999]\n');
		expect(ingestDirectory(dir).errors[0]?.message).toMatch(
			/line 999, but the raw file has \d+ lines/,
		);
	});

	test('moves a caption and its photo credit to the article holding another line', () => {
		meta('captions:\n  - line: 79\n    article: 81\n');
		const result = ingestDirectory(dir).pages[0];
		const court = result?.articles.find((entry) => entry.data.title.includes('晨读课堂'));
		const yimei = result?.articles.find((entry) => entry.data.title.includes('依美园'));
		expect(court?.data.captions.map((caption) => caption.line)).toEqual([79]);
		expect(yimei?.data.captions).toEqual([]);
		expect(court?.data.doubts.map((doubt) => doubt.kind)).not.toContain('caption-placement');
		const block = result?.page.blocks.find((candidate) => candidate.line === 79);
		expect(block?.article).toBe(court?.data.id);
	});

	test('reports a caption override that names no caption, with its file and line', () => {
		meta('date: 2023-01-31\ncaptions:\n  - line: 83\n    article: 3\n');
		expect(ingestDirectory(dir).errors[0]?.message).toMatch(
			new RegExp(`^${FILE}\\.meta\\.yaml:3: captions\\.0\\.line: line 83 is not a photo caption`),
		);
	});

	test('reports a caption override whose article line is in no article', () => {
		meta('captions:\n  - line: 79\n    article: 2\n');
		expect(ingestDirectory(dir).errors[0]?.message).toMatch(
			new RegExp(`^${FILE}\\.meta\\.yaml:2: captions\\.0\\.article: line 2 is in no article`),
		);
	});

	test('reports a caption override without its target, with its file and line', () => {
		meta('captions:\n  - line: 79\n');
		expect(ingestDirectory(dir).errors[0]?.message).toMatch(
			new RegExp(`^${FILE}\\.meta\\.yaml:2: captions\\.0\\.article: `),
		);
	});
});
