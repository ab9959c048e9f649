import { createMiddleware } from '@mswjs/http-middleware';
import cors from 'cors';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseMockNow } from './clock.js';
import { createDb, type Db, type DbOptions } from './db.js';
import { createHandlers } from './index.js';
import { romeIso } from './internal/rome-time.js';
import {
  createScenarioSwitch,
  isScenarioName,
  scenarioFor,
  type ScenarioName,
  type ScenarioSwitch,
} from './scenarios.js';

export interface MockServerOptions extends DbOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Loopback only by default: the reference server is for development and tests. */
  host?: string;
  /** Prefix of the contract paths (default '' so the api base is the server's origin). */
  baseUrl?: string;
  scenario?: ScenarioName | null;
}

export interface MockServer {
  url: string;
  db: Db;
  scenarios: ScenarioSwitch;
  close(): Promise<void>;
}

/** The reference backend over real HTTP, with CORS for widgets on other origins. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const db = createDb(options);
  const scenarios = createScenarioSwitch(options.scenario ?? null);
  const app = express();
  app.disable('x-powered-by');
  app.use(cors({ origin: true, credentials: true, exposedHeaders: ['Retry-After'] }));
  app.use((request, response, next) => {
    // A fetch() 'network error' cannot be written as an HTTP answer: drop the connection instead.
    if (scenarioFor(request.url, scenarios) === 'offline') response.socket?.destroy();
    else next();
  });
  app.use(createMiddleware(...createHandlers(db, { baseUrl: options.baseUrl ?? '', scenarios })));
  app.use((_request, response) => {
    response
      .status(404)
      .type('application/problem+json')
      .send(
        JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, code: 'not-found' }),
      );
  });

  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const listening = app.listen(options.port ?? 8787, host, (error?: Error) =>
      error ? reject(error) : resolve(listening),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    db,
    scenarios,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: '' },
      scenario: { type: 'string' },
      now: { type: 'string' },
    },
  });
  if (values.scenario !== undefined && !isScenarioName(values.scenario)) {
    throw new Error(`Unknown scenario "${values.scenario}".`);
  }
  const server = await startMockServer({
    port: Number(values.port),
    host: values.host,
    baseUrl: values.base,
    scenario: values.scenario ?? null,
    ...(values.now !== undefined ? { now: values.now } : {}),
  });
  const clock =
    values.now !== undefined && parseMockNow(values.now) ? romeIso(server.db.now()) : '';
  console.log(
    `Sportello reference server on ${server.url}${values.base}${clock ? `, clock at ${clock}` : ''}`,
  );
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
