import { pinyin } from 'pinyin-pro';
import type { Article, Credit } from '../../schemas/article.ts';
import { sortNewestFirst } from './article-order.ts';
import { pageOf } from './pagination.ts';
import { personInIndexUrl, personUrl } from './urls.ts';

/** What the credit helpers read of an article. */
export type CreditedArticle = Pick<Article, 'id' | 'date' | 'credits'>;

/** A name printed in the credits: a person, or a unit (a department, a newsroom, 本报评论员). */
export interface CreditedName {
	readonly name: string;
	/** ASCII slug from the pinyin of the name, unique among all credited names. */
	readonly slug: string;
	/** The name's page, or its entry in the people index when it has none (see hasOwnPage). */
	readonly url: string;
	readonly kind: 'person' | 'unit';
	/** Roles printed with the name, in order of first appearance (全媒体记者, 通讯员…). */
	readonly roles: readonly string[];
	/** Ids of the articles that credit the name, newest first. */
	readonly articleIds: readonly string[];
}

/**
 * Endings of unit names, and collective signatures, that are not people.
 *
 * Why: credits print units where a photographer would stand (图/珠晖区委宣传部, 图/雁峰区融媒体中心)
 * and the editorial board signs as 本报评论员; none of them is a reporter.
 */
const unitEndings = [
	'部',
	'中心',
	'办',
	'局',
	'委',
	'社',
	'院',
	'站',
	'队',
	'所',
	'会',
	'公司',
	'评论员',
];

/** Heading of a credit printed without a role (衡阳日报讯（李少华）). */
const unnamedRole = '署名';

/** Whether a credited name is a unit rather than a person (see unitEndings); names over four characters are units. */
export function isUnitName(name: string): boolean {
	return Array.from(name).length > 4 || unitEndings.some((ending) => name.endsWith(ending));
}

/**
 * The ASCII slug of a credited name: pinyin syllables joined by hyphens; a person's first
 * character is read as a surname (单 → shan, 曾 → zeng), ü is written v (吕 → lv).
 */
export function creditSlug(name: string, kind: CreditedName['kind']): string {
	const words = pinyin(name, {
		toneType: 'none',
		type: 'array',
		v: true,
		nonZh: 'consecutive',
		...(kind === 'person' ? { surname: 'head' as const } : {}),
	})
		.map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, ''))
		.filter((word) => word !== '');
	return words.length === 0 ? 'name' : words.join('-');
}

/** The printed role of a credit, or 署名 when the paper printed only the name. */
function roleOf(credit: Credit): string {
	return credit.role ?? unnamedRole;
}

/**
 * Every name the credits print, with roles and articles, in slug order (pinyin order); two
 * names with the same pinyin get -2, -3 … in code-point order of the names.
 */
export function getCreditedNames(articles: readonly CreditedArticle[]): CreditedName[] {
	const byName = new Map<string, { roles: string[]; articleIds: string[] }>();
	for (const article of sortNewestFirst(articles)) {
		for (const credit of article.credits) {
			const entry = byName.get(credit.name) ?? { roles: [], articleIds: [] };
			const role = roleOf(credit);
			if (!entry.roles.includes(role)) entry.roles.push(role);
			if (!entry.articleIds.includes(article.id)) entry.articleIds.push(article.id);
			byName.set(credit.name, entry);
		}
	}
	const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const used = new Set<string>();
	const credited = names.map((name): CreditedName => {
		const kind = isUnitName(name) ? 'unit' : 'person';
		const base = creditSlug(name, kind);
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		const entry = byName.get(name) ?? { roles: [], articleIds: [] };
		return { name, slug, url: personUrl(slug), kind, ...entry };
	});
	return credited.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Whether a name gets its own /people/<slug>/ page: always, unless names credited once are folded
 * (FILE_BUDGET, see file-plan.ts); such a name is then an entry of the people index.
 */
export function hasOwnPage(
	name: Pick<CreditedName, 'articleIds'>,
	foldSingleNames: boolean,
): boolean {
	return !foldSingleNames || name.articleIds.length > 1;
}

/**
 * The names in the order the people index lists them: people, then units, each in slug order
 * (the order of getCreditedNames).
 */
export function peopleIndexOrder<T extends Pick<CreditedName, 'kind'>>(names: readonly T[]): T[] {
	return [
		...names.filter((name) => name.kind === 'person'),
		...names.filter((name) => name.kind !== 'person'),
	];
}

/**
 * The names with their URLs under a plan: a name without its own page links to its entry in the
 * people index, on the index's page that lists it (`pageSize` names a page, see pagination.ts).
 */
export function withNamePages(
	names: readonly CreditedName[],
	foldSingleNames: boolean,
	pageSize: number,
): CreditedName[] {
	const position = new Map(peopleIndexOrder(names).map((name, index) => [name, index]));
	return names.map((name) =>
		hasOwnPage(name, foldSingleNames)
			? name
			: {
					...name,
					url: personInIndexUrl(name.slug, pageOf(position.get(name) ?? 0, pageSize)),
				},
	);
}
