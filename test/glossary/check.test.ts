import { describe, expect, test } from 'vitest';
import {
	assertSlogansResolve,
	describeUnresolved,
	suggestedEntryFile,
	unresolvedSlogans,
} from '../../src/lib/glossary/check.ts';
import { makeEntry } from './fixtures.ts';

const entries = [makeEntry('七大任务', { aliases: ['七任务'] })];

describe('the slogan check', () => {
	test('suggests the file named after the pinyin of the term', () => {
		expect(suggestedEntryFile('五连优')).toBe('content/glossary/wu-lian-you.md');
	});

	test('passes slogans that resolve by term or alias', () => {
		expect(unresolvedSlogans([{ id: 'a', slogans: ['七大任务', '七任务'] }], entries)).toEqual([]);
		expect(() => {
			assertSlogansResolve([{ id: 'a', slogans: ['七任务'] }], entries);
		}).not.toThrow();
	});

	test('names each article, slogan and file to add when a slogan has no entry', () => {
		const unresolved = unresolvedSlogans(
			[{ id: '2023-03-20-b', slogans: ['七任务', '五连优'] }],
			entries,
		);
		expect(unresolved).toEqual([
			{
				articleId: '2023-03-20-b',
				slogan: '五连优',
				suggestedFile: 'content/glossary/wu-lian-you.md',
			},
		]);
		expect(describeUnresolved(unresolved)).toContain(
			'content/articles/2023-03-20-b.md names “五连优”: add content/glossary/wu-lian-you.md',
		);
	});

	test('fails the build with that message', () => {
		expect(() => {
			assertSlogansResolve([{ id: 'b', slogans: ['五连优'] }], entries);
		}).toThrow(/1 slogan\(s\) have no glossary entry[\s\S]*wu-lian-you\.md/u);
	});
});
