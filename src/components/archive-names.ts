import { getCollection } from 'astro:content';
import { type CreditedName, getCreditedNames } from '../lib/site/credited.ts';

let cached: Promise<CreditedName[]> | undefined;

/**
 * Every credited name of the archive as getCreditedNames gives it (each with its own page URL),
 * worked out once per build. Pages use loadCreditedNames, which applies the file plan.
 *
 * Why cached: the file plan counts these names and loadCreditedNames links them; each name's slug
 * comes from its pinyin, which at thousands of names costs seconds each time.
 */
export function loadArchiveNames(): Promise<CreditedName[]> {
	cached ??= getCollection('articles').then((entries) =>
		getCreditedNames(entries.map((entry) => entry.data)),
	);
	return cached;
}
