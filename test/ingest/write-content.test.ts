import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ingestDirectory, writeContent } from '../../src/lib/ingest-fs.ts';

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));
const { pages } = ingestDirectory(seeds);
const content = mkdtempSync(join(tmpdir(), 'hy-write-content-'));
afterAll(() => {
	rmSync(content, { recursive: true, force: true });
});

describe('writeContent', () => {
	const files = pages.reduce((sum, page) => sum + 1 + 2 * page.articles.length, 0);
	const article = pages[0]?.articles[0]?.data.id ?? '';
	const articlePath = join(content, 'articles', `${article}.md`);

	test('writes every generated file into an empty content/', () => {
		expect(writeContent(content, pages)).toEqual({ written: files, unchanged: 0, removed: 0 });
	});

	test('leaves files that would not change, rewrites a changed one, removes a stale one', () => {
		const generated = readFileSync(articlePath, 'utf8');
		writeFileSync(articlePath, `${generated}edited by hand\n`);
		const stale = join(content, 'figures', 'no-such-article.json');
		writeFileSync(stale, '{}');
		expect(writeContent(content, pages)).toEqual({ written: 1, unchanged: files - 1, removed: 1 });
		expect(readFileSync(articlePath, 'utf8')).toBe(generated);
		expect(existsSync(stale)).toBe(false);
	});
});
