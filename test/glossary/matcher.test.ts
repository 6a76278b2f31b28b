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

	test('tries the next form where a numeral follows the longest (三化一 is 三化 only if no 三化一体)', () => {
		const nested = sortForms([
			{ form: '三化', slug: 'san-hua' },
			{ form: '三化一', slug: 'san-hua-yi' },
		]);
		// 三化一 is followed by 体, so it is taken; before 二, it is not, and 三化 before 一 is not either.
		expect(findTermMatches('三化一体', nested)).toEqual([
			{ form: '三化一', slug: 'san-hua-yi', index: 0 },
		]);
		expect(findTermMatches('三化一二', nested)).toEqual([]);
	});

	test('finds forms that hold pattern syntax as printed, and no form at all in an empty list', () => {
		const odd = sortForms([
			{ form: '三类500强', slug: 'san-lei' },
			{ form: '1+N', slug: 'yi-jia-n' },
			{ form: '(试点)', slug: 'shi-dian' },
			{ form: '', slug: 'empty' },
		]);
		expect(findTermMatches('推进1+N和(试点)与三类500强，11N', odd)).toEqual([
			{ form: '1+N', slug: 'yi-jia-n', index: 2 },
			{ form: '(试点)', slug: 'shi-dian', index: 6 },
			{ form: '三类500强', slug: 'san-lei', index: 11 },
		]);
		expect(findTermMatches('三保', [])).toEqual([]);
	});

	test('gives the first form of a text listed twice, and UTF-16 offsets after a supplementary character', () => {
		const twice = [
			{ form: '三保', slug: 'first' },
			{ form: '三保', slug: 'second' },
		];
		expect(findTermMatches('𠀾三保', twice)).toEqual([{ form: '三保', slug: 'first', index: 2 }]);
	});
});
