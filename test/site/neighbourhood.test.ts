import { describe, expect, test } from 'vitest';
import { articleNeighbourhoods } from '../../src/lib/site/neighbourhood.ts';
import { neighboursByDate, relatedArticles, samePageArticles } from '../../src/lib/site/related.ts';
import type { Article } from '../../src/schemas/article.ts';
import { makeArticle } from './make-article.ts';

/** A small deterministic pseudo-random generator (mulberry32), so the archive is the same every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const slogans = ['三高四新', '三强一化', '五制一平台', '一核四新', '四上'];
const regions = ['衡阳市', '珠晖区', '雁峰区', '石鼓区', '蒸湘区', '耒阳市'];

/** An archive with many ties, shared pages, undated articles, repeated slogans and regions. */
function archive(size: number, seed: number): Article[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[], most: number): T[] =>
		Array.from({ length: Math.floor(next() * (most + 1)) }, () => {
			const item = list[Math.floor(next() * list.length)];
			if (item === undefined) throw new Error('empty list');
			return item;
		});
	return Array.from({ length: size }, (_, n) =>
		makeArticle({
			id: `a-${String(n).padStart(3, '0')}`,
			date: next() < 0.1 ? null : `2023-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`,
			slogans: pick(slogans, 3),
			regions: [...new Set(pick(regions, 3))],
			source: { file: `p${Math.floor(n / 4)}.txt`, part: 4 - (n % 4), lines: [1, 2] },
		}),
	);
}

describe('articleNeighbourhoods', () => {
	test('gives every article what the one-article helpers give it', () => {
		for (const seed of [1, 2, 3]) {
			const all = archive(120, seed);
			const neighbourhoods = articleNeighbourhoods(all);
			expect(neighbourhoods.size).toBe(all.length);
			for (const article of all) {
				const got = neighbourhoods.get(article.id);
				expect(got?.related).toEqual(relatedArticles(article, all));
				expect(got?.samePage).toEqual(samePageArticles(article, all));
				const { previous, next } = neighboursByDate(article, all);
				expect(got?.previous).toBe(previous);
				expect(got?.next).toBe(next);
			}
		}
	});

	test('ranks within the window of articles around each one, as relatedArticles does', () => {
		for (const window of [0, 3, 10]) {
			const all = archive(80, 11);
			const neighbourhoods = articleNeighbourhoods(all, 5, window);
			for (const article of all)
				expect(neighbourhoods.get(article.id)?.related).toEqual(
					relatedArticles(article, all, 5, window),
				);
		}
	});

	test('ranks the same for a smaller limit', () => {
		const all = archive(60, 7);
		const neighbourhoods = articleNeighbourhoods(all, 2);
		for (const article of all)
			expect(neighbourhoods.get(article.id)?.related).toEqual(relatedArticles(article, all, 2));
	});

	test('gives no related article to one that names only the city', () => {
		const city = makeArticle({ id: 'city', regions: ['衡阳市'], slogans: [] });
		const other = makeArticle({ id: 'other', regions: ['衡阳市', '珠晖区'], slogans: ['四上'] });
		expect(articleNeighbourhoods([city, other]).get('city')?.related).toEqual([]);
	});
});
