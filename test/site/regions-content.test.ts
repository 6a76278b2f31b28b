import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { GAZETTEER } from '../../src/lib/gazetteer.ts';
import { regionEntrySchema } from '../../src/schemas/region.ts';

const regionsDir = fileURLToPath(new URL('../../content/regions/', import.meta.url));
const files = readdirSync(regionsDir).filter((name) => name.endsWith('.md'));

/** The frontmatter of one content/regions file, parsed and validated. */
function entry(file: string) {
	const text = readFileSync(`${regionsDir}${file}`, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match?.[1]) throw new Error(`content/regions/${file} has no frontmatter`);
	return regionEntrySchema.parse(parse(match[1]));
}

describe('content/regions', () => {
	test('has one description per gazetteer region, named by its slug, and nothing else', () => {
		expect(files.map((file) => file.replace(/\.md$/, '')).sort()).toEqual(
			GAZETTEER.map((region) => region.slug).sort(),
		);
	});

	test.each(GAZETTEER.map((region) => [region.slug, region.name]))(
		'%s.md describes %s and validates',
		(slug, name) => {
			expect(entry(`${slug}.md`).name).toBe(name);
		},
	);

	test('cites every fact by a title, a publisher and a web address', () => {
		for (const file of files) {
			for (const fact of entry(file).facts) {
				expect(fact.source.url, file).toMatch(/^https?:\/\//);
				expect(fact.source.title.trim(), file).not.toBe('');
				expect(fact.source.publisher.trim(), file).not.toBe('');
			}
		}
	});

	test('marks a region archive-only exactly when it has no sourced fact', () => {
		expect(() =>
			regionEntrySchema.parse({ name: '衡阳县', facts: [], archiveOnly: false }),
		).toThrow(/archiveOnly/);
		expect(
			regionEntrySchema.parse({ name: '衡阳县', facts: [], archiveOnly: true }).archiveOnly,
		).toBe(true);
	});
});
