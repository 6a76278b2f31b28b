import { describe, expect, test } from 'vitest';
import { candidatesReport, findCandidates } from '../../src/lib/glossary/candidates.ts';
import { makeArticle, makeEntry } from './fixtures.ts';

describe('findCandidates', () => {
	test('lists quoted numbered formulas that no entry covers, with their articles', () => {
		const articles = [
			makeArticle('a', '推进“七任务”和“五连优”。', { slogans: ['七任务', '五连优'] }),
			makeArticle('b', '实现“五连优”，建设“九大产业”。', { title: '关于“两茶”' }),
		];
		const candidates = findCandidates(articles, [makeEntry('七大任务', { aliases: ['七任务'] })]);
		expect(candidates).toEqual([
			{
				formula: '五连优',
				articles: ['a', 'b'],
				inFrontmatter: true,
				suggestedFile: 'content/glossary/wu-lian-you.md',
			},
			{
				formula: '九大产业',
				articles: ['b'],
				inFrontmatter: false,
				suggestedFile: 'content/glossary/jiu-da-chan-ye.md',
			},
			{
				formula: '两茶',
				articles: ['b'],
				inFrontmatter: false,
				suggestedFile: 'content/glossary/liang-cha.md',
			},
		]);
	});

	test('finds nothing when every formula has an entry', () => {
		const articles = [makeArticle('a', '推进“三化”。', { slogans: ['三化'] })];
		expect(findCandidates(articles, [makeEntry('三化')])).toEqual([]);
	});
});

describe('findCandidates in captions', () => {
	test('finds a formula printed only under a photo', () => {
		const articles = [
			{
				...makeArticle('a', '正文没有提法。'),
				captions: ['雁峰公安聚力“四岗联动”，守护一方平安。'],
			},
		];
		expect(findCandidates(articles, []).map((candidate) => candidate.formula)).toEqual([
			'四岗联动',
		]);
	});
});

describe('candidatesReport', () => {
	test('gives each candidate its articles and the skeleton of its entry', () => {
		const [candidate] = findCandidates(
			[makeArticle('a', '推进“五连优”。', { slogans: ['五连优'] })],
			[],
		);
		if (!candidate) throw new Error('no candidate');
		const report = candidatesReport([candidate]);
		expect(report).toContain('## 五连优（构建失败）');
		expect(report).toContain('content/articles/a.md');
		expect(report).toContain('`content/glossary/wu-lian-you.md`');
		expect(report).toContain('term: 五连优\n');
		expect(report).toContain('archiveArticles:\n  - a\n');
	});

	test('says so when every formula has an entry', () => {
		expect(candidatesReport([])).toContain('都已有词条');
	});
});
