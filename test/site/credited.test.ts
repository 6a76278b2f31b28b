import { describe, expect, test } from 'vitest';
import {
	creditSlug,
	getCreditedNames,
	hasOwnPage,
	isUnitName,
	withNamePages,
} from '../../src/lib/site/credited.ts';
import { makeArticle } from './make-article.ts';

describe('isUnitName', () => {
	test('takes departments, newsrooms and the editorial signature for units', () => {
		expect(isUnitName('珠晖区委宣传部')).toBe(true);
		expect(isUnitName('雁峰区融媒体中心')).toBe(true);
		expect(isUnitName('本报评论员')).toBe(true);
	});

	test('takes two- to four-character names for people', () => {
		expect(isUnitName('周琪')).toBe(false);
		expect(isUnitName('欧阳小龙')).toBe(false);
	});
});

describe('creditSlug', () => {
	test('joins pinyin syllables with hyphens', () => {
		expect(creditSlug('周琪', 'person')).toBe('zhou-qi');
		expect(creditSlug('本报评论员', 'unit')).toBe('ben-bao-ping-lun-yuan');
	});

	test('reads a person’s first character as a surname', () => {
		expect(creditSlug('单雄', 'person')).toBe('shan-xiong');
		expect(creditSlug('曾明', 'person')).toBe('zeng-ming');
	});

	test('writes ü as v', () => {
		expect(creditSlug('吕芳', 'person')).toBe('lv-fang');
	});

	test('falls back to a fixed word when nothing is left', () => {
		expect(creditSlug('·', 'unit')).toBe('name');
	});
});

describe('getCreditedNames', () => {
	const articles = [
		makeArticle({
			id: 'new',
			date: '2023-01-30',
			credits: [
				{ role: '全媒体记者', name: '周琪' },
				{ role: '图', name: '珠晖区委宣传部' },
			],
		}),
		makeArticle({
			id: 'old',
			date: '2022-02-11',
			credits: [
				{ role: '通讯员', name: '周琪' },
				{ role: null, name: '李少华' },
				{ role: '全媒体记者', name: '周琪' },
			],
		}),
	];
	const names = getCreditedNames(articles);

	test('lists each name once, in pinyin order, with roles and articles newest first', () => {
		expect(names).toEqual([
			{
				name: '李少华',
				slug: 'li-shao-hua',
				url: '/people/li-shao-hua/',
				kind: 'person',
				roles: ['署名'],
				articleIds: ['old'],
			},
			{
				name: '周琪',
				slug: 'zhou-qi',
				url: '/people/zhou-qi/',
				kind: 'person',
				roles: ['全媒体记者', '通讯员'],
				articleIds: ['new', 'old'],
			},
			{
				name: '珠晖区委宣传部',
				slug: 'zhu-hui-qu-wei-xuan-chuan-bu',
				url: '/people/zhu-hui-qu-wei-xuan-chuan-bu/',
				kind: 'unit',
				roles: ['图'],
				articleIds: ['new'],
			},
		]);
	});

	test('keeps slugs unique when two names read the same', () => {
		const twins = getCreditedNames([
			makeArticle({
				credits: [
					{ role: '通讯员', name: '周琦' },
					{ role: '通讯员', name: '周琪' },
				],
			}),
		]);
		expect(twins.map((name) => name.slug)).toEqual(['zhou-qi', 'zhou-qi-2']);
		expect(twins.map((name) => name.name)).toEqual(['周琦', '周琪']);
	});
});

describe('withNamePages', () => {
	const names = getCreditedNames([
		makeArticle({ id: 'new', date: '2023-01-30', credits: [{ role: '通讯员', name: '周琪' }] }),
		makeArticle({
			id: 'old',
			date: '2022-02-11',
			credits: [
				{ role: '通讯员', name: '周琪' },
				{ role: null, name: '李少华' },
			],
		}),
	]);

	test('links a name credited once to its entry in the people index when such names are folded', () => {
		expect(withNamePages(names, true, 100).map((name) => [name.name, name.url])).toEqual([
			['李少华', '/people/#name-li-shao-hua'],
			['周琪', '/people/zhou-qi/'],
		]);
		expect(names.map((name) => hasOwnPage(name, true))).toEqual([false, true]);
	});

	test('links the index page that lists the name when the index has pages', () => {
		// People first, then units, each in slug order: 李少华 (person) is first, 周琪 second.
		expect(withNamePages(names, true, 1).map((name) => name.url)).toEqual([
			'/people/#name-li-shao-hua',
			'/people/zhou-qi/',
		]);
		const third = getCreditedNames([
			makeArticle({ id: 'a', credits: [{ role: null, name: '王伟' }] }),
			makeArticle({ id: 'b', credits: [{ role: null, name: '陈明' }] }),
		]);
		expect(withNamePages(third, true, 1).map((name) => [name.name, name.url])).toEqual([
			['陈明', '/people/#name-chen-ming'],
			['王伟', '/people/page/2/#name-wang-wei'],
		]);
	});

	test('keeps every name’s page otherwise', () => {
		expect(withNamePages(names, false, 100)).toEqual(names);
		expect(names.map((name) => hasOwnPage(name, false))).toEqual([true, true]);
	});
});
