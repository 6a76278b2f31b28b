/** Files of a built site in one top-level folder of it. */
export interface FolderCount {
	/** The folder (`articles`, `pagefind` …), or `/` for the files at the top. */
	readonly folder: string;
	readonly files: number;
}

/** What a check of the built site against its file budget found. */
export interface FileBudgetCheck {
	readonly files: number;
	readonly budget: number | null;
	readonly over: boolean;
	/** One line for the build log, and the folders that hold the files when over budget. */
	readonly message: string;
}

/** Counts files (paths relative to the site, `/`-separated) by their top-level folder, most first. */
export function countByFolder(paths: readonly string[]): FolderCount[] {
	const counts = new Map<string, number>();
	for (const path of paths) {
		const slash = path.indexOf('/');
		const folder = slash < 0 ? '/' : path.slice(0, slash);
		counts.set(folder, (counts.get(folder) ?? 0) + 1);
	}
	return [...counts]
		.map(([folder, files]) => ({ folder, files }))
		.sort((a, b) => b.files - a.files || (a.folder < b.folder ? -1 : 1));
}

/**
 * Reads the FILE_BUDGET setting: a whole number of files, or null when unset or empty.
 * Throws on anything else, naming the setting.
 */
export function parseFileBudget(value: string | undefined): number | null {
	if (value === undefined || value.trim() === '') return null;
	if (!/^\d+$/u.test(value.trim()))
		throw new Error(`FILE_BUDGET must be a whole number of files, not “${value}”`);
	return Number(value.trim());
}

/**
 * Checks a built site against its file budget (none: only counted).
 *
 * Why: static hosts commonly cap a site's files (20,000 is usual); at 10,000 generated articles
 * dist/ held 39,803. A build over budget fails, saying which folders hold the files.
 */
export function checkFileBudget(paths: readonly string[], budget: number | null): FileBudgetCheck {
	const files = paths.length;
	if (budget === null || files <= budget)
		return {
			files,
			budget,
			over: false,
			message:
				budget === null
					? `${String(files)} files in the site (no FILE_BUDGET set)`
					: `${String(files)} files in the site, within FILE_BUDGET=${String(budget)}`,
		};
	const folders = countByFolder(paths)
		.map(({ folder, files: count }) => `  ${folder === '/' ? '/' : `${folder}/`}: ${String(count)}`)
		.join('\n');
	return {
		files,
		budget,
		over: true,
		message: `${String(files)} files in the site, over FILE_BUDGET=${String(budget)} by ${String(files - budget)}; by folder:\n${folders}`,
	};
}
