/**
 * Deterministic synthetic raw pages for benchmarks (the search benchmark now, the scale work
 * later): newspaper pages in the layout of seeds/*.txt — title lines, a dateline with reporters,
 * paragraphs — whose sentences are drawn from the real archive's articles, with its slogans,
 * places and a pool of reporter names. The same seed and count always give the same bytes.
 * Slogans are drawn only from the archive's own (each has a glossary entry, which the build checks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A raw page: the file name it would have under seeds/ and its UTF-8 text. */
export interface RawPage {
	readonly file: string;
	readonly text: string;
}

/** Mulberry32: a small, fast, deterministic pseudo-random generator (floats in [0, 1)). */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The sentences of the archive's article bodies (content/articles/*.md), in file order. */
export function archiveSentences(contentDir: string): string[] {
	const sentences: string[] = [];
	for (const file of readdirSync(join(contentDir, 'articles')).sort()) {
		const body = readFileSync(join(contentDir, 'articles', file), 'utf8').split(/^---$/mu)[2] ?? '';
		for (const line of body.split('\n')) {
			if (line.startsWith('#') || line.trim() === '') continue;
			for (const sentence of line.match(/[^。！？]+[。！？]/gu) ?? [])
				if (sentence.length >= 12 && sentence.length <= 120 && !/[■（）()]/u.test(sentence))
					sentences.push(sentence.trim());
		}
	}
	return sentences;
}

const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
	'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯健俊帆琪晨瑞珂欣雯婷倩颖佳蕾阳峰林波宁';
const PLACES = [
	'珠晖区',
	'雁峰区',
	'石鼓区',
	'蒸湘区',
	'南岳区',
	'衡阳县',
	'衡南县',
	'衡山县',
	'衡东县',
	'祁东县',
	'耒阳市',
	'常宁市',
	'高新区',
	'综保区',
	'松木经开区',
	'白沙洲',
];
const SLOGANS = [
	'三高四新',
	'三强一化',
	'五制一平台',
	'一核两电三色四新',
	'发展六仗',
	'五兴六强',
	'一核四新',
	'九树九戒',
	'六大强农',
	'五大行动',
];
const TOPICS = [
	'项目建设',
	'产业发展',
	'乡村振兴',
	'民生实事',
	'招商引资',
	'营商环境',
	'城市更新',
	'文旅融合',
	'科技创新',
	'生态保护',
];

/** The latest year the real articles' sentences name (their issues are of 2022 and 2023). */
const SENTENCE_YEAR = 2023;

/**
 * A real article's sentence moved to an article of `year`: every year it names (2000–2039)
 * shifted by as much as 2023 is from `year` (2022年 in a 2013 article reads 2012年).
 *
 * Why: the ingest takes a dateline's full date only when no later year stands in the text (an
 * earlier one is read as a reference back), so a 2013 article quoting “2023年” was dated by a
 * “1月30日” in a copied sentence: 15,526 of 100,000 generated articles fell on 2023-01-30.
 */
export function shiftYears(sentence: string, year: number): string {
	return sentence.replace(
		/(20[0-3]\d)年/gu,
		(_, printed: string) => `${String(Number(printed) + year - SENTENCE_YEAR)}年`,
	);
}

/** A made-up personal name: a surname and one or two given characters. */
function randomName(next: () => number): string {
	const pick = (chars: string): string =>
		Array.from(chars)[Math.floor(next() * chars.length)] ?? '';
	return pick(SURNAMES) + pick(GIVEN) + (next() < 0.5 ? pick(GIVEN) : '');
}

/** Who an article's dateline credits: its reporter and its correspondent. */
interface Byline {
	readonly reporter: string;
	readonly correspondent: string;
}

/** Reporters on the staff over the decade, and correspondents (通讯员) who file for the paper. */
export const STAFF_REPORTERS = 300;
export const CORRESPONDENTS = 3000;

/** `count` different made-up names. */
function namePool(next: () => number, count: number, taken: Set<string>): string[] {
	const names: string[] = [];
	while (names.length < count) {
		const name = randomName(next);
		if (taken.has(name)) continue;
		taken.add(name);
		names.push(name);
	}
	return names;
}

