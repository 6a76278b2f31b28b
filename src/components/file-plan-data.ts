import { getCollection } from 'astro:content';
import process from 'node:process';
import { allDays, allMonths, groupByDate } from '../lib/site/date-archive.ts';
import { parseFileBudget } from '../lib/site/file-budget.ts';
import {
	describePlan,
	type FilePlan,
	planFiles,
	type SiteFamilies,
} from '../lib/site/file-plan.ts';
import { loadArchiveNames } from './archive-names.ts';
import { loadPageRecords } from './content-records.ts';
import { loadGlossaryEntries } from './glossary/glossary-data.ts';
import { countListPages } from './list-page-count.ts';
import { listPageSize } from './list-pages.ts';
import { pageCount } from '../lib/site/pagination.ts';

/**
 * Files that are neither counted one by one below nor grow with the archive: region and genre
 * pages, the top-level pages, feeds, data files, the search page's files, the sitemap, scripts
 * and stylesheets. 60 on the real seeds (18 region, 5 genre, 37 others); 80 allowed.
 */
const fixedFiles = 80;

let cached: Promise<FilePlan> | undefined;

/** Counts the site's page families from the collections (see SiteFamilies). */
async function countFamilies(): Promise<SiteFamilies> {
	const articles = (await getCollection('articles')).map((entry) => entry.data);
	const rawPages = (await loadPageRecords()).length;
	const names = await loadArchiveNames();
	const singleNames = names.filter((name) => name.articleIds.length === 1).length;
	const archive = groupByDate(articles);
	const glossaryPages = (await loadGlossaryEntries()).length + 1;
	return {
		articles: articles.length,
		singleNames,
		otherNames: names
			.filter((name) => name.articleIds.length > 1)
			.reduce((sum, name) => sum + pageCount(name.articleIds.length, listPageSize()), 0),
		days: allDays(archive).reduce(
			(sum, day) => sum + pageCount(day.articles.length, listPageSize()),
			0,
		),
		otherFiles:
			rawPages +
			1 + // the raw pages' index
			1 + // the people index
			allMonths(archive).length +
			archive.years.length +
			1 + // the date index
			glossaryPages +
			(await countListPages()) +
			fixedFiles,
	};
}

/**
 * The build's file plan (see planFiles), worked out once per build from FILE_BUDGET and the
 * collections. Throws before any page is rendered when the budget cannot be met.
 *
 * Why here, in the routes' data: the counts need the content collections, which the config
 * hooks cannot read; every route whose pages or links the plan changes awaits it in its
 * getStaticPaths, so whichever runs first fails the build.
 */
export function loadFilePlan(): Promise<FilePlan> {
	cached ??= countFamilies().then((families) => {
		const result = planFiles(families, parseFileBudget(process.env.FILE_BUDGET));
		if (!result.ok) throw new Error(result.message);
		console.info(`[hengyang:file-budget] ${describePlan(result.plan, families)}`);
		return result.plan;
	});
	return cached;
}
