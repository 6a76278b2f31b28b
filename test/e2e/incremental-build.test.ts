import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, copyProject } from '../helpers/project-copy.ts';

/**
 * A raw page of a new, newest article: it changes its neighbours' pages, its day's, its names',
 * and the first pages of the long lists it is in (衡阳市's articles, 三高四新's uses, 消息).
 */
const RAW = [
	'衡阳市举办茶油产业发展大会',
	'',
	'衡阳日报讯（全媒体记者 周磊 通讯员 李明）12月31日，衡阳市举办茶油产业发展大会，签约项目12个。',
	'',
	'衡阳市深入实施“三高四新”战略，推动常宁市茶油产业高质量发展。',
	'',
].join('\n');

const copy = copyProject('hy-incremental-');
afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
});

/**
 * Runs `npm run build` in the copy (without the search index: it does not read the cache). Why
 * two a page: so that the real site's long lists (a region's, a slogan's uses, a genre's, the other
 * figures) have pages of their own, which the cache holds too.
 */
function build(env: Record<string, string> = {}): string {
	const { status, output } = buildCopy(copy, { HENGYANG_LIST_PAGE_SIZE: '2', ...env });
	expect(status, output).toBe(0);
	return output;
}

/** Every file of dist/ with a hash of its bytes. */
function snapshot(): Map<string, string> {
	const dist = join(copy, 'dist');
	const files = new Map<string, string>();
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			const path = join(entry.parentPath, entry.name);
			files.set(
				relative(dist, path),
				createHash('sha256').update(readFileSync(path)).digest('hex'),
			);
		}
	return files;
}

/** The counts the page cache logged, in all and by route (taken from the cache, rendered). */
function cacheCounts(output: string): {
	restored: number;
	rendered: number;
	routes: Map<string, { restored: number; rendered: number }>;
} {
	const match =
		/(\d+) page\(s\) taken from the cache, (\d+) rendered and cached \(\d+ route\(s\): (.*), taken\/rendered\)/u.exec(
			output,
		);
	expect(match, output).not.toBeNull();
	const routes = new Map(
		(match?.[3] ?? '').split(', ').map((part) => {
			const [route = '', counts = ''] = part.split(' ');
			const [restored, rendered] = counts.split('/').map(Number);
			return [route, { restored: restored ?? NaN, rendered: rendered ?? NaN }];
		}),
	);
	return { restored: Number(match?.[1]), rendered: Number(match?.[2]), routes };
}

describe('the incremental build', () => {
	test('after a new raw page, renders only the pages it changes and gives the site a full build without workers gives', () => {
		// Why no threshold: the articles' bodies are rendered by the render workers.
		const cold = cacheCounts(build({ HENGYANG_RENDER_WORKERS_AFTER: '0' }));
		expect(cold.restored).toBe(0);
		expect(cold.rendered).toBeGreaterThan(60);

		writeFileSync(join(copy, 'seeds', '950_incremental.txt'), RAW);
		const warm = cacheCounts(build());
		const incremental = snapshot();
		// Most pages come from the cache; the new article, its neighbour, its day, month and
		// year, its names' pages and its raw page view are rendered.
		expect(warm.restored).toBeGreaterThan(cold.rendered / 2);
		expect(warm.rendered).toBeGreaterThanOrEqual(7);
		// Every route that caches its pages took some from the cache; the long lists' pages too.
		expect([...warm.routes.keys()]).toEqual(
			expect.arrayContaining([
				'articles',
				'dates-day',
				'figures-others',
				'genres',
				'glossary-uses',
				'people',
				'regions-list',
			]),
		);
		for (const [route, counts] of warm.routes) expect(counts.restored, route).toBeGreaterThan(0);

		// Why these: the full build renders every page and every article body again, all on the
		// main thread, so the comparison also holds the workers' HTML and search blocks to it.
		rmSync(join(copy, 'node_modules', '.astro'), { recursive: true, force: true });
		const full = build({
			PAGE_CACHE: 'off',
			HENGYANG_RENDER_WORKERS: '0',
			HENGYANG_SEARCH_WORKERS: '0',
		});
		expect(full).toContain('PAGE_CACHE=off');
		const fresh = snapshot();
		expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
		const differing = [...fresh].filter(([path, hash]) => incremental.get(path) !== hash);
		expect(differing.map(([path]) => path)).toEqual([]);
	});
});
