import { describe, expect, test } from 'vitest';
import { findTermMatches, sortForms } from '../../src/lib/glossary/matcher.ts';

const forms = sortForms([
	{ form: '四上', slug: 'si-shang-qi-ye' },
	{ form: '四上企业', slug: 'si-shang-qi-ye' },
	{ form: '三保', slug: 'san-bao' },
	{ form: '七任务', slug: 'qi-da-ren-wu' },
	{ form: '七大任务', slug: 'qi-da-ren-wu' },
	{ form: '三化', slug: 'san-hua' },
	{ form: '三化一体', slug: 'san-hua-yi-ti' },
]);

describe('sortForms', () => {
	test('puts longer forms first, and orders forms of one length by code point', () => {
		expect(forms.map((form) => form.form)).toEqual([
			'七大任务',
			'三化一体',
			'四上企业',
			'七任务',
			'三保',
			'三化',
			'四上',
		]);
	});
});

describe('findTermMatches', () => {
	test('finds every form with its position', () => {
		expect(findTermMatches('加强“三保”，落实七任务', forms)).toEqual([
			{ form: '三保', slug: 'san-bao', index: 3 },
			{ form: '七任务', slug: 'qi-da-ren-wu', index: 9 },
		]);
	});

	test('takes the longest form at a position', () => {
		expect(findTermMatches('新增四上企业', forms)).toEqual([
			{ form: '四上企业', slug: 'si-shang-qi-ye', index: 2 },
		]);
	});

	test('never finds a form inside a longer one, even when the longer one is not allowed', () => {
		expect(findTermMatches('推进三化一体', forms, new Set(['san-hua']))).toEqual([]);
	});

	test('leaves out forms of entries that are not allowed', () => {
		const found = findTermMatches('三保和三化', forms, new Set(['san-hua']));
		expect(found.map((match) => match.form)).toEqual(['三化']);
	});

	test('does not take the head of a longer numbered formula the glossary lacks (三化一体)', () => {
		const sanHua = sortForms([{ form: '三化', slug: 'san-hua' }]);
		expect(findTermMatches('推进三化一体建设', sanHua)).toEqual([]);
		expect(findTermMatches('推进三化建设', sanHua)).toEqual([
			{ form: '三化', slug: 'san-hua', index: 2 },
		]);
	});

	test('does not take the tail of a longer numbered formula (十三保 is not 三保)', () => {
		expect(findTermMatches('十三保', forms)).toEqual([]);
	});
});
