import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';
import {
	builtPagePaths,
	distDir,
	isBuilt,
	largestPagePerType,
	launchChromium,
	notBuiltMessage,
} from './built-site.ts';

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
	if (!isBuilt()) return;
	server = await serveDirectory(distDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** The axe violations of one page, each as "rule (impact): target — help" so a failure says where. */
async function violations(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
	if (!server || !browser) throw new Error(notBuiltMessage);
	// Why newContext: @axe-core/playwright needs a page from a context it can open frames in.
	const context = await browser.newContext({ locale: 'zh-CN', colorScheme });
	try {
		const page = await context.newPage();
		const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
		expect(response?.status(), `status of ${path}`).toBe(200);
		const results = await new AxeBuilder({ page }).analyze();
		return results.violations.flatMap((violation) =>
			violation.nodes.map(
				(node) =>
					`${violation.id} (${violation.impact ?? '?'}): ${node.target.join(' ')} — ${violation.help}`,
			),
		);
	} finally {
		await context.close();
	}
}

if (!isBuilt()) {
	test('axe checks the built site', () => {
		throw new Error(notBuiltMessage);
	});
} else {
	const paths = builtPagePaths();
	// Why one page per type by default: axe takes seconds a page on the 2-core build machines;
	// AXE_ALL=1 checks every page.
	// An article with the ingest's doubts shows the one block the largest article may lack.
	const withDoubts = paths.find((path) =>
		readFileSync(join(distDir, path, 'index.html'), 'utf8').includes('class="note doubts"'),
	);
	const checked =
		process.env.AXE_ALL === '1'
			? paths
			: [...new Set([...largestPagePerType(paths), ...(withDoubts ? [withDoubts] : [])])];

	describe('axe finds no violations', () => {
		test.each(checked)('on %s', async (path) => {
			expect(await violations(path, 'light')).toEqual([]);
		});
	});

	describe('axe finds no violations in dark mode', () => {
		test.each(largestPagePerType(paths))('on %s', async (path) => {
			expect(await violations(path, 'dark')).toEqual([]);
		});
	});
}
