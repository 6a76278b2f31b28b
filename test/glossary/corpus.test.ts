import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { regionByName } from '../../src/lib/gazetteer.ts';
import { findCandidates } from '../../src/lib/glossary/candidates.ts';
import { describeUnresolved, unresolvedSlogans } from '../../src/lib/glossary/check.ts';
import { formIndex } from '../../src/lib/glossary/glossary.ts';
import { readArticlesDir, readGlossaryDir } from '../../src/lib/glossary/glossary-fs.ts';
import { buildGlossary } from '../../src/lib/glossary/model.ts';

// Rules over the whole committed glossary and archive, in the manner of wooorm/iso-3166.
const glossaryDir = new URL('../../content/glossary/', import.meta.url);
const entries = readGlossaryDir(glossaryDir);
const articles = readArticlesDir(new URL('../../content/articles/', import.meta.url));
const glossary = buildGlossary(entries, articles);
const articleIds = new Set(articles.map((article) => article.id));

describe('content/glossary/', () => {
	test('holds only Markdown entries, each valid and named after the pinyin of its term', () => {
		// readGlossaryDir validates every file with glossaryEntrySchema and glossaryEntryId.
		const files = readdirSync(fileURLToPath(glossaryDir));
		expect(files.filter((name) => !name.endsWith('.md'))).toEqual([]);
		expect(entries.map((entry) => `${entry.slug}.md`).sort()).toEqual([...files].sort());
	});

	test('gives every form, term or alias, to one entry only', () => {
		expect(() => formIndex(entries)).not.toThrow();
	});

	test('has an entry for every slogan of every article (the build fails otherwise)', () => {
		const unresolved = unresolvedSlogans(articles, entries);
		expect(unresolved, describeUnresolved(unresolved)).toEqual([]);
	});

	test('covers every formula the detector finds (npm run glossary:candidates)', () => {
		expect(findCandidates(articles, entries)).toEqual([]);
	});

	test('has no entry that no article uses, and each occurs in a headline or body', () => {
		for (const { entry, usage } of glossary) {
			expect(usage.articles.length, entry.term).toBeGreaterThan(0);
			expect(usage.occurrences, entry.term).toBeGreaterThan(0);
		}
	});

	test('quotes articles that exist, and rests archive-only definitions on articles that use the entry', () => {
		for (const { entry, usage } of glossary) {
			const using = new Set(usage.articles.map((article) => article.id));
			for (const id of entry.archiveArticles) {
				expect(articleIds.has(id), `${entry.term}: ${id}`).toBe(true);
				if (entry.source === 'archive') expect(using.has(id), `${entry.term} in ${id}`).toBe(true);
			}
		}
	});

	test('marks every entry without a citation as archive-only', () => {
		for (const entry of entries) {
			expect(entry.source, entry.term).toBe(entry.citations.length > 0 ? 'public' : 'archive');
		}
	});

	test('names regions the gazetteer knows, and gives city entries the city', () => {
		for (const entry of entries) {
			if (entry.region !== undefined) expect(regionByName(entry.region), entry.term).toBeDefined();
			if (entry.level === 'city') expect(entry.region, entry.term).toBe('衡阳市');
			if (entry.level === 'county') expect(entry.region, entry.term).not.toBe('衡阳市');
		}
	});

	test('cites each page once per entry', () => {
		for (const entry of entries) {
			const urls = entry.citations.map((citation) => citation.url);
			expect(new Set(urls).size, entry.term).toBe(urls.length);
		}
	});

	test('finds where the archive spells out 五个一, 六个导向 and 七大任务', () => {
		const passages = new Map(glossary.map(({ entry, passages }) => [entry.term, passages]));
		for (const term of ['五个一', '六个导向', '七大任务']) {
			expect(passages.get(term)?.length, term).toBe(2);
		}
		expect(passages.get('五个一')?.[0]?.parts).toContain('一个统领');
	});
});
