/** Site-relative URL of an article page; ends in a slash to match `trailingSlash: 'always'`. */
export function articleUrl(id: string): string {
	return `/articles/${id}/`;
}

/** Site-relative URL of the home page. */
export const homeUrl = '/';

/** Site-relative URL of the machine-readable article list written by src/pages/data/articles.json.ts. */
export const articlesJsonUrl = '/data/articles.json';
