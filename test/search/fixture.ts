import { buildLexicon } from '../../src/lib/search/lexicon-build.ts';
import { type Lexicon, prepareLexicon } from '../../src/lib/search/lexicon.ts';
import type { LexiconSource } from '../../src/lib/search/search-data.ts';
import type { Article } from '../../src/schemas/article.ts';
import { makeArticle } from '../site/make-article.ts';

/** Three small articles: a slogan, regions and their short forms, credits, a traditional page. */
export const articles: { data: Article; body: string }[] = [
	{
		data: makeArticle({
			id: '2023-01-30-a',
			title: '珠晖区全面落实“三高四新”战略',
			slogans: ['三高四新', '四上'],
			regions: ['珠晖区', '衡阳市'],
			credits: [{ role: '全媒体记者', name: '周琪' }],
			people: [{ name: '魏中发', post: '区委书记' }],
		}),
		body: '珠晖坚持“三高四新”，新增“四上”企业12家。衡阳日报讯。我市项目建设提速。',
	},
	{
		data: makeArticle({
			id: '2022-02-11-b',
			date: '2022-02-11',
			genre: '消息',
			title: '南岳衡山迎来游客',
			slogans: ['七大任务'],
			regions: ['南岳区'],
			credits: [{ role: '通讯员', name: '周围' }],
		}),
		body: '南岳衡山景区游人如织。周围群众说，“七大任务”落到实处。三高和四新是两回事。',
	},
	{
		data: makeArticle({
			id: '2023-03-20-c',
			title: '耒陽市發展經濟',
			slogans: [],
			regions: ['耒阳市'],
			genre: null,
			date: null,
		}),
		body: '耒陽市推動高質量發展。',
	},
];

/** The sources the lexicon builder reads, from the articles above. */
export const sources: LexiconSource[] = articles.map((article) => ({
	data: article.data,
	text: `${article.data.title}\n${article.body}`,
}));

/** The lexicon of the articles above, with 七任务 as a glossary alias of 七大任务. */
export function fixtureLexicon(): Lexicon {
	return prepareLexicon(buildLexicon(sources, [{ term: '七大任务', aliases: ['七任务'] }]));
}
