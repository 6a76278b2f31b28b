import { describe, expect, test } from 'vitest';
import { articleMetaTags, type MetaTag } from '../../src/lib/site/meta.ts';
import { makeArticle } from './make-article.ts';

/** The contents of the tags with a given name or property. */
function contents(tags: readonly MetaTag[], key: string): string[] {
	return tags
		.filter((tag) => ('name' in tag ? tag.name : tag.property) === key)
		.map((tag) => tag.content);
}

const permalink = 'https://example.org/articles/a/';
const tags = articleMetaTags(
	makeArticle({
		credits: [
			{ role: '策划', name: '刘敏' },
			{ role: '全媒体记者', name: '周琪' },
			{ role: '图', name: '珠晖区委宣传部' },
		],
		slogans: ['三高四新'],
		regions: ['珠晖区', '衡阳市'],
	}),
	permalink,
	'摘要',
);

describe('articleMetaTags', () => {
	test('gives Open Graph tags for an article', () => {
		expect(contents(tags, 'og:type')).toEqual(['article']);
		expect(contents(tags, 'og:url')).toEqual([permalink]);
		expect(contents(tags, 'og:description')).toEqual(['摘要']);
		expect(contents(tags, 'og:locale')).toEqual(['zh_CN']);
		expect(contents(tags, 'article:published_time')).toEqual(['2023-01-30']);
		expect(contents(tags, 'article:tag')).toEqual(['珠晖区', '衡阳市', '三高四新']);
	});

	test('gives Dublin Core: writers as creators, the others as contributors', () => {
		expect(contents(tags, 'DC.title')).toEqual(['以高质量发展谱写中国式现代化珠晖新篇章']);
		expect(contents(tags, 'DC.creator')).toEqual(['周琪']);
		expect(contents(tags, 'DC.contributor')).toEqual(['刘敏', '珠晖区委宣传部']);
		expect(contents(tags, 'DC.date')).toEqual(['2023-01-30']);
		expect(contents(tags, 'DC.language')).toEqual(['zh-CN']);
		expect(contents(tags, 'DC.identifier')).toEqual([permalink]);
		expect(contents(tags, 'DC.source')).toEqual(['《衡阳日报》版面文字 000_72aa891a18cfbd1b.txt']);
		expect(contents(tags, 'DC.subject')).toEqual(['三高四新']);
		expect(contents(tags, 'DC.coverage')).toEqual(['珠晖区', '衡阳市']);
	});

	test('leaves date and section out when the page gives none', () => {
		const bare = articleMetaTags(
			makeArticle({ date: null, genre: null, dateBasis: { method: 'none', evidence: '' } }),
			permalink,
			'',
		);
		expect(contents(bare, 'article:published_time')).toEqual([]);
		expect(contents(bare, 'article:section')).toEqual([]);
		expect(contents(bare, 'DC.date')).toEqual([]);
	});
});
