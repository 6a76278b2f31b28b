import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleText, loadArticleTexts } from '../components/article-texts.ts';
import { toArticleRecords } from '../lib/site/article-record.ts';
import { atomFeed, feedRecords, toFeedEntry } from '../lib/site/feeds.ts';
import { siteName } from '../lib/site/meta.ts';
import { absoluteUrl, atomUrl, homeUrl } from '../lib/site/urls.ts';

/** dist/atom.xml: the newest articles (feedLength), as Atom 1.0. */
export const GET: APIRoute = async ({ site }) => {
	const origin = site ?? new URL('http://127.0.0.1:4321/');
	const texts = await loadArticleTexts();
	const records = toArticleRecords(
		(await getCollection('articles')).map((entry) => ({
			article: entry.data,
			body: articleText(texts, entry.id).body,
		})),
	);
	const body = atomFeed(
		{
			title: siteName,
			description: '《衡阳日报》2022—2023年报道的注释档案',
			siteUrl: absoluteUrl(origin, homeUrl),
			selfUrl: absoluteUrl(origin, atomUrl),
		},
		feedRecords(records).map((record) => toFeedEntry(record, origin)),
	);
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
