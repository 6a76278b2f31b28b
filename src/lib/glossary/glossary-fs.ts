import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { articleSchema } from '../../schemas/article.ts';
import { glossaryEntrySchema } from '../../schemas/glossary.ts';
import { type ArchiveArticle, toArchiveArticle } from './archive.ts';
import { glossaryEntryId } from './entry-id.ts';
import { type GlossaryEntry, toGlossaryEntry } from './glossary.ts';

/** A Markdown file split into its YAML frontmatter (parsed, unvalidated) and its body. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/u.exec(source);
	if (!match) throw new Error(`${file}: no frontmatter (--- … ---)`);
	return { data: parse(match[1] ?? ''), body: (match[2] ?? '').replace(/^\r?\n/u, '') };
}

function markdownFiles(dir: string): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md'))
		.sort();
}

function asPath(dir: string | URL): string {
	return typeof dir === 'string' ? dir : fileURLToPath(dir);
}

/** Reads and validates every entry of content/glossary/ (throws with the file name on the first bad one). */
export function readGlossaryDir(dir: string | URL): GlossaryEntry[] {
	const path = asPath(dir);
	return markdownFiles(path).map((name) => {
		const { data } = splitFrontmatter(readFileSync(join(path, name), 'utf8'), name);
		const record = (typeof data === 'object' && data !== null ? data : {}) as Record<
			string,
			unknown
		>;
		const slug = glossaryEntryId({ entry: name, data: record });
		const parsed = glossaryEntrySchema.safeParse(data);
		if (!parsed.success) {
			throw new Error(`content/glossary/${name}: ${parsed.error.message}`);
		}
		return toGlossaryEntry(slug, parsed.data);
	});
}

/** Reads and validates every article of content/articles/ as the glossary sees it. */
export function readArticlesDir(dir: string | URL): ArchiveArticle[] {
	const path = asPath(dir);
	return markdownFiles(path).map((name) => {
		const { data, body } = splitFrontmatter(readFileSync(join(path, name), 'utf8'), name);
		const parsed = articleSchema.safeParse(data);
		if (!parsed.success) throw new Error(`content/articles/${name}: ${parsed.error.message}`);
		return toArchiveArticle(parsed.data, body.replace(/\n$/u, ''));
	});
}
