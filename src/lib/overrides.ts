import { LineCounter, parseDocument } from 'yaml';
import { overridesSchema, type Overrides } from '../schemas/overrides.ts';
import { IngestError } from './ingest-error.ts';

/** The line of the override file each list entry (articles:, captions:) starts on. */
const entryLines = new WeakMap<object, number>();

/** The 1-based line of seeds/<file>.meta.yaml an entry of `articles:` or `captions:` was read from. */
export function overrideLine(entry: object): number | undefined {
	return entryLines.get(entry);
}

/**
 * Parses and validates a seeds/<file>.meta.yaml. Errors name the override file and the line of the
 * offending key, and say what was expected.
 */
export function parseOverrides(source: string, file: string): Overrides {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter, prettyErrors: false });
	const syntax = document.errors[0];
	if (syntax) {
		const at = lineCounter.linePos(syntax.pos[0]).line;
		throw new IngestError(file, at, `not valid YAML: ${syntax.message.split('\n')[0] ?? ''}`);
	}
	const value: unknown = document.toJS() ?? {};
	const result = overridesSchema.safeParse(value);
	if (result.success) {
		for (const key of ['articles', 'captions'] as const)
			result.data[key]?.forEach((entry, index) => {
				const node = document.getIn([key, index], true) as { range?: [number, number, number] };
				const offset = node.range?.[0];
				if (offset !== undefined) entryLines.set(entry, lineCounter.linePos(offset).line);
			});
		return result.data;
	}
	const issue = result.error.issues[0];
	const path = issue?.path ?? [];
	let line: number | undefined;
	for (let depth = path.length; depth >= 0 && line === undefined; depth--) {
		const node = document.getIn(path.slice(0, depth) as (string | number)[], true) as
			{ range?: [number, number, number] } | undefined;
		const offset = node?.range?.[0];
		if (offset !== undefined) line = lineCounter.linePos(offset).line;
	}
	const where = path.length > 0 ? `${path.join('.')}: ` : '';
	throw new IngestError(file, line, `${where}${issue?.message ?? 'invalid override'}`);
}

/** Checks that every line an override names exists in the raw file. */
export function checkOverrideLines(overrides: Overrides, file: string, lineCount: number): void {
	const lines = [
		...(overrides.split ?? []),
		...(overrides.articles ?? []).map((article) => article.line),
		...(overrides.captions ?? []).flatMap((caption) => [caption.line, caption.article]),
	];
	for (const line of lines)
		if (line > lineCount)
			throw new IngestError(
				file,
				undefined,
				`an override names line ${String(line)}, but the raw file has ${String(lineCount)} lines`,
			);
}
