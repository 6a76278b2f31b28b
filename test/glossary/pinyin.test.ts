import { describe, expect, test } from 'vitest';
import { comparePinyin, glossarySlug, termPinyin } from '../../src/lib/glossary/pinyin.ts';

describe('termPinyin', () => {
	test('gives toned pinyin, syllables separated by spaces', () => {
		expect(termPinyin('三高四新')).toBe('sān gāo sì xīn');
	});

	test('gives the citation tone of 一, not the spoken sandhi', () => {
		expect(termPinyin('一村一品')).toBe('yī cūn yī pǐn');
	});

	test('lets an entry override the reading', () => {
		expect(termPinyin('七任务', 'qī rèn wù')).toBe('qī rèn wù');
	});

	test('drops characters that are not Chinese', () => {
		expect(termPinyin('“四上”')).toBe('sì shàng');
	});
});

describe('glossarySlug', () => {
	test('joins the toneless syllables with hyphens', () => {
		expect(glossarySlug('五制一平台')).toBe('wu-zhi-yi-ping-tai');
	});

	test('follows an overridden reading and writes ü as v', () => {
		expect(glossarySlug('绿色', 'lǜ sè')).toBe('lv-se');
	});
});

describe('comparePinyin', () => {
	test('orders by slug, so san comes before sang and shi', () => {
		const sorted = [
			{ slug: 'shi-da', term: '十大' },
			{ slug: 'sang-ma', term: '桑麻' },
			{ slug: 'san-bao', term: '三保' },
		].sort(comparePinyin);
		expect(sorted.map((entry) => entry.term)).toEqual(['三保', '桑麻', '十大']);
	});

	test('breaks a tie of slugs by the term, and finds equal entries equal', () => {
		expect(comparePinyin({ slug: 'a', term: '甲' }, { slug: 'a', term: '乙' })).toBe(1);
		expect(comparePinyin({ slug: 'a', term: '乙' }, { slug: 'a', term: '甲' })).toBe(-1);
		expect(comparePinyin({ slug: 'a', term: '甲' }, { slug: 'a', term: '甲' })).toBe(0);
	});
});
