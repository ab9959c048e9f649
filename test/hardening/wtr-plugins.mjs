// Test-runner additions of the hardening suite: a page served under a strict CSP, a same-origin
// path to the reference HTTP server for it, screenshots, and the unsafe-source check.
import { Buffer } from 'node:buffer';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { findUnsafeSource } from '../../scripts/check-unsafe.mjs';
import { engine, engineScreenshot, setEngineViewport } from '../engines.mjs';

const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The policies a frame can ask for: the issue's strict one, and with a second copy of Lit. */
export const POLICIES = {
  strict: STRICT,
  duplicates: `${STRICT} 'allow-duplicates'`,
};

const FRAME = '/__hardening/frame.html';
const API = '/__hardening/api';

function frameHtml(modules) {
  const scripts = modules
    .filter((src) => src.startsWith('/') && !src.startsWith('//'))
    .map((src) => `<script type="module" src="${src.replace(/["<>&]/g, '')}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><title>CSP frame</title>
<script src="/test/hardening/csp/record-violations.js"></script>
${scripts}
</head><body><main id="root"></main></body></html>`;
}

let mockServer;

async function proxyToMockServer(ctx) {
  if (!mockServer) {
    const { startMockServer } = await tsImport('../../mocks/http-server.ts', import.meta.url);
    mockServer = startMockServer({ port: 0, prebooked: false });
  }
  const { url } = await mockServer;
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const headers = {};
  for (const name of ['content-type', 'idempotency-key', 'booking-token', 'authorization']) {
    if (ctx.get(name)) headers[name] = ctx.get(name);
  }
  const response = await fetch(`${url}${ctx.url.slice(API.length)}`, {
    method: ctx.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
  });
  ctx.status = response.status;
  for (const name of ['content-type', 'retry-after']) {
    const value = response.headers.get(name);
    if (value) ctx.set(name, value);
  }
  ctx.body = Buffer.from(await response.arrayBuffer());
}

/**
 * `/__hardening/frame.html?policy=strict&module=/dist/cdn/sportello.js&module=...` answers a page
 * with that Content-Security-Policy header loading those modules; `/__hardening/api/*` reaches the
 * reference HTTP server from the same origin (the policy allows no other).
 */
export function hardeningMiddleware() {
  return async function hardening(ctx, next) {
    if (ctx.path === FRAME) {
      const policy = POLICIES[ctx.query.policy] ?? STRICT;
      const modules = [ctx.query.module ?? []].flat();
      ctx.set('Content-Security-Policy', policy);
      ctx.type = 'html';
      ctx.body = frameHtml(modules);
      return;
    }
    if (ctx.path.startsWith(`${API}/`)) return proxyToMockServer(ctx);
    return next();
  };
}

/** Server commands: `hardening-screenshot` and `hardening-check-unsafe`. */
export function hardeningCommands() {
  return {
    name: 'sportello-hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'hardening-screenshot') {
        const { path, width, height, scale } = payload;
        await setEngineViewport(session, { width, height, scale });
        if (!path) return true;
        const file = `test-artifacts/hardening/${engine}/${path.replace(/[^\w.-]+/g, '_')}`;
        await mkdir(dirname(file), { recursive: true });
        await engineScreenshot(session, file);
        return file;
      }
      if (command === 'hardening-check-unsafe') {
        return findUnsafeSource(payload?.paths ?? ['src']);
      }
      return undefined;
    },
    async serverStop() {
      if (mockServer) await (await mockServer).close();
    },
  };
}
