import { Document, isScalar, visit } from 'yaml';
import { articleSchema, type Article } from '../schemas/article.ts';
import type { FiguresFile } from '../schemas/figure.ts';
import type { PageRecord } from '../schemas/page.ts';

const KEY_ORDER = Object.keys(articleSchema.shape);

/** Frontmatter keys in schema order, so the same article always serialises to the same bytes. */
function ordered(data: Article): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	const source = data as unknown as Record<string, unknown>;
	for (const key of KEY_ORDER) if (source[key] !== undefined) out[key] = source[key];
	return out;
}

/**
 * An article entry as a Markdown file: YAML frontmatter, a blank line, the body, a final newline.
 * Why the quotes on dates: Astro reads frontmatter with a YAML 1.1 parser, which turns a plain
 * 2023-01-30 into a Date object; quoted, it stays the ISO string the schema expects.
 */
export function serialiseArticle(data: Article, body: string): string {
	const document = new Document(ordered(data), { aliasDuplicateObjects: false });
	visit(document, {
		Scalar(_key, node) {
			if (
				isScalar(node) &&
				typeof node.value === 'string' &&
				/^\d{4}-\d{2}-\d{2}$/u.test(node.value)
			)
				node.type = 'QUOTE_DOUBLE';
		},
	});
	const yaml = document.toString({ lineWidth: 0, minContentWidth: 0 });
	return `---\n${yaml}---\n\n${body}\n`;
}

/** A page record as JSON, tab-indented, with a final newline. */
export function serialisePage(page: PageRecord): string {
	return `${JSON.stringify(page, null, '\t')}\n`;
}

/** A figures sidecar as JSON, tab-indented, with a final newline. */
export function serialiseFigures(figures: FiguresFile): string {
	return `${JSON.stringify(figures, null, '\t')}\n`;
}
