import { describe, expect, test } from 'vitest';
import { glossaryEntryId } from '../../src/lib/glossary/entry-id.ts';
import { glossaryEntrySchema } from '../../src/schemas/glossary.ts';

const archiveEntry = {
	term: '五连优',
	level: 'county',
	region: '雁峰区',
	expansion: '安全生产的目标',
	definition: '本档案载……',
	source: 'archive',
	archiveArticles: ['2023-03-20-qi-hang'],
};

const citation = {
	title: '统计“四上”企业指哪些?',
	url: 'http://www.cxs.gov.cn/x.htm',
	publisher: '楚雄市统计局',
	date: '2023-09-05',
	says: '……',
};

function issues(value: unknown): string[] {
	const result = glossaryEntrySchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('glossaryEntrySchema', () => {
	test('accepts an archive-only entry and fills in empty lists', () => {
		const parsed = glossaryEntrySchema.parse(archiveEntry);
		expect(parsed).toMatchObject({ aliases: [], parts: [], citations: [] });
	});

	test('accepts a public entry with a citation', () => {
		expect(
			issues({
				...archiveEntry,
				level: 'national',
				region: undefined,
				source: 'public',
				citations: [citation],
			}),
		).toEqual([]);
	});

	test('wants a citation for a public entry, and none for an archive one', () => {
		expect(issues({ ...archiveEntry, source: 'public' })).toEqual(['citations']);
		expect(issues({ ...archiveEntry, citations: [citation] })).toEqual(['source']);
	});

	test('wants the articles an archive-only definition rests on', () => {
		expect(issues({ ...archiveEntry, archiveArticles: [] })).toEqual(['archiveArticles']);
	});

	test('wants the region of a city or county entry', () => {
		expect(issues({ ...archiveEntry, region: undefined })).toEqual(['region']);
	});

	test('refuses a term that is its own alias, an unknown key, a bad URL or a bad pinyin', () => {
		expect(issues({ ...archiveEntry, aliases: ['五连优'] })).toEqual(['aliases']);
		expect(issues({ ...archiveEntry, note: 'x' })).toEqual(['']);
		expect(
			issues({ ...archiveEntry, source: 'public', citations: [{ ...citation, url: 'ftp://x' }] }),
		).toEqual(['citations.0.url']);
		expect(issues({ ...archiveEntry, pinyin: 'wu3 lian2 you1' })).toEqual(['pinyin']);
	});
});

describe('glossaryEntryId', () => {
	test('is the file stem when it is the slug of the term', () => {
		expect(glossaryEntryId({ entry: 'wu-lian-you.md', data: { term: '五连优' } })).toBe(
			'wu-lian-you',
		);
	});

	test('follows an overridden pinyin', () => {
		expect(
			glossaryEntryId({ entry: 'qi-ren-wu.md', data: { term: '七任务', pinyin: 'qī rèn wù' } }),
		).toBe('qi-ren-wu');
	});

	test('names the file an entry must have', () => {
		expect(() => glossaryEntryId({ entry: 'wulianyou.md', data: { term: '五连优' } })).toThrow(
			'content/glossary/wulianyou.md: the entry for “五连优” must be named wu-lian-you.md',
		);
	});

	test('refuses an entry without a term', () => {
		expect(() => glossaryEntryId({ entry: 'x.md', data: {} })).toThrow('the entry has no term');
	});
});
