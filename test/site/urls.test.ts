import { expect, test } from 'vitest';
import {
	absoluteUrl,
	articlesJsonUrl,
	articleUrl,
	dayUrl,
	genreUrl,
	homeUrl,
	lineAnchor,
	monthUrl,
	pageLineUrl,
	pageUrl,
	personUrl,
	regionUrl,
	yearUrl,
} from '../../src/lib/site/urls.ts';

test('article URLs are directories ending in a slash', () => {
	expect(articleUrl('2023-01-30-sample')).toBe('/articles/2023-01-30-sample/');
});

test('the home page and the JSON export have fixed URLs', () => {
	expect(homeUrl).toBe('/');
	expect(articlesJsonUrl).toBe('/data/articles.json');
});

test('a raw page has one URL whether given its file name or its stem', () => {
	expect(pageUrl('003_aac00d1867b0bacf.txt')).toBe('/pages/003_aac00d1867b0bacf/');
	expect(pageUrl('003_aac00d1867b0bacf')).toBe('/pages/003_aac00d1867b0bacf/');
	expect(pageLineUrl('003_aac00d1867b0bacf.txt', 47)).toBe('/pages/003_aac00d1867b0bacf/#L47');
	expect(lineAnchor(47)).toBe('L47');
});

test('date URLs pad month and day to two digits', () => {
	expect(yearUrl(2023)).toBe('/dates/2023/');
	expect(monthUrl(2023, 1)).toBe('/dates/2023/01/');
	expect(dayUrl(2023, 1, 9)).toBe('/dates/2023/01/09/');
});

test('taxonomy pages take ASCII slugs', () => {
	expect(regionUrl('hengnan')).toBe('/regions/hengnan/');
	expect(personUrl('zhou-qi')).toBe('/people/zhou-qi/');
	expect(genreUrl('xiaoxi')).toBe('/genres/xiaoxi/');
});

test('absolute URLs join the site origin and a site path', () => {
	expect(absoluteUrl('https://example.org', '/articles/a/')).toBe(
		'https://example.org/articles/a/',
	);
	expect(absoluteUrl(new URL('https://example.org/'), '/')).toBe('https://example.org/');
});
