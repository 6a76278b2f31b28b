import { stringify } from 'yaml';
import { articleSchema, type Article } from '../schemas/article.ts';
import type { PageRecord } from '../schemas/page.ts';

const KEY_ORDER = Object.keys(articleSchema.shape);

/** Frontmatter keys in schema order, so the same article always serialises to the same bytes. */
function ordered(data: Article): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const source = data as unknown as Record<string, unknown>;
	for (const key of KEY_ORDER) if (source[key] !== undefined) out[key] = source[key];
	return out;
}

/** An article entry as a Markdown file: YAML frontmatter, a blank line, the body, a final newline. */
export function serialiseArticle(data: Article, body: string): string {
	const yaml = stringify(ordered(data), { lineWidth: 0, minContentWidth: 0, defaultStringType: 'PLAIN', aliasDuplicateObjects: false });
	return `---\n${yaml}---\n\n${body}\n`;
}

/** A page record as JSON, tab-indented, with a final newline. */
export function serialisePage(page: PageRecord): string {
	return `${JSON.stringify(page, null, '\t')}\n`;
}
