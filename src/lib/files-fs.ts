import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under a folder (none when it does not exist), as paths relative to it with `/`
 * separators, sorted. The page cache, the sitemap, the file budget and the search index all list
 * dist/ through this.
 */
export function filesUnder(root: string): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}
