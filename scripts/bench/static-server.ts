import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** The date pickers the benchmark compares with, served from node_modules. */
const REFERENCES = ['/node_modules/cally/dist/', '/node_modules/@duetds/date-picker/dist/'];

/**
 * A reference's file as a CDN would send it minified: cally publishes its build with comments
 * and indentation (Duet's is minified already, and terser leaves it about as it is).
 */
async function minified(path: string, body: Buffer): Promise<Buffer> {
  if (extname(path) !== '.js') return body;
  const result = await minify(body.toString('utf8'), { module: true, compress: { passes: 2 } });
  return result.code === undefined ? body : Buffer.from(result.code);
}

/**
 * Serves dist/, the reference date pickers and the benchmark's pages (`/page?scenario=…`) on a
 * free loopback port, and tells the gzip -9 size of each file it serves: what a CDN compressing
 * with gzip would send.
 */
export async function startStaticServer(pageFor: (scenario: string) => string | undefined) {
  const sizes = new Map<string, number>();
  const references = new Map<string, Promise<Buffer>>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      const html = pageFor(url.searchParams.get('scenario') ?? '');
      response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html ?? '');
      return;
    }
    const path = normalize(url.pathname);
    const reference = REFERENCES.some((folder) => path.startsWith(folder));
    if (!path.startsWith('/dist/') && !reference) {
      response.writeHead(404).end();
      return;
    }
    try {
      const file = readFileSync(join(process.cwd(), path));
      if (reference && !references.has(path)) references.set(path, minified(path, file));
      const body = reference ? await references.get(path)! : file;
      if (!sizes.has(path)) sizes.set(path, gzipSync(body, { level: 9 }).length);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    gzipSize: (path: string) => sizes.get(path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
