/**
 * The file plan: which optional page families the build folds so that the site fits FILE_BUDGET.
 *
 * Why: static hosts commonly cap a site's files (20,000 is usual); at 10,000 generated articles
 * dist/ held 39,803, 14,474 of them /people/ pages (most listing one article) and ~2,400 date
 * pages. The plan is worked out from page counts before any page is rendered; the count of the
 * built site (checkFileBudget) stays the guard.
 */

/** How many files each family of the site will hold, counted before rendering. */
export interface SiteFamilies {
	/** Article pages (/articles/<id>/), one each; each also gets a search fragment. */
	readonly articles: number;
	/** Names credited in exactly one article: one /people/<slug>/ page each (lever a). */
	readonly singleNames: number;
	/**
	 * Pages of the names credited in two articles or more: one /people/<slug>/ page each, and the
	 * later pages of a name with more articles than a page lists.
	 */
	readonly otherNames: number;
	/** Day pages: one /dates/y/m/d/ page per day with articles, and a long day's later pages (lever b). */
	readonly days: number;
	/** Every other file: raw-page views, year and month pages, indexes, glossary, assets, data. */
	readonly otherFiles: number;
}

/** The optional families, in the order they are folded (least loss to a reader first). */
export const FOLDS = ['singleNames', 'days'] as const;

/** One optional family. */
export type Fold = (typeof FOLDS)[number];

/** What the build does to fit the budget. */
export interface FilePlan {
	readonly budget: number | null;
	/** No /people/<slug>/ page for a name credited once: the people index links its article. */
	readonly foldSingleNames: boolean;
	/** No day pages: the month page lists its days under headings with ids. */
	readonly foldDays: boolean;
	/** Files the site is projected to hold with this plan (search index estimated). */
	readonly projected: number;
	/** … with no family folded. */
	readonly unfolded: number;
	/** … with every optional family folded: no budget below it can be met. */
	readonly minimum: number;
}

/** A plan, or why no plan fits. */
export type FilePlanResult =
	{ readonly ok: true; readonly plan: FilePlan } | { readonly ok: false; readonly message: string };

/**
 * Files of the Pagefind index that come whatever the archive (its scripts, styles, WebAssembly,
 * entry and metadata): 12 on every site measured.
 */
const searchFixedFiles = 12;

/**
 * Index and filter chunks: a few for the filters, then a share of the articles. Measured: 7 for
 * 15 articles, 142 for 2,015 (0.070 an article), 532 for 10,015 (0.053); 20 + 0.09 an article
 * leaves room above all three.
 */
const searchChunkBase = 20;
const searchChunkRatio = 0.09;

/**
 * The files of the search index for a number of articles: one fragment per article, the index
 * and filter chunks and Pagefind's fixed files. Conservative: it may overestimate, never under.
 */
export function estimateSearchFiles(articles: number): number {
	if (articles === 0) return 0;
	return searchFixedFiles + articles + searchChunkBase + Math.ceil(articles * searchChunkRatio);
}

/** The projected files of the site with the given families folded. */
export function projectFiles(families: SiteFamilies, folded: ReadonlySet<Fold>): number {
	return (
		families.articles +
		estimateSearchFiles(families.articles) +
		families.otherNames +
		(folded.has('singleNames') ? 0 : families.singleNames) +
		(folded.has('days') ? 0 : families.days) +
		families.otherFiles
	);
}

/** A count for a message: 10,015. */
function count(value: number): string {
	return value.toLocaleString('en-US');
}

/**
 * Plans the site for a budget (null: no budget, nothing folded). Folds the families of FOLDS in
 * order until the projection fits; when even all of them do not, says why, naming the budget,
 * the minimum and what it is made of.
 */
export function planFiles(families: SiteFamilies, budget: number | null): FilePlanResult {
	const unfolded = projectFiles(families, new Set());
	const minimum = projectFiles(families, new Set(FOLDS));
	const folded = new Set<Fold>();
	let projected = unfolded;
	for (const fold of FOLDS) {
		if (budget === null || projected <= budget) break;
		folded.add(fold);
		projected = projectFiles(families, folded);
	}
	if (budget !== null && projected > budget) {
		const search = estimateSearchFiles(families.articles);
		return {
			ok: false,
			message:
				`FILE_BUDGET=${count(budget)} cannot be met: the site needs at least ${count(minimum)} files ` +
				`even with no page for a name credited once and no day pages. ` +
				`${count(families.articles)} article pages and their search index ` +
				`(one fragment per article, ${count(search)} files estimated) are ${count(families.articles + search)} alone; ` +
				`then ${count(families.otherNames)} pages of names credited more than once and ` +
				`${count(families.otherFiles)} other files (raw-page views, year and month pages, glossary, assets). ` +
				`Raise FILE_BUDGET to ${count(minimum)} or more.`,
		};
	}
	return {
		ok: true,
		plan: {
			budget,
			foldSingleNames: folded.has('singleNames'),
			foldDays: folded.has('days'),
			projected,
			unfolded,
			minimum,
		},
	};
}

/** One line for the build log: the plan, its numbers and the families it was made from. */
export function describePlan(plan: FilePlan, families: SiteFamilies): string {
	const budget = plan.budget === null ? 'no FILE_BUDGET set' : `FILE_BUDGET=${String(plan.budget)}`;
	const folds = [
		plan.foldSingleNames && 'names credited once',
		plan.foldDays && 'day pages',
	].filter((fold) => fold !== false);
	return (
		`file plan (${budget}): ${String(plan.projected)} files projected` +
		` (unfolded ${String(plan.unfolded)}, minimum ${String(plan.minimum)});` +
		` folded: ${folds.length === 0 ? 'nothing' : folds.join(', ')};` +
		` articles ${String(families.articles)}, search ${String(estimateSearchFiles(families.articles))},` +
		` names credited once ${String(families.singleNames)}, other names ${String(families.otherNames)},` +
		` days ${String(families.days)}, other files ${String(families.otherFiles)}`
	);
}
