import { describe, expect, test } from 'vitest';
import { checkOverrideLines, parseOverrides } from '../../src/lib/overrides.ts';

describe('parseOverrides', () => {
	test('reads a page date, splits and per-article corrections', () => {
		const overrides = parseOverrides(
			'date: 2023-01-31\nsplit: [81]\narticles:\n  - line: 3\n    title: 新标题\n    genre: 消息\n',
			'x.meta.yaml',
		);
		expect(overrides).toEqual({
			date: '2023-01-31',
			split: [81],
			articles: [{ line: 3, title: '新标题', genre: '消息' }],
		});
	});

	test('names the file and line of an invalid value', () => {
		expect(() =>
			parseOverrides('articles:\n  - line: 3\n    date: 2023-02-30\n', 'x.meta.yaml'),
		).toThrow(/^x\.meta\.yaml:3: articles\.0\.date: /);
	});

	test('names an unknown key', () => {
		expect(() => parseOverrides('titel: 错字\n', 'x.meta.yaml')).toThrow(
			/x\.meta\.yaml:1: .*titel/,
		);
	});

	test('reports YAML syntax errors with their line', () => {
		expect(() => parseOverrides('date: 2023-01-31\nsplit: [81\n', 'x.meta.yaml')).toThrow(
			/^x\.meta\.yaml:\d+: not valid YAML/,
		);
	});

	test('rejects lines past the end of the raw file', () => {
		expect(() => {
			checkOverrideLines({ split: [500] }, 'x.txt', 120);
		}).toThrow(/line 500, but the raw file has 120 lines/);
	});
});
