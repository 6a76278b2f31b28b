/* global navigator, location */
// Registers the service worker that keeps the archive and its search index available offline
// after a first visit (see public/sw.js). The only script on pages other than the search page.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
	navigator.serviceWorker.register('/sw.js').catch(function () {
		// Offline reading is a convenience: a site without it still works.
	});
}
