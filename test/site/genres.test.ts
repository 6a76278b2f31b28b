import { describe, expect, test } from 'vitest';
import { genreLink, groupByGenre, unknownGenre } from '../../src/lib/site/genres.ts';

const articles = [
	{ id: 'a', date: '2023-01-30', genre: '消息' as const },
	{ id: 'b', date: '2023-03-20', genre: '消息' as const },
	{ id: 'c', date: '2023-01-30', genre: '评论' as const },
	{ id: 'd', date: '2023-01-30', genre: null },
];

describe('genreLink', () => {
	test('links a genre to its page by pinyin slug', () => {
		expect(genreLink('通讯')).toEqual({ label: '通讯', url: '/genres/tongxun/' });
	});

	test('links a missing genre to the 体裁不详 list', () => {
		expect(genreLink(null)).toEqual({ label: unknownGenre.label, url: '/genres/buxiang/' });
	});
});

describe('groupByGenre', () => {
	const groups = groupByGenre(articles);

	test('lists every genre in fixed order, empty ones too, then the unknown group', () => {
		expect(groups.map((group) => [group.label, group.articles.length])).toEqual([
			['消息', 2],
			['通讯', 0],
			['评论', 1],
			['图片', 0],
			['体裁不详', 1],
		]);
	});

	test('orders a genre’s articles newest first', () => {
		expect(groups[0]?.articles.map((a) => a.id)).toEqual(['b', 'a']);
	});

	test('leaves the unknown group out when every article has a genre', () => {
		expect(groupByGenre(articles.slice(0, 3)).map((group) => group.slug)).toEqual([
			'xiaoxi',
			'tongxun',
			'pinglun',
			'tupian',
		]);
	});
});
