import { describe, expect, test } from 'vitest';
import { findCandidates } from '../../src/lib/glossary/candidates.ts';
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
