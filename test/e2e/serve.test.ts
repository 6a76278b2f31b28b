import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDirectory, type StaticServer } from '../helpers/serve.ts';

let root: string;
let server: StaticServer;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	writeFileSync(join(root, 'index.html'), '<p>首页</p>');
	mkdirSync(join(root, 'articles', 'a'), { recursive: true });
	writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>文章</p>');
	mkdirSync(join(root, 'pagefind'));
	writeFileSync(join(root, 'pagefind', 'wasm.unknown.pagefind'), 'x');
	writeFileSync(join(root, 'pagefind', 'pagefind.zh-cn_1.pf_meta'), 'x');
	writeFileSync(join(root, 'pagefind', 'pagefind.js'), 'x');
	writeFileSync(join(root, 'pagefind', 'x.wasm'), 'x');
	server = await serveDirectory(root);
});

afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

describe('serveDirectory', () => {
	test('listens on 127.0.0.1 only', () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});

	test('serves a directory’s index.html as UTF-8 HTML', async () => {
		const response = await fetch(`${server.origin}/articles/a/`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await response.text()).toBe('<p>文章</p>');
	});

	test('redirects a directory without its trailing slash', async () => {
		const response = await fetch(`${server.origin}/articles/a?q=1`, { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/articles/a/?q=1');
	});

	test('gives Pagefind’s files their content types', async () => {
		const types = await Promise.all(
			['wasm.unknown.pagefind', 'pagefind.zh-cn_1.pf_meta', 'pagefind.js', 'x.wasm'].map(
				async (name) =>
					(await fetch(`${server.origin}/pagefind/${name}`)).headers.get('content-type'),
			),
		);
		expect(types).toEqual([
			'application/octet-stream',
			'application/octet-stream',
			'text/javascript; charset=utf-8',
			'application/wasm',
		]);
	});

	test('answers 404 for a missing file, and HEAD without a body', async () => {
		expect((await fetch(`${server.origin}/nothing.html`)).status).toBe(404);
		const head = await fetch(`${server.origin}/`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
	});

	test('refuses other methods and bad escapes', async () => {
		expect((await fetch(`${server.origin}/`, { method: 'POST' })).status).toBe(405);
		expect((await fetch(`${server.origin}/%E0%A4%A`)).status).toBe(400);
	});

	test('never serves a file outside the root', async () => {
		// The URL parser removes /../ and /%2e%2e/ before the server sees them; an encoded slash
		// survives parsing and must be caught after decoding.
		expect((await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
		expect((await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
	});
});
