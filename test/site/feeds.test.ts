import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/lib/site/article-record.ts';
import {
	atomFeed,
	atomTime,
	escapeXml,
	feedLength,
	feedRecords,
	feedUpdated,
	shorten,
	toFeedEntry,
} from '../../src/lib/site/feeds.ts';

const record: ArticleRecord = {
	id: '2023-01-30-a',
	url: '/articles/2023-01-30-a/',
	title: '标题 & <副>',
	kicker: '引题——',
	subtitle: null,
	date: '2023-01-30',
	dateBasis: { method: 'full-date', evidence: '2023年1月30日' },
	genre: '消息',
	regions: ['珠晖区'],
	credits: [
		{ role: '全媒体记者', name: '周琪' },
		{ role: '摄', name: '唐俊' },
	],
	people: [],
	slogans: ['三高四新'],
	captions: [],
	source: { file: 'a.txt', part: 1, lines: [1, 2] },
	text: '第一段。\n第二段。',
};

describe('shorten', () => {
	test('keeps a short text and cuts a long one with …', () => {
		expect(shorten('一二三', 3)).toBe('一二三');
		expect(shorten('一二三四', 3)).toBe('一二…');
	});
});

describe('toFeedEntry', () => {
	test('gives an absolute link, writers, a summary and categories', () => {
		expect(toFeedEntry(record, 'https://example.org')).toEqual({
			title: '标题 & <副>',
			link: 'https://example.org/articles/2023-01-30-a/',
			date: '2023-01-30',
			authors: ['周琪'],
			summary: '引题—— 第一段。',
			categories: ['消息', '珠晖区', '三高四新'],
		});
	});
});

describe('dates', () => {
	test('are Beijing midnights', () => {
		expect(atomTime('2023-01-30')).toBe('2023-01-30T00:00:00+08:00');
	});

	test('the feed is as new as its newest entry', () => {
		const entry = toFeedEntry(record, 'https://example.org');
		expect(feedUpdated([entry, { ...entry, date: '2023-03-20' }, { ...entry, date: null }])).toBe(
			'2023-03-20',
		);
		expect(feedUpdated([])).toBe('1970-01-01');
	});
});

describe('atomFeed', () => {
	const info = {
		title: '档案',
		description: '说明',
		siteUrl: 'https://example.org/',
		selfUrl: 'https://example.org/atom.xml',
	};

	test('escapes markup in every text', () => {
		expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
		const xml = atomFeed(info, [toFeedEntry(record, 'https://example.org')]);
		expect(xml).toContain('<title>标题 &amp; &lt;副&gt;</title>');
		expect(xml).not.toContain('<副>');
	});

	test('gives each entry an id, dates, authors and categories', () => {
		const xml = atomFeed(info, [toFeedEntry(record, 'https://example.org')]);
		expect(xml).toContain('<id>https://example.org/articles/2023-01-30-a/</id>');
		expect(xml).toContain('<published>2023-01-30T00:00:00+08:00</published>');
		expect(xml).toContain('<author><name>周琪</name></author>');
		expect(xml).toContain('<category term="三高四新"/>');
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed /);
	});

	test('dates an undated entry by the feed and credits the paper when nobody is named', () => {
		const undated = { ...toFeedEntry(record, 'https://example.org'), date: null, authors: [] };
		const xml = atomFeed(info, [undated]);
		expect(xml).toContain('<updated>1970-01-01T00:00:00+08:00</updated>');
		expect(xml).not.toContain('<published>');
		expect(xml).toContain('<author><name>衡阳日报</name></author>');
	});
});

describe('feedRecords', () => {
	test('keeps the newest feedLength records, in their order', () => {
		const newestFirst = Array.from({ length: 120 }, (_, index) => index);
		expect(feedLength).toBe(50);
		expect(feedRecords(newestFirst)).toEqual(newestFirst.slice(0, 50));
		expect(feedRecords([3, 2, 1])).toEqual([3, 2, 1]);
	});
});
