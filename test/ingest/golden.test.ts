import { describe, expect, test } from 'vitest';
import { ingestDirectory } from '../../src/lib/ingest-fs.ts';
import { serialiseArticle, serialisePage } from '../../src/lib/serialise.ts';
import { SEEDS } from './helpers.ts';

// Golden files: the ingest's whole output per seed. `npx vitest run -u test/ingest/golden.test.ts`
// rewrites them; a reviewer reads the diff.
const { pages, errors } = ingestDirectory(SEEDS);

describe('golden output per seed', () => {
	test('every seed ingests without error', () => {
		expect(errors).toEqual([]);
		expect(pages.length).toBeGreaterThanOrEqual(5);
	});

	for (const page of pages) {
		test(`${page.page.file} matches its golden file`, async () => {
			const articles = page.articles.map(
				(entry) => `<!-- ${entry.data.id}.md -->\n${serialiseArticle(entry.data, entry.body)}`,
			);
			const golden = `${articles.join('\n')}\n<!-- page record -->\n${serialisePage(page.page)}`;
			await expect(golden).toMatchFileSnapshot(
				`../golden/${page.page.file.replace(/\.txt$/u, '')}.golden.md`,
			);
		});
	}
});
