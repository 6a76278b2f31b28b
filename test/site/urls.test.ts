import { expect, test } from 'vitest';
import { articleUrl, articlesJsonUrl, homeUrl } from '../../src/lib/site/urls.ts';

test('article URLs are directories ending in a slash', () => {
	expect(articleUrl('2023-01-30-sample')).toBe('/articles/2023-01-30-sample/');
});

test('the home page and the JSON export have fixed URLs', () => {
	expect(homeUrl).toBe('/');
	expect(articlesJsonUrl).toBe('/data/articles.json');
});
