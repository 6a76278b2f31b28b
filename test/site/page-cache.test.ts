import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { afterEach, describe, expect, test } from 'vitest';
import {
	buildFingerprint,
	cachedStaticPaths,
	finishPageCache,
	PAGE_CACHE_ENV,
	startPageCache,
} from '../../src/lib/site/page-cache-fs.ts';
import { pageFile, pageKey, planRoute, stableJson } from '../../src/lib/site/page-cache.ts';

const dirs: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'hy-page-cache-'));
	dirs.push(dir);
	return dir;
}
afterEach(() => {
	Reflect.deleteProperty(process.env, PAGE_CACHE_ENV);
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const path = (slug: string, inputs: unknown) => ({
	params: { slug },
	props: { slug },
	pathname: `/people/${slug}/`,
	inputs,
});

describe('stableJson', () => {
	test('gives equal text for objects, Maps and Sets built in another order', () => {
		const a = {
			b: 1,
			a: [1, 2],
			m: new Map([
				['x', 1],
				['y', 2],
			]),
			s: new Set(['q', 'p']),
		};
		const b = {
			s: new Set(['p', 'q']),
			m: new Map([
				['y', 2],
				['x', 1],
			]),
			a: [1, 2],
			b: 1,
		};
		expect(stableJson(a)).toBe(stableJson(b));
	});

	test('keeps array order and tells values apart', () => {
		expect(stableJson([1, 2])).not.toBe(stableJson([2, 1]));
		expect(stableJson({ a: '1' })).not.toBe(stableJson({ a: 1 }));
		expect(stableJson(new Map([['a', 1]]))).not.toBe(stableJson({ a: 1 }));
		expect(stableJson({ a: undefined, b: null })).toBe('{"b":null}');
	});

	test('writes a frozen object as an unfrozen one, and follows a change inside one that is not wholly frozen', () => {
		const items = ['甲'];
		const shallow = Object.freeze({ title: '三高四新', items });
		const deep = Object.freeze({ title: '三高四新', items: Object.freeze(['甲']) });
		expect(stableJson(shallow)).toBe('{"items":["甲"],"title":"三高四新"}');
		expect(stableJson(deep)).toBe(stableJson({ title: '三高四新', items: ['甲'] }));
		expect(stableJson({ page: [deep, deep] })).toBe(
			'{"page":[{"items":["甲"],"title":"三高四新"},{"items":["甲"],"title":"三高四新"}]}',
		);
		items.push('乙');
		expect(stableJson(shallow)).toBe('{"items":["甲","乙"],"title":"三高四新"}');
		const map = new Map([['k', 1]]);
		const withMap = Object.freeze({ map });
		expect(stableJson(withMap)).toBe('{"map":{"$map":[["k",1]]}}');
		map.set('k', 2);
		expect(stableJson(withMap)).toBe('{"map":{"$map":[["k",2]]}}');
	});

	test('writes the text the cached pages’ keys were made of (a change of it renders every page again)', () => {
		const value = {
			标题: '三高四新',
			B: [1.5, 'x"y', null, undefined, { z: true, a: [] }],
			a: new Map<unknown, unknown>([
				[2, new Set(['乙', '甲'])],
				['k', { y: 1, x: undefined }],
			]),
			Z: -0,
		};
		expect(stableJson(value)).toBe(
			'{"B":[1.5,"x\\"y",null,null,{"a":[],"z":true}],"Z":0,"a":{"$map":[["k",{"y":1}],[2,{"$set":["乙","甲"]}]]},"标题":"三高四新"}',
		);
	});
});

describe('pageKey', () => {
	test('changes with the fingerprint, the route, the URL and the inputs, and only with them', () => {
		const key = pageKey('f1', 'people', '/people/a/', { n: 1 });
		expect(pageKey('f1', 'people', '/people/a/', { n: 1 })).toBe(key);
		expect(pageKey('f2', 'people', '/people/a/', { n: 1 })).not.toBe(key);
		expect(pageKey('f1', 'articles', '/people/a/', { n: 1 })).not.toBe(key);
		expect(pageKey('f1', 'people', '/people/b/', { n: 1 })).not.toBe(key);
		expect(pageKey('f1', 'people', '/people/a/', { n: 2 })).not.toBe(key);
	});
});

describe('planRoute', () => {
	test('renders the pages whose key the cache lacks and restores the others, in route order', () => {
		const paths = [path('a', 1), path('b', 2), path('c', 3)];
		const cachedKey = pageKey('f', 'people', '/people/b/', 2);
		const { plan, render } = planRoute('people', 'f', paths, (key) => key === cachedKey);
		expect(render.map((page) => page.params.slug)).toEqual(['a', 'c']);
		expect(plan.restore).toEqual([{ pathname: '/people/b/', key: cachedKey }]);
		expect(plan.render.map((page) => page.pathname)).toEqual(['/people/a/', '/people/c/']);
	});

	test('refuses two pages at one URL', () => {
		expect(() => planRoute('people', 'f', [path('a', 1), path('a', 2)], () => false)).toThrow(
			'two pages at /people/a/',
		);
	});
});

describe('pageFile', () => {
	test('is the index.html of the URL’s folder, and needs a URL with slashes at both ends', () => {
		expect(pageFile('/articles/x/')).toBe('articles/x/index.html');
		expect(pageFile('/')).toBe('index.html');
		expect(() => pageFile('/articles/x')).toThrow('slash');
	});
});

describe('buildFingerprint', () => {
	test('changes when a file under a listed folder changes, is added, or a setting changes', () => {
		const root = tempDir();
		mkdirSync(join(root, 'src', 'a'), { recursive: true });
		writeFileSync(join(root, 'src', 'a', 'x.ts'), 'one');
		writeFileSync(join(root, 'config.mjs'), 'c');
		const first = buildFingerprint(root, ['src', 'config.mjs'], { site: 's' });
		expect(buildFingerprint(root, ['src', 'config.mjs'], { site: 's' })).toBe(first);
		expect(buildFingerprint(root, ['src', 'config.mjs'], { site: 't' })).not.toBe(first);
		writeFileSync(join(root, 'src', 'a', 'x.ts'), 'two');
		const second = buildFingerprint(root, ['src', 'config.mjs'], { site: 's' });
		expect(second).not.toBe(first);
		writeFileSync(join(root, 'src', 'y.ts'), '');
		expect(buildFingerprint(root, ['src', 'config.mjs'], { site: 's' })).not.toBe(second);
	});
});

describe('the cache across builds', () => {
	/** A project folder: its dist/ and its cache folder. */
	function project(): { dist: string; cache: string } {
		const root = tempDir();
		return { dist: join(root, 'dist'), cache: join(root, 'cache') };
	}
	/** What a build's page rendering does: Astro empties dist/ and writes the pages it renders. */
	function render(dist: string, pages: { params: { slug: string } }[], text = ''): void {
		rmSync(dist, { recursive: true, force: true });
		mkdirSync(join(dist, 'assets'), { recursive: true });
		writeFileSync(join(dist, 'assets', 'site.css'), 'css');
		for (const page of pages) {
			mkdirSync(join(dist, 'people', page.params.slug), { recursive: true });
			writeFileSync(join(dist, 'people', page.params.slug, 'index.html'), page.params.slug + text);
		}
	}
	const read = (dist: string, slug: string): string =>
		readFileSync(join(dist, 'people', slug, 'index.html'), 'utf8');

	test('renders everything first, then only what changed, and moves the rest back', () => {
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		const first = cachedStaticPaths('people', [path('a', 1), path('b', 1)]);
		expect(first.map((page) => page.params.slug)).toEqual(['a', 'b']);
		render(dist, first, ' first');
		expect(finishPageCache(dist, cache)).toEqual({
			routes: 1,
			rendered: 2,
			restored: 0,
			byRoute: [{ route: 'people', rendered: 2, restored: 0 }],
		});

		startPageCache(cache, dist, 'f');
		expect(existsSync(dist)).toBe(false);
		const second = cachedStaticPaths('people', [path('a', 1), path('b', 2), path('c', 1)]);
		expect(second.map((page) => page.params.slug)).toEqual(['b', 'c']);
		render(dist, second, ' second');
		expect(finishPageCache(dist, cache)).toEqual({
			routes: 1,
			rendered: 2,
			restored: 1,
			byRoute: [{ route: 'people', rendered: 2, restored: 1 }],
		});
		expect(read(dist, 'a')).toBe('a first');
		expect(read(dist, 'b')).toBe('b second');
		expect(read(dist, 'c')).toBe('c second');
		expect(process.env[PAGE_CACHE_ENV]).toBeUndefined();

		// A third build with the same pages takes all three from the second.
		startPageCache(cache, dist, 'f');
		expect(cachedStaticPaths('people', [path('a', 1), path('b', 2), path('c', 1)])).toEqual([]);
		render(dist, []);
		expect(finishPageCache(dist, cache)).toEqual({
			routes: 1,
			rendered: 0,
			restored: 3,
			byRoute: [{ route: 'people', rendered: 0, restored: 3 }],
		});
		expect(read(dist, 'b')).toBe('b second');
	});

	test('a page restored without the pages that were inside its folder brings none of them back', () => {
		// Why: a month page keeps its key while a FILE_BUDGET folds its day pages away.
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		render(dist, cachedStaticPaths('people', [path('a', 1), path('a/b', 1)]));
		finishPageCache(dist, cache);
		startPageCache(cache, dist, 'f');
		expect(cachedStaticPaths('people', [path('a', 1)])).toEqual([]);
		render(dist, []);
		expect(finishPageCache(dist, cache)).toEqual({
			routes: 1,
			rendered: 0,
			restored: 1,
			byRoute: [{ route: 'people', rendered: 0, restored: 1 }],
		});
		expect(read(dist, 'a')).toBe('a');
		expect(existsSync(join(dist, 'people', 'a', 'b'))).toBe(false);
	});

	test('a new fingerprint renders every page again', () => {
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		render(dist, cachedStaticPaths('people', [path('a', 1)]));
		finishPageCache(dist, cache);
		startPageCache(cache, dist, 'g');
		expect(cachedStaticPaths('people', [path('a', 1)])).toHaveLength(1);
	});

	test('after a failed build, the pages of the last finished one are still used', () => {
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		render(dist, cachedStaticPaths('people', [path('a', 1), path('b', 1)]), ' ok');
		finishPageCache(dist, cache);
		// This build fails after rendering: no finishPageCache.
		startPageCache(cache, dist, 'f');
		render(dist, cachedStaticPaths('people', [path('a', 1), path('b', 2)]), ' failed');
		startPageCache(cache, dist, 'f');
		const paths = cachedStaticPaths('people', [path('a', 1), path('b', 3)]);
		expect(paths.map((page) => page.params.slug)).toEqual(['b']);
		render(dist, paths, ' new');
		finishPageCache(dist, cache);
		expect(read(dist, 'a')).toBe('a ok');
		expect(read(dist, 'b')).toBe('b new');
	});

	test('PAGE_CACHE=off renders every page and forgets the cache', () => {
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		render(dist, cachedStaticPaths('people', [path('a', 1)]));
		finishPageCache(dist, cache);
		startPageCache(cache, dist, '', false);
		expect(cachedStaticPaths('people', [path('a', 1)])).toHaveLength(1);
		expect(existsSync(join(cache, 'manifest.json'))).toBe(false);
	});

	test('without a cache setting every page is rendered and no plan is written', () => {
		expect(cachedStaticPaths('people', [path('a', 1)])).toEqual([
			{ params: { slug: 'a' }, props: { slug: 'a' } },
		]);
	});

	test('fails when a page the plan rendered is not in dist/', () => {
		const { dist, cache } = project();
		startPageCache(cache, dist, 'f');
		cachedStaticPaths('people', [path('a', 1)]);
		mkdirSync(dist, { recursive: true });
		expect(() => finishPageCache(dist, cache)).toThrow('people rendered no people/a/index.html');
	});
});
