import type {} from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';

/**
 * A list of strings from the frontmatter Astro hands to plugins (file.data.astro.frontmatter), or
 * undefined when the document has no such list (a file that is not an article, a bare unified() run).
 */
export function frontmatterStrings(file: VFile, key: string): string[] | undefined {
	const value: unknown = file.data.astro?.frontmatter?.[key];
	if (!Array.isArray(value)) return undefined;
	return value.filter((item): item is string => typeof item === 'string');
}
