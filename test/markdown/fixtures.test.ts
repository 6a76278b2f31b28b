import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/glossary/glossary-fs.ts';
import { render } from './render.ts';

// Golden fixtures in the manner of the unified collective: fixtures/<case>/input.md (frontmatter as
// Astro passes it to the plugins) rendered by all three plugins must equal output.html.snap.
// `npx vitest run test/markdown -u` rewrites the outputs; read the diff before committing them.
// Why .snap and not .html: Prettier (npm run lint) would reformat an .html golden file.
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('the Markdown plugins on the fixtures', () => {
	for (const name of readdirSync(fixtures).sort()) {
		test(`render ${name}/input.md as ${name}/output.html.snap`, async () => {
			const source = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
			const { data, body } = splitFrontmatter(source, `${name}/input.md`);
			const frontmatter = data as Record<string, unknown>;
			const html = await render(body, { frontmatter });
			await expect(`${html}\n`).toMatchFileSnapshot(join(fixtures, name, 'output.html.snap'));
		});
	}
});
