import {
	type CreditedName,
	hasOwnPage,
	peopleIndexOrder,
	withNamePages,
} from '../lib/site/credited.ts';
import { articleUrl, personAnchor } from '../lib/site/urls.ts';
import { loadArchiveNames } from './archive-names.ts';
import { loadFilePlan } from './file-plan-data.ts';
import { listPageSize } from './list-pages.ts';

let cached: Promise<CreditedName[]> | undefined;

/**
 * Every credited name of the archive (see getCreditedNames), worked out once per build, with the
 * URLs of the build's file plan: a name credited once may have no page (see withNamePages).
 */
export function loadCreditedNames(): Promise<CreditedName[]> {
	cached ??= Promise.all([loadArchiveNames(), loadFilePlan()]).then(([names, plan]) =>
		withNamePages(names, plan.foldSingleNames, listPageSize()),
	);
	return cached;
}

/** One name of the people index: where it links, and the id of its entry (when it has none). */
export interface PeopleIndexEntry {
	readonly name: CreditedName;
	/** The name's page, or (a name credited once, folded by FILE_BUDGET) its one article. */
	readonly href: string;
	/** The id that the credit links of a name without its own page point at. */
	readonly id: string | undefined;
}

/**
 * The people index's entries under the build's file plan, in its order (people, then units,
 * each in slug order; see peopleIndexOrder).
 */
export async function loadPeopleIndex(): Promise<PeopleIndexEntry[]> {
	const [names, plan] = await Promise.all([loadCreditedNames(), loadFilePlan()]);
	return peopleIndexOrder(names).map((name) =>
		hasOwnPage(name, plan.foldSingleNames)
			? { name, href: name.url, id: undefined }
			: { name, href: articleUrl(name.articleIds[0] ?? ''), id: personAnchor(name.slug) },
	);
}
