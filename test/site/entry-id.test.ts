import { describe, expect, test } from 'vitest';
import { articleEntryId, fileStem, pageEntryId } from '../../src/lib/site/entry-id.ts';

describe('fileStem', () => {
	test('drops directories and the last extension', () => {
		expect(fileStem('2023-01-30-sample.md')).toBe('2023-01-30-sample');
		expect(fileStem('nested/000_72aa891a18cfbd1b.json')).toBe('000_72aa891a18cfbd1b');
		expect(fileStem('a.b.json')).toBe('a.b');
	});

	test('keeps a name without an extension, or one that only starts with a dot', () => {
		expect(fileStem('README')).toBe('README');
		expect(fileStem('.hidden')).toBe('.hidden');
	});
});

describe('articleEntryId', () => {
	test('is the frontmatter id when it equals the file name', () => {
		expect(
			articleEntryId({
				entry: '2023-01-30-sample.md',
				data: { id: '2023-01-30-sample' },
			}),
		).toBe('2023-01-30-sample');
	});

	test('fails when the frontmatter id and the file name differ', () => {
		expect(() =>
			articleEntryId({
				entry: '2023-01-30-sample.md',
				data: { id: '2023-01-31-sample' },
			}),
		).toThrow(/2023-01-31-sample.*must equal the file name "2023-01-30-sample"/);
	});

	test('fails when the frontmatter has no id', () => {
		expect(() => articleEntryId({ entry: 'x.md', data: {} })).toThrow(/frontmatter id undefined/);
	});
});

describe('pageEntryId', () => {
	test('is the stem of the record file, whatever the data says', () => {
		expect(
			pageEntryId({
				entry: '000_72aa891a18cfbd1b.json',
				data: { file: 'other.txt' },
			}),
		).toBe('000_72aa891a18cfbd1b');
	});
});
