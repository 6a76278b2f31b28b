import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	readArticlesDir,
	readGlossaryDir,
	splitFrontmatter,
} from '../../src/lib/glossary/glossary-fs.ts';

const dirs: string[] = [];
function tempDir(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = `---
term: 五连优
level: county
region: 雁峰区
expansion: 目标
definition: 本档案载……
source: archive
archiveArticles:
  - 2023-03-20-a
---
`;

describe('splitFrontmatter', () => {
	test('parses the YAML and keeps the body', () => {
		expect(splitFrontmatter('---\na: 1\n---\n\n正文\n', 'x.md')).toEqual({
			data: { a: 1 },
			body: '正文\n',
		});
	});

	test('names the file that has no frontmatter', () => {
		expect(() => splitFrontmatter('正文', 'x.md')).toThrow('x.md: no frontmatter');
	});
});

describe('readGlossaryDir', () => {
	test('reads the Markdown entries of a folder, with their slugs', () => {
		const dir = tempDir({ 'wu-lian-you.md': entry, 'notes.txt': 'ignored' });
		expect(readGlossaryDir(dir).map((read) => [read.slug, read.reading])).toEqual([
			['wu-lian-you', 'wǔ lián yōu'],
		]);
	});

	test('names the file of an entry that fails the schema', () => {
		const dir = tempDir({ 'wu-lian-you.md': entry.replace('level: county', 'level: town') });
		expect(() => readGlossaryDir(dir)).toThrow(/content\/glossary\/wu-lian-you\.md: .*level/su);
	});

	test('names the file of an entry that has no frontmatter object', () => {
		const dir = tempDir({ 'x.md': '---\n- a\n---\n' });
		expect(() => readGlossaryDir(dir)).toThrow('content/glossary/x.md: the entry has no term');
	});
});

describe('readArticlesDir', () => {
	test('names the file of an article that fails the schema', () => {
		const dir = tempDir({ 'a.md': '---\nid: a\n---\n\n正文\n' });
		expect(() => readArticlesDir(dir)).toThrow(/content\/articles\/a\.md: /u);
	});
});
