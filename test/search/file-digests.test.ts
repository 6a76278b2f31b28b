/**
 * FileDigests: a file's digest is taken again only when its size, modification time or inode
 * changed since the last run; another salt, or a damaged store, reads every file again.
 */
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FileDigests } from '../../src/integrations/file-digests.ts';

const root = mkdtempSync(join(tmpdir(), 'hy-file-digests-'));
afterAll(() => {
	rmSync(root, { recursive: true, force: true });
});

/** Digests `paths` under `dir` through a store in `store`; the digests and the files read. */
async function run(
	dir: string,
	store: string,
	paths: readonly string[],
	salt = 'test 1',
): Promise<{ digests: string[]; read: string[] }> {
	const digests = await FileDigests.open(store, salt);
	const read: string[] = [];
	const values: string[] = [];
	for (const path of paths)
		values.push(
			await digests.digest(dir, path, (bytes) => {
				read.push(path);
				return `${path}:${bytes.toString('utf8')}`;
			}),
		);
	expect(digests.read).toBe(read.length);
	await digests.save();
	return { digests: values, read };
}

describe('FileDigests', () => {
	test('reads a file once, then again only when its size, time or inode changes', async () => {
		const dir = join(root, 'a');
		const store = join(root, 'a-store', 'digests.json');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'x.html'), 'one');
		writeFileSync(join(dir, 'y.html'), 'two');

		expect(await run(dir, store, ['x.html', 'y.html'])).toEqual({
			digests: ['x.html:one', 'y.html:two'],
			read: ['x.html', 'y.html'],
		});
		expect(await run(dir, store, ['x.html', 'y.html'])).toEqual({
			digests: ['x.html:one', 'y.html:two'],
			read: [],
		});

		// The same size, another time: read again.
		const before = statSync(join(dir, 'x.html'));
		writeFileSync(join(dir, 'x.html'), 'ONE');
		utimesSync(join(dir, 'x.html'), before.atime, new Date(before.mtimeMs + 5000));
		expect((await run(dir, store, ['x.html', 'y.html'])).read).toEqual(['x.html']);

		// The same size and time, another file (inode): read again.
		// Why whole seconds: utimes may not keep a time's fraction of a millisecond.
		const second = new Date(Math.floor(Date.now() / 1000) * 1000);
		utimesSync(join(dir, 'y.html'), second, second);
		expect((await run(dir, store, ['x.html', 'y.html'])).read).toEqual(['y.html']);
		const old = statSync(join(dir, 'y.html'));
		writeFileSync(join(dir, 'new.html'), 'TWO');
		utimesSync(join(dir, 'new.html'), second, second);
		renameSync(join(dir, 'new.html'), join(dir, 'y.html'));
		expect(statSync(join(dir, 'y.html')).mtimeMs).toBe(old.mtimeMs);
		expect(await run(dir, store, ['x.html', 'y.html'])).toEqual({
			digests: ['x.html:ONE', 'y.html:TWO'],
			read: ['y.html'],
		});
	});

	test('reads every file again under another salt or after a damaged store, and keeps only the files asked for', async () => {
		const dir = join(root, 'b');
		const store = join(root, 'b-store.json');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'x.html'), 'one');
		writeFileSync(join(dir, 'y.html'), 'two');
		await run(dir, store, ['x.html', 'y.html']);
		expect((await run(dir, store, ['x.html'], 'test 2')).read).toEqual(['x.html']);
		// The last run asked for x.html alone: y.html's digest was dropped.
		expect(
			Object.keys((JSON.parse(readFileSync(store, 'utf8')) as { entries: object }).entries),
		).toEqual(['x.html']);
		expect((await run(dir, store, ['x.html', 'y.html'], 'test 2')).read).toEqual(['y.html']);
		writeFileSync(store, '{"salt": "test 2", "entr');
		expect((await run(dir, store, ['x.html', 'y.html'], 'test 2')).read).toEqual([
			'x.html',
			'y.html',
		]);
	});

	test('gives another store the digest of a file it reads, which that store then does not read', async () => {
		const dir = join(root, 'c');
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'x.html'), 'one');
		writeFileSync(join(dir, 'y.html'), 'two');
		const pages = await FileDigests.open(join(root, 'c-pages.json'), 'pages 1');
		const site = await FileDigests.open(join(root, 'c-site.json'), 'site 1');
		const siteRead: string[] = [];
		const siteDigest = (bytes: Buffer): string => {
			siteRead.push(bytes.toString('utf8'));
			return `site:${bytes.toString('utf8')}`;
		};
		const also = { digests: site, compute: siteDigest };
		expect(
			await pages.digest(dir, 'x.html', (bytes) => `page:${bytes.toString('utf8')}`, also),
		).toBe('page:one');
		// Given from the bytes the page store read: the site store's compute ran on them, once.
		expect(siteRead).toEqual(['one']);
		expect(await site.digest(dir, 'x.html', siteDigest)).toBe('site:one');
		expect(await site.digest(dir, 'y.html', siteDigest)).toBe('site:two');
		expect(site.read).toBe(1);
		expect(siteRead).toEqual(['one', 'two']);
		await site.save();

		// A file changed after it was given is read again; one the store holds is not given again.
		const pagesAgain = await FileDigests.open(join(root, 'c-pages-2.json'), 'pages 1');
		const siteAgain = await FileDigests.open(join(root, 'c-site.json'), 'site 1');
		siteRead.length = 0;
		await pagesAgain.digest(dir, 'y.html', (bytes) => bytes.toString('utf8'), {
			digests: siteAgain,
			compute: siteDigest,
		});
		expect(siteRead).toEqual([]);
		await pagesAgain.digest(dir, 'x.html', (bytes) => bytes.toString('utf8'), {
			digests: siteAgain,
			compute: siteDigest,
		});
		writeFileSync(join(dir, 'x.html'), 'three');
		expect(await siteAgain.digest(dir, 'x.html', siteDigest)).toBe('site:three');
		expect(siteAgain.read).toBe(1);
	});
});
