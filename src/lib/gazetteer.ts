import { byFirstUnit, firstUnitTable } from './search/text.ts';

/** A place the archive indexes: the city, its 12 county-level units, and its parks/zones. */
export interface Region {
	/** Canonical name, e.g. 珠晖区. */
	name: string;
	/** ASCII slug for URLs, from the pinyin of the name. */
	slug: string;
	kind: 'city' | 'district' | 'county' | 'county-level-city' | 'zone';
	/** Other ways the paper writes it (短称). Longer forms are matched before shorter ones. */
	aliases: string[];
	/** Characters after a short form that make it part of another name (南岳电控 is a company). */
	notBefore?: string[];
	/** Characters before a short form that make it part of another name (南岳衡山 is the mountain). */
	notAfter?: string[];
}

/** Hengyang (衡阳市) and the units it administers, with the short forms the paper uses. */
export const GAZETTEER: readonly Region[] = [
	{
		name: '衡阳市',
		slug: 'hengyang',
		kind: 'city',
		aliases: ['衡阳', '我市', '全市'],
		notBefore: ['县', '日报', '晚报', '中院'],
		// Why: 掌上衡阳 is the 衡阳日报社's news app, named beside 衡阳日报 in datelines and furniture.
		notAfter: ['掌上'],
	},
	{ name: '珠晖区', slug: 'zhuhui', kind: 'district', aliases: ['珠晖'] },
	{ name: '雁峰区', slug: 'yanfeng', kind: 'district', aliases: ['雁峰'], notBefore: ['酒业'] },
	{ name: '石鼓区', slug: 'shigu', kind: 'district', aliases: ['石鼓'], notBefore: ['书院'] },
	{
		name: '蒸湘区',
		slug: 'zhengxiang',
		kind: 'district',
		aliases: ['蒸湘'],
		notBefore: ['南路', '北路'],
	},
	{
		name: '南岳区',
		slug: 'nanyue',
		kind: 'district',
		aliases: ['南岳'],
		notBefore: ['电控', '生物', '学院', '机场', '高速'],
	},
	{ name: '衡阳县', slug: 'hengyangxian', kind: 'county', aliases: [] },
	{ name: '衡南县', slug: 'hengnan', kind: 'county', aliases: ['衡南'] },
	{ name: '衡山县', slug: 'hengshan', kind: 'county', aliases: ['衡山'], notAfter: ['南岳'] },
	{ name: '衡东县', slug: 'hengdong', kind: 'county', aliases: ['衡东'] },
	{ name: '祁东县', slug: 'qidong', kind: 'county', aliases: ['祁东'] },
	{ name: '耒阳市', slug: 'leiyang', kind: 'county-level-city', aliases: ['耒阳'] },
	{ name: '常宁市', slug: 'changning', kind: 'county-level-city', aliases: ['常宁'] },
	{
		name: '衡阳高新技术产业开发区',
		slug: 'gaoxinqu',
		kind: 'zone',
		aliases: ['衡阳高新区', '高新区'],
	},
	{ name: '衡阳综合保税区', slug: 'zongbaoqu', kind: 'zone', aliases: ['衡阳综保区', '综保区'] },
	{
		name: '松木经济开发区',
		slug: 'songmu',
		kind: 'zone',
		aliases: ['松木经开区', '松木经济开发区'],
	},
	{ name: '白沙洲工业园区', slug: 'baishazhou', kind: 'zone', aliases: ['白沙洲工业园', '白沙洲'] },
];

/** Looks a canonical region name up. */
export function regionByName(name: string): Region | undefined {
	return GAZETTEER.find((region) => region.name === name);
}

/**
 * Forms that refer to the city without naming it (我市, 全市): they count as mentions for the
 * ingest, but a reader would not expect a link on them.
 */
export const REFERRING_FORMS: ReadonlySet<string> = new Set(['我市', '全市']);

interface Form {
	form: string;
	region: Region;
	full: boolean;
}

const FORMS: Form[] = GAZETTEER.flatMap((region) => [
	{ form: region.name, region, full: true },
	...region.aliases.map((alias) => ({
		form: alias,
		region,
		full: alias.length > 2 && !REFERRING_FORMS.has(alias),
	})),
]).sort((a, b) => b.form.length - a.form.length);

/** Forms by their first character, longest first, so a scan tries only the forms that can match. */
const FORMS_BY_FIRST = byFirstUnit(FORMS, (form) => form.form);

/**
 * 1 for each UTF-16 unit a form starts with: the scan passes over every other position.
 *
 * Why: looking every character of every article up in FORMS_BY_FIRST took 0.7 s of a 10,000-article
 * content sync (CPU profile, 2026-12-07).
 */
const FORM_STARTS = firstUnitTable(FORMS_BY_FIRST.keys());

/** Longest context a notBefore/notAfter rule looks at. */
const CONTEXT = 4;

/** Every mention of a gazetteer place in the text, longest form first at each position. */
export function regionMentions(
	text: string,
): { region: Region; form: string; index: number; full: boolean }[] {
	const out: { region: Region; form: string; index: number; full: boolean }[] = [];
	let i = 0;
	while (i < text.length) {
		if (FORM_STARTS[text.charCodeAt(i)] === 0) {
			i++;
			continue;
		}
		const candidates = FORMS_BY_FIRST.get(text[i] ?? '');
		const hit = candidates?.find(({ form, region }) => {
			if (!text.startsWith(form, i)) return false;
			const after = text.slice(i + form.length, i + form.length + CONTEXT);
			const before = text.slice(Math.max(0, i - CONTEXT), i);
			if (form !== region.name && region.notBefore?.some((suffix) => after.startsWith(suffix)))
				return false;
			if (region.notAfter?.some((prefix) => before.endsWith(prefix))) return false;
			// Why: 依美园（衡阳）实业有限公司 names a company, not the place it is in.
			if (/[（(]$/u.test(before) && /^[）)]/u.test(after)) return false;
			return true;
		});
		if (hit) {
			out.push({ region: hit.region, form: hit.form, index: i, full: hit.full });
			i += hit.form.length;
		} else i++;
	}
	return out;
}

/**
 * Ranks the regions an article is about: mentions in the headline count five times, full names
 * (珠晖区) three times, short forms (珠晖, 我市) once; ties keep gazetteer order.
 */
export function rankRegions(headline: string, body: string): string[] {
	const scores = new Map<string, number>();
	const add = (text: string, weight: number): void => {
		for (const mention of regionMentions(text))
			scores.set(
				mention.region.name,
				(scores.get(mention.region.name) ?? 0) + weight * (mention.full ? 3 : 1),
			);
	};
	add(headline, 5);
	add(body, 1);
	const order = (name: string): number => GAZETTEER.findIndex((region) => region.name === name);
	return [...scores.entries()]
		.sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]))
		.map(([name]) => name);
}
