/**
 * Frontmatter as parsed, with a top-level `date` that YAML read as a timestamp turned back into the
 * ISO date string (YYYY-MM-DD) that was written; everything else is returned untouched.
 *
 * Why: Astro parses frontmatter with js-yaml, whose default schema (YAML 1.1 timestamps) reads an
 * unquoted `date: 2023-01-30` as a JavaScript Date, while articleSchema (and YAML 1.2, which the
 * `yaml` package writes) treat it as the string 2023-01-30. js-yaml gives midnight UTC, so the UTC
 * calendar date is the date as written.
 */
export function restoreYamlDate(frontmatter: unknown): unknown {
	if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
		return frontmatter;
	}
	const date: unknown = (frontmatter as Record<string, unknown>).date;
	if (!(date instanceof Date) || Number.isNaN(date.getTime())) return frontmatter;
	return { ...frontmatter, date: date.toISOString().slice(0, 10) };
}
