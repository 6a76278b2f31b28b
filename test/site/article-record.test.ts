import { describe, expect, test } from 'vitest';
import {
	serializeArticleRecords,
	toArticleRecord,
	toArticleRecords,
} from '../../src/lib/site/article-record.ts';
import { makeArticle } from './make-article.ts';

describe('toArticleRecord', () => {
	test('has every key, in a fixed order, with null for a missing kicker and subtitle', () => {
		const record = toArticleRecord({ article: makeArticle(), body: '正文。' });
		expect(Object.keys(record)).toEqual([
			'id',
			'url',
			'title',
			'kicker',
			'subtitle',
			'date',
			'dateBasis',
			'genre',
			'regions',
			'credits',
			'people',
			'slogans',
			'captions',
			'source',
			'text',
		]);
		expect(record.kicker).toBeNull();
		expect(record.subtitle).toBeNull();
		expect(record.url).toBe('/articles/2023-01-30-yi-gao-zhi-liang/');
	});

	test('leaves out what only the page needs (byline, dateline, doubts, titleSource)', () => {
		const record = toArticleRecord({
			article: makeArticle({ byline: '■策划/刘敏', dateline: '衡阳日报讯' }),
			body: '',
		});
		expect(record).not.toHaveProperty('byline');
		expect(record).not.toHaveProperty('dateline');
		expect(record).not.toHaveProperty('doubts');
		expect(record).not.toHaveProperty('titleSource');
	});

	test('gives the body as plain text', () => {
		const record = toArticleRecord({
			article: makeArticle({ kicker: '引题——', subtitle: '——副题' }),
			body: '踏上新征程。\n\n## 成绩单\n\n前列。\\<script>alert(1)\\</script>\n',
		});
		expect(record.text).toBe('踏上新征程。\n成绩单\n前列。<script>alert(1)</script>');
		expect(record.kicker).toBe('引题——');
		expect(record.subtitle).toBe('——副题');
	});

	test('takes the plain text given with the body instead of working it out again', () => {
		const body = '踏上新征程。\n\n## 成绩单\n';
		const record = toArticleRecord({ article: makeArticle({}), body, plain: 'given' });
		expect(record.text).toBe('given');
		expect(toArticleRecord({ article: makeArticle({}), body }).text).toBe('踏上新征程。\n成绩单');
	});
});

describe('toArticleRecords', () => {
	const sources = [
		{ article: makeArticle({ id: 'b-old', date: '2022-05-01' }), body: '' },
		{
			article: makeArticle({
				id: 'c-undated',
				date: null,
				dateBasis: { method: 'none', evidence: '' },
			}),
			body: '',
		},
		{ article: makeArticle({ id: 'z-new', date: '2023-02-01' }), body: '' },
		{ article: makeArticle({ id: 'a-new', date: '2023-02-01' }), body: '' },
	];

	test('sorts newest first, then by id, undated last', () => {
		expect(toArticleRecords(sources).map((record) => record.id)).toEqual([
			'a-new',
			'z-new',
			'b-old',
			'c-undated',
		]);
	});

	test('serialises to the same text whatever order the entries came in', () => {
		const text = serializeArticleRecords(toArticleRecords(sources));
		expect(serializeArticleRecords(toArticleRecords([...sources].reverse()))).toBe(text);
		expect(text.endsWith(']\n')).toBe(true);
		expect(JSON.parse(text)).toHaveLength(4);
	});

	test('serialises no articles as an empty array', () => {
		expect(serializeArticleRecords(toArticleRecords([]))).toBe('[]\n');
	});
});
