import { describe, expect, test } from 'vitest';
import {
	citationAuthors,
	citationTitle,
	gbt7714Citation,
	isAuthorCredit,
	plainCitation,
} from '../../src/lib/site/citation.ts';
import { makeArticle } from './make-article.ts';

const feature = makeArticle({
	title: '以高质量发展谱写中国式现代化珠晖新篇章',
	date: '2023-01-30',
	credits: [
		{ role: '策划', name: '刘敏' },
		{ role: '统筹', name: '陈羽唯' },
		{ role: '全媒体记者', name: '周琪', affiliation: '衡阳日报', contribution: '文' },
		{ role: '通讯员', name: '唐兰荣', contribution: '文' },
		{ role: '图', name: '珠晖区委宣传部' },
	],
});
const permalink = 'https://example.org/articles/2023-01-30-yi-gao-zhi-liang/';

describe('authors', () => {
	test('are the writers, not planners, coordinators or photographers', () => {
		expect(citationAuthors(feature)).toEqual(['周琪', '唐兰荣']);
	});

	test('leave out a credit whose task is the pictures', () => {
		expect(isAuthorCredit({ role: '全媒体记者', name: '某', contribution: '图' })).toBe(false);
		expect(isAuthorCredit({ role: null, name: '李少华' })).toBe(true);
	});

	test('name each writer once', () => {
		expect(
			citationAuthors(
				makeArticle({
					credits: [
						{ role: '全媒体记者', name: '周琪' },
						{ role: '通讯员', name: '周琪' },
					],
				}),
			),
		).toEqual(['周琪']);
	});
});

describe('citationTitle', () => {
	test('adds the subtitle after a colon without its dashes', () => {
		expect(citationTitle({ title: '迎难而上', subtitle: '——写在两会召开之际' })).toBe(
			'迎难而上：写在两会召开之际',
		);
		expect(citationTitle({ title: '迎难而上' })).toBe('迎难而上');
	});
});

describe('gbt7714Citation', () => {
	test('gives the GB/T 7714 newspaper form', () => {
		expect(gbt7714Citation(feature)).toBe(
			'周琪, 唐兰荣. 以高质量发展谱写中国式现代化珠晖新篇章[N]. 衡阳日报, 2023-01-30.',
		);
	});

	test('names three authors at most, then 等', () => {
		const many = makeArticle({
			credits: ['甲一', '乙二', '丙三', '丁四'].map((name) => ({ role: '通讯员', name })),
		});
		expect(gbt7714Citation(many)).toMatch(/^甲一, 乙二, 丙三, 等\. /);
	});

	test('starts with the title when nobody is credited, and says when the date is unknown', () => {
		expect(
			gbt7714Citation(
				makeArticle({
					title: '标题',
					credits: [],
					date: null,
					dateBasis: { method: 'none', evidence: '' },
				}),
			),
		).toBe('标题[N]. 衡阳日报, 出版日期不详.');
	});
});

describe('plainCitation', () => {
	test('gives the plain Chinese form with the permalink', () => {
		expect(plainCitation(feature, permalink)).toBe(
			`周琪、唐兰荣：《以高质量发展谱写中国式现代化珠晖新篇章》，《衡阳日报》2023年1月30日。衡阳日报新闻注释档案，${permalink}`,
		);
	});

	test('says when the date is unknown', () => {
		expect(
			plainCitation(
				makeArticle({ title: '标题', date: null, dateBasis: { method: 'none', evidence: '' } }),
				permalink,
			),
		).toBe(`《标题》，《衡阳日报》（日期不详）。衡阳日报新闻注释档案，${permalink}`);
	});
});
