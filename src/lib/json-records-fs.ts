import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';

/** One generated JSON file of content/ (a page record, a figures sidecar), validated. */
export interface JsonRecord<T> {
	/** The file name without .json: the raw file's stem, or the article's id. */
	readonly id: string;
	readonly data: T;
	/** A hash of the file's bytes. */
	readonly digest: string;
}

/**
 * Reads every *.json file of a folder of content/ (none when the folder does not exist), in name
 * order, each checked by the schema. A file that is not JSON or fails the schema throws, naming
 * the file and the first problems.
 *
 * Why not Astro collections: Astro keeps every entry of every collection in its data store and
 * bundles the whole store into the build; at 10,000 articles the raw-page records and figures
 * sidecars took `astro build` from 1.9 GB to 3.7 GB. Read here, they are held once, as data.
 */
export function readJsonRecords<S extends z.ZodType>(
	dir: string,
	schema: S,
): JsonRecord<z.infer<S>>[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => {
			const file = join(dir, name);
			const text = readFileSync(file, 'utf8');
			let json: unknown;
			try {
				json = JSON.parse(text);
			} catch (error) {
				throw new Error(`${file}: not JSON (${(error as Error).message})`);
			}
			const parsed = schema.safeParse(json);
			if (!parsed.success) {
				const problems = parsed.error.issues
					.slice(0, 3)
					.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
				throw new Error(`${file}: ${problems.join('; ')}`);
			}
			return {
				id: name.slice(0, -'.json'.length),
				data: parsed.data,
				digest: createHash('sha256').update(text).digest('hex').slice(0, 16),
			};
		});
}
