import { extractFrontmatter } from '@astrojs/markdown-remark';

/**
 * The body of a Markdown file: the file without its leading frontmatter block, trimmed. Equal to
 * the `body` Astro's glob loader gives an entry (parseFrontmatter's content, trimmed), without
 * parsing the YAML again.
 */
export function markdownBody(contents: string): string {
	const raw = extractFrontmatter(contents);
	if (raw === undefined) return contents.trim();
	const delims = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(contents)?.[1] ?? '---';
	return contents.replace(`${delims}${raw}${delims}`, '').trim();
}
