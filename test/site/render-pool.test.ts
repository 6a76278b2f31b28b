import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { RenderPool } from '../../src/loaders/render-pool.ts';
import { articleProcessor } from '../../src/markdown/processor.ts';

const root = new URL('../../', import.meta.url);
const articlesDir = new URL('content/articles/', root);
const htmlDir = mkdtempSync(join(tmpdir(), 'hy-render-pool-'));
afterAll(() => {
	rmSync(htmlDir, { recursive: true, force: true });
});
/** Astro's defaults for what createRenderer is given besides the processor (no images here). */
const shared = {
	syntaxHighlight: 'shiki' as const,
	shikiConfig: {},
	gfm: true,
	smartypants: false,
};

describe('the render workers', () => {
	test('write each article’s HTML as the processor on this thread renders it', async () => {
		const names = readdirSync(articlesDir)
			.filter((name) => name.endsWith('.md'))
			.sort();
		expect(names.length).toBeGreaterThan(10);
		const pool = await RenderPool.start(new URL('src/loaders/render-worker.ts', root), 2, {
			root: root.href,
			htmlDir,
			shared,
		});
		if (!pool) throw new Error('the render workers did not start');
		const renderer = await articleProcessor(root).createRenderer(shared);
		try {
			for (const [index, name] of names.entries()) {
				const markdown = readFileSync(new URL(name, articlesDir), 'utf8');
				await pool.render({ digest: `d${String(index)}`, markdown });
				const { frontmatter, content } = parseFrontmatter(markdown);
				const expected = await renderer.render(content, { frontmatter });
				expect(readFileSync(join(htmlDir, `d${String(index)}.html`), 'utf8')).toBe(expected.code);
			}
			// Two jobs under one digest both finish.
			const [first] = names;
			if (first === undefined) throw new Error('no article');
			const markdown = readFileSync(new URL(first, articlesDir), 'utf8');
			await Promise.all([
				pool.render({ digest: 'same', markdown }),
				pool.render({ digest: 'same', markdown }),
			]);
			// The plugins that read the frontmatter ran: regions and slogans are links.
			const all = names.map((_, index) =>
				readFileSync(join(htmlDir, `d${String(index)}.html`), 'utf8'),
			);
			expect(all.some((html) => html.includes('class="region-link"'))).toBe(true);
			expect(all.some((html) => html.includes('class="gloss-term"'))).toBe(true);
		} finally {
			await pool.close();
		}
	});

	test('count the bodies they have finished where a thread that never yields can see it', async () => {
		const names = readdirSync(articlesDir)
			.filter((name) => name.endsWith('.md'))
			.sort();
		const pool = await RenderPool.start(new URL('src/loaders/render-worker.ts', root), 1, {
			root: root.href,
			htmlDir,
			shared,
		});
		if (!pool) throw new Error('the render worker did not start');
		try {
			expect(pool.busy(1)).toBe(false);
			const jobs = names.map((name, index) =>
				pool.render({
					digest: `busy${String(index)}`,
					markdown: readFileSync(new URL(name, articlesDir), 'utf8'),
				}),
			);
			// Sent, and none of them can be finished yet: rendering one takes milliseconds.
			expect(pool.busy(names.length)).toBe(true);
			expect(pool.busy(names.length + 1)).toBe(false);
			// This thread takes no message while it spins, so only the shared count can end it.
			const deadline = Date.now() + 30_000;
			while (pool.busy(1) && Date.now() < deadline) {
				// spin
			}
			expect(pool.busy(1)).toBe(false);
			await Promise.all(jobs);
		} finally {
			await pool.close();
		}
	});

	test('do not start without their worker file, so the loader renders on its own thread', async () => {
		const pool = await RenderPool.start(new URL('src/loaders/missing-worker.ts', root), 1, {
			root: root.href,
			htmlDir,
			shared,
		});
		expect(pool).toBeUndefined();
	});
});