/**
 * The scale archive's bylines: a reporter of a staff of STAFF_REPORTERS and a correspondent of
 * CORRESPONDENTS, both drawn unevenly (index ∝ the square of a uniform draw), so that a few
 * reporters write hundreds of articles, as on a city daily, and most names come back.
 *
 * Why not a new name each time (as before 2026-12-02): 10,000 articles then credited 14,473
 * names, 11,327 of them once — a page each, 45 % of the site's pages — where a real paper's
 * bylines repeat; and no name had more articles than its page could list, which hid that a
 * person's page listed all of them.
 */
function bylines(next: () => number): () => Byline {
	const taken = new Set<string>();
	const reporters = namePool(next, STAFF_REPORTERS, taken);
	const correspondents = namePool(next, CORRESPONDENTS, taken);
	const uneven = (names: readonly string[]): string =>
		names[Math.floor(next() ** 2 * names.length)] ?? '';
	return () => ({ reporter: uneven(reporters), correspondent: uneven(correspondents) });
}

/** One synthetic article as raw lines: title, dateline paragraph, body paragraphs. */
function article(
	next: () => number,
	sentences: readonly string[],
	date: Date,
	byline: () => Byline = () => ({ reporter: randomName(next), correspondent: randomName(next) }),
): string[] {
	const year = date.getUTCFullYear();
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const sentence = (): string => shiftYears(pick(sentences), year);
	const { reporter, correspondent } = byline();
	const place = pick(PLACES);
	const slogan = pick(SLOGANS);
	const topic = pick(TOPICS);
	const title = `${place}${pick(['加快', '推进', '聚力', '全力抓好', '扎实开展'])}${topic}`;
	const day = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
	const paragraphs: string[] = [
		`衡阳日报讯（全媒体记者 ${reporter} 通讯员 ${correspondent}）${day}，${place}召开${topic}推进会，全面落实“${slogan}”战略部署。${sentence()}`,
	];
	const count = 4 + Math.floor(next() * 5);
	for (let i = 0; i < count; i++) {
		const parts = 2 + Math.floor(next() * 3);
		paragraphs.push(Array.from({ length: parts }, () => sentence()).join(''));
	}
	return [title, '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])];
}

/**
 * `articles` synthetic articles on raw pages of four, dated one page a day from 2022-01-01. The
 * sentences come from the archive under `contentDir`; `seed` fixes every choice.
 */
export function generateRawPages(articles: number, contentDir: string, seed = 20230130): RawPage[] {
	const next = random(seed);
	const sentences = archiveSentences(contentDir);
	if (sentences.length === 0) throw new Error(`no sentences in ${contentDir}/articles`);
	const pages: RawPage[] = [];
	for (let first = 0, page = 0; first < articles; first += 4, page++) {
		const date = new Date(Date.UTC(2022, 0, 1 + page));
		const lines = ['', ''];
		for (let i = first; i < Math.min(articles, first + 4); i++)
			lines.push(...article(next, sentences, date), '', '');
		pages.push({ file: `bench_${String(page).padStart(5, '0')}.txt`, text: lines.join('\n') });
	}
	return pages;
}

/** First and last day of the scale benchmark's archive. */
const SPAN_START = Date.UTC(2013, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2023, 11, 31) - SPAN_START) / 86_400_000);

/**
 * The scale benchmark's archive: `articles` synthetic articles on raw pages of two to five, the
 * pages spread over 2013-01-01 … 2023-12-31 in order (so the dates vary whatever the count), named
 * `scale_<n>.txt`. `seed` fixes every choice; `firstPage` numbers the files (for a page added to
 * an existing archive).
 */
export function generateArchivePages(
	articles: number,
	contentDir: string,
	seed = 20230130,
	firstPage = 0,
): RawPage[] {
	const next = random(seed);
	const sentences = archiveSentences(contentDir);
	if (sentences.length === 0) throw new Error(`no sentences in ${contentDir}/articles`);
	const byline = bylines(random(seed + 1));
	const sizes: number[] = [];
	for (let left = articles; left > 0;) {
		const size = Math.min(left, 2 + Math.floor(next() * 4));
		sizes.push(size);
		left -= size;
	}
	return sizes.map((size, page) => {
		const day = Math.floor(((page + 0.5) * SPAN_DAYS) / sizes.length + next() * 0.5);
		const date = new Date(SPAN_START + Math.min(day, SPAN_DAYS) * 86_400_000);
		const lines = ['', ''];
		for (let i = 0; i < size; i++) lines.push(...article(next, sentences, date, byline), '', '');
		const number = String(firstPage + page).padStart(5, '0');
		return { file: `scale_${number}.txt`, text: lines.join('\n') };
	});
}
