import { type Article, articleSchema } from '../../src/schemas/article.ts';

/** A valid article (checked against articleSchema) with the given fields replaced. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
	return articleSchema.parse({
		id: '2023-01-30-yi-gao-zhi-liang',
		title: '以高质量发展谱写中国式现代化珠晖新篇章',
		titleSource: 'printed',
		credits: [],
		date: '2023-01-30',
		dateBasis: {
			method: 'month-day+year',
			evidence: '1月30日；年份据“2023年”',
		},
		genre: '通讯',
		regions: ['珠晖区'],
		slogans: [],
		people: [],
		captions: [],
		source: { file: '000_72aa891a18cfbd1b.txt', part: 1, lines: [3, 136] },
		doubts: [],
		...overrides,
	});
}
