import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleText, loadArticleTexts } from '../components/article-texts.ts';
import { toArticleRecords } from '../lib/site/article-record.ts';
import { feedRecords, toFeedEntry } from '../lib/site/feeds.ts';
import { siteName } from '../lib/site/meta.ts';

/** dist/rss.xml: the newest articles (feedLength), as RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
	const origin = site ?? new URL('http://127.0.0.1:4321/');
	const texts = await loadArticleTexts();
	const records = toArticleRecords(
		(await getCollection('articles')).map((entry) => ({
			article: entry.data,
			body: articleText(texts, entry.id).body,
		})),
	);
	const entries = feedRecords(records).map((record) => toFeedEntry(record, origin));
	return rss({
		title: siteName,
		description: '《衡阳日报》2022—2023年报道的注释档案',
		site: origin,
		items: entries.map((entry) => ({
			title: entry.title,
			link: entry.link,
			// Why +08:00: the paper's dates are Beijing dates.
			...(entry.date === null ? {} : { pubDate: new Date(`${entry.date}T00:00:00+08:00`) }),
			description: entry.summary,
			categories: [...entry.categories],
		})),
		customData: '<language>zh-cn</language>',
	});
};
