import { getCollection } from 'astro:content';
import { type CreditedName, getCreditedNames } from '../lib/site/credited.ts';

let cached: Promise<CreditedName[]> | undefined;

/**
 * Every credited name of the archive (see getCreditedNames), worked out once per build.
 *
 * Why cached: the article pages, the people pages and their index all need it, and each name's
 * slug comes from its pinyin, which at thousands of names costs seconds each time.
 */
export function loadCreditedNames(): Promise<CreditedName[]> {
	cached ??= getCollection('articles').then((entries) =>
		getCreditedNames(entries.map((entry) => entry.data)),
	);
	return cached;
}
