/**
 * A static server for measuring bytes on the wire as a typical host sends them: text files
 * gzip-compressed, Pagefind's own files (already compressed) as they are. 127.0.0.1 only.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes, type StaticServer } from '../../test/helpers/serve.ts';

/** File types sent compressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.txt', '.xml', '.svg']);

/** Serves a directory with gzip for text, on a random port of 127.0.0.1. */
export async function serveGzip(root: string): Promise<StaticServer> {
	const base = resolve(root);
	const server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			let path = resolve(join(base, decodeURIComponent(url.pathname)));
			if (path !== base && !path.startsWith(base + sep)) return void response.writeHead(403).end();
			try {
				if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
				const body = await readFile(path);
				const type = contentTypes[extname(path)] ?? 'application/octet-stream';
				const gzip =
					COMPRESSIBLE.has(extname(path)) &&
					String(request.headers['accept-encoding']).includes('gzip');
				response.writeHead(200, {
					'Content-Type': type,
					'Cache-Control': 'no-store',
					...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
				});
				response.end(gzip ? gzipSync(body, { level: 6 }) : body);
			} catch {
				response.writeHead(404).end();
			}
		})();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => {
					done();
				});
			}),
	};
}
