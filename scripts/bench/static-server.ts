import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json' };

/**
 * Serves dist/ and the benchmark's pages (`/page?scenario=…`) on a free loopback port, and tells
 * the gzip -9 size of each file it serves: what a CDN compressing with gzip would send.
 */
export async function startStaticServer(pageFor: (scenario: string) => string | undefined) {
  const sizes = new Map<string, number>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      const html = pageFor(url.searchParams.get('scenario') ?? '');
      response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html ?? '');
      return;
    }
    const path = normalize(url.pathname);
    if (!path.startsWith('/dist/')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(process.cwd(), path));
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
