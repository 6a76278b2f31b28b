/**
 * npm run glossary:candidates: lists the numbered formulas in content/articles/ that no entry of
 * content/glossary/ covers yet (by term or alias), with the file each would go in.
 * Options: --content DIR, --check (exit 1 when there is any), --report FILE (a Markdown report
 * for maintainers, with the skeleton of each entry to write). Article slogans without an entry
 * also fail `npm run build`; the others are only worth a look.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { candidatesReport, findCandidates } from '../src/lib/glossary/candidates.ts';
import { readArticlesDir, readGlossaryDir } from '../src/lib/glossary/glossary-fs.ts';

const { values } = parseArgs({
	options: {
		content: { type: 'string', default: 'content' },
		check: { type: 'boolean', default: false },
		report: { type: 'string' },
	},
});
const content = pathToFileURL(`${resolve(values.content)}/`);
const entries = readGlossaryDir(new URL('glossary/', content));
const articles = readArticlesDir(new URL('articles/', content));
const candidates = findCandidates(articles, entries);

for (const candidate of candidates) {
	const flag = candidate.inFrontmatter
		? '  [article slogan: the build fails until it has an entry]'
		: '';
	console.log(
		`${candidate.formula}\t${candidate.suggestedFile}\t${candidate.articles.join(', ')}${flag}`,
	);
}
console.log(
	`glossary:candidates: ${String(candidates.length)} formula(s) without an entry among ${String(articles.length)} article(s) and ${String(entries.length)} entr${entries.length === 1 ? 'y' : 'ies'}`,
);
if (values.report) {
	writeFileSync(values.report, candidatesReport(candidates));
	console.log(`glossary:candidates: report written to ${values.report}`);
}
if (values.check && candidates.length > 0) process.exitCode = 1;
