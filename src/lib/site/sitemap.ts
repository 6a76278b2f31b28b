/**
 * The sitemap of the built site, from its HTML files: every page but the 404 page, sorted by URL,
 * in files of at most `perFile` URLs (the protocol allows 50,000), with an index naming them.
 *
 * Why not @astrojs/sitemap: it lists the pages Astro rendered in this build, and the incremental
 * build copies most pages from its cache instead (src/integrations/page-cache.ts).
 */
export function sitemapFiles(
	site: URL,
	htmlFiles: readonly string[],
	perFile = 45_000,
): { name: string; xml: string }[] {
	const urls = htmlFiles
		.filter((file) => file.endsWith('index.html') && file !== '404/index.html')
		.map((file) => new URL(file.slice(0, -'index.html'.length), site).href)
		.sort();
	const files: { name: string; xml: string }[] = [];
	for (let start = 0; start === 0 || start < urls.length; start += perFile) {
		const locs = urls
			.slice(start, start + perFile)
			.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`)
			.join('');
		files.push({
			name: `sitemap-${files.length}.xml`,
			xml: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>\n`,
		});
	}
	const index = files
		.map((file) => `<sitemap><loc>${escapeXml(new URL(file.name, site).href)}</loc></sitemap>`)
		.join('');
	return [
		{
			name: 'sitemap-index.xml',
			xml: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>\n`,
		},
		...files,
	];
}

/** Text escaped for an XML element. */
function escapeXml(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
