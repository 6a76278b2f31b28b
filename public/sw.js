// Service worker: keeps the archive and its search index available offline after a first visit.
// The build writes /search/offline-manifest.js (src/integrations/pagefind.ts): a tag that changes
// with every build, and the URLs to cache. The browser checks imported scripts for changes too,
// so a new build installs a new cache and the old one is deleted.
/* global self, caches, fetch, URL, importScripts */
importScripts('/search/offline-manifest.js');

const manifest = self.OFFLINE_MANIFEST;
const CACHE = `hyrb-offline-${manifest.tag}`;
// Fetched network-first: they say which index is current.
const FRESH = new Set(['/search/index-version.json', '/search/offline-manifest.js']);

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const urls = [...manifest.urls, '/search/index-version.json'];
			// Why one by one: addAll fails whole on one missing file; a file that fails is cached on use.
			for (let i = 0; i < urls.length; i += 24) {
				await Promise.allSettled(urls.slice(i, i + 24).map((url) => cache.add(url)));
			}
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('hyrb-offline-') && key !== CACHE) await caches.delete(key);
			}
			await self.clients.claim();
		})(),
	);
});

/** Network first, the cache when offline (pages: the page without its query, e.g. /search/). */
async function networkFirst(request) {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached =
			(await cache.match(request)) || (await cache.match(request, { ignoreSearch: true }));
		if (cached) return cached;
		throw error;
	}
}

/** The cache first, else the network (and keep what it gives). */
async function cacheFirst(request) {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	if (request.mode === 'navigate' || FRESH.has(url.pathname)) {
		event.respondWith(networkFirst(request));
	} else {
		event.respondWith(cacheFirst(request));
	}
});
