import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The committed raw pages. */
export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** The committed generated content. */
export const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** The text without any white space, for comparing what a reader sees regardless of line breaks. */
export const visible = (text: string): string => text.replace(/[\s\u3000]+/gu, '');

/** Every generated file of a content folder (articles, figures, pages) with its text, in name order. */
export function contentSnapshot(content: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const dir of ['articles', 'figures', 'pages'])
		for (const name of readdirSync(join(content, dir)).sort())
			files.set(`${dir}/${name}`, readFileSync(join(content, dir, name), 'utf8'));
	return files;
}
