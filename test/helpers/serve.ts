import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of the files Astro and Pagefind write to dist/. */
export const contentTypes: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	// Pagefind's own binary formats (gzip-compressed, decompressed by pagefind.js itself).
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** A running static server; close() stops it. */
export interface StaticServer {
	/** e.g. http://127.0.0.1:43127 (no trailing slash). */
	readonly origin: string;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

/**
 * Serves a directory read-only on 127.0.0.1 at a random free port, like a static host:
 * `/a/` serves a/index.html, `/a` redirects to `/a/` when a/ is a directory, anything else
 * missing is a 404 (with 404.html when the site has one). Paths outside the root are refused.
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
	const base = resolve(root);

	const server: Server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				response.writeHead(400).end();
				return;
			}
			const path = resolve(join(base, pathname));
			if (path !== base && !path.startsWith(base + sep)) {
				response.writeHead(403).end();
				return;
			}
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				response.writeHead(405, { Allow: 'GET, HEAD' }).end();
				return;
			}

			let file = path;
			if (await isDirectory(path)) {
				if (!url.pathname.endsWith('/')) {
					response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				file = join(path, 'index.html');
			}
			let status = 200;
			if (!(await isFile(file))) {
				status = 404;
				file = join(base, '404.html');
				if (!(await isFile(file))) {
					response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
					return;
				}
			}
			response.writeHead(status, {
				'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
				'Cache-Control': 'no-store',
			});
			if (request.method === 'HEAD') {
				response.end();
				return;
			}
			createReadStream(file).pipe(response);
		})().catch((error: unknown) => {
			response.destroy(error instanceof Error ? error : new Error(String(error)));
		});
	});

	await new Promise<void>((resolveListen, rejectListen) => {
		server.once('error', rejectListen);
		server.listen(0, '127.0.0.1', () => {
			resolveListen();
		});
	});
	const { port } = server.address() as AddressInfo;

	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolveClose, rejectClose) => {
				server.closeAllConnections();
				server.close((error) => {
					if (error) rejectClose(error);
					else resolveClose();
				});
			}),
	};
}
