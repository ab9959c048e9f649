import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { ContextProvider } from '@lit/context';
import { createApiClient, type ApiClientOptions } from '../../src/api/client.js';
import { configContext } from '../../src/config/context.js';
import { createDb, createHandlers } from '../../mocks/index.js';
import { loadPlaces } from '../../mocks/data/places.js';
import type { Operation } from './elements.js';
import { STAFF_TOKEN } from './entry-support.js';

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

export interface SeenRequest {
  url: string;
  method: string;
  at: number;
  headers: Headers;
  credentials: RequestCredentials;
}

/** Every request the page makes while the worker runs (MSW sees them all, handled or not). */
export const seenRequests: SeenRequest[] = [];

/** Every call to window.fetch: one entry per attempt of the api client. */
export const fetchCalls: SeenRequest[] = [];

function recordFetch(): void {
  const original = window.fetch;
  window.fetch = (input, init) => {
    // Read a Request's fields without touching its body (a copy would lock the stream).
    const request = input instanceof Request ? input : new Request(input, { ...init, body: null });
    const { url, method, headers, credentials } = request;
    fetchCalls.push({ url, method, headers, credentials, at: performance.now() });
    return original.call(window, input, init);
  };
}

export async function startBackend(): Promise<void> {
  if (!started) recordFetch();
  started ??= worker
    .start({
      serviceWorker: { url: '/public/mockServiceWorker.js', options: { scope: '/' } },
      quiet: true,
      onUnhandledRequest: 'bypass',
    })
    .then(() =>
      worker.events.on('request:start', ({ request }) => {
        seenRequests.push({
          url: request.url,
          method: request.method,
          at: performance.now(),
          headers: new Headers(request.headers),
          credentials: request.credentials,
        });
      }),
    );
  await started;
  await untilControlled();
  // The registry of places is built once per page, in about two seconds: before any walk, so that
  // the first search of a client that gives up sooner (FAST_CLIENT) does not wait for it.
  await loadPlaces();
}

/** Requests reach the reference server only from a page its service worker controls. */
async function untilControlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return;
  const change = new Promise((resolve) =>
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
  );
  await Promise.race([change, delay(5000)]);
  if (!navigator.serviceWorker.controller) {
    throw new Error('The page is not controlled by the reference server (service worker)');
  }
}

/** The reference backend over a fresh store, with nothing pre-booked, under `baseUrl`. */
export function referenceHandlers(baseUrl: string): HttpHandler[] {
  return createHandlers(createDb({ prebooked: false }), { baseUrl });
}

export function useHandlers(...handlers: HttpHandler[]): void {
  seenRequests.length = 0;
  fetchCalls.length = 0;
  worker.resetHandlers(...handlers);
}

/**
 * The api client with short timeouts and no jitter, for fault runs that end in seconds. The
 * timeout leaves a healthy answer of the in-page server room on a busy machine: at 400 ms, a
 * loaded run timed out answers that were on their way, and the retry that followed was taken
 * for one that ignored Retry-After.
 */
export const FAST_CLIENT: Omit<ApiClientOptions, 'baseUrl'> = {
  timeoutMs: 1200,
  retries: 1,
  retryBaseMs: 50,
  retryMaxMs: 200,
  random: () => 1,
};

/**
 * A container that gives the elements inside it a client built here, the way a
 * <sportello-config> would: widgets have no attribute for timeouts and retries. Staff are
 * signed in (a bearer token), for the elements that need a session.
 */
export function containerWithClient(options: ApiClientOptions): HTMLDivElement {
  const container = document.createElement('div');
  const getToken = options.getToken ?? (() => STAFF_TOKEN);
  const api = createApiClient({ ...options, getToken });
  new ContextProvider(container, {
    context: configContext,
    initialValue: {
      apiBase: options.baseUrl,
      credentials: options.credentials ?? 'same-origin',
      loginUrl: '',
      getToken,
      api,
    },
  });
  document.body.append(container);
  return container;
}

export const FAULTS = [
  'timeout',
  'network-error',
  'server-error',
  'unavailable',
  'too-many-requests',
  'malformed-json',
  'unexpected-shape',
] as const;
export type Fault = (typeof FAULTS)[number];

/** Faults the client retries (GET, PUT, and POST with an Idempotency-Key). */
export const RETRIED: ReadonlySet<Fault> = new Set([
  'timeout',
  'network-error',
  'unavailable',
  'too-many-requests',
]);

/** The Retry-After the fault responses send, in seconds. */
export const RETRY_AFTER_S = 1;

function problem(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

async function faultResponse(fault: Fault, shape: Operation['shape']) {
  switch (fault) {
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'network-error':
      return HttpResponse.error();
    case 'server-error':
      return problem(500, 'server-error');
    case 'unavailable':
      return problem(503, 'unavailable', { 'Retry-After': String(RETRY_AFTER_S) });
    case 'too-many-requests':
      return problem(429, 'rate-limited', { 'Retry-After': String(RETRY_AFTER_S) });
    case 'malformed-json':
      return new HttpResponse('{"days": [{"date": ', {
        headers: { 'Content-Type': 'application/json' },
      });
    case 'unexpected-shape':
      return HttpResponse.json(shape === 'array' ? { items: [] } : ['unexpected']);
  }
}

/** A handler that answers one operation with a fault, placed before the reference handlers. */
export function faultHandler(baseUrl: string, operation: Operation, fault: Fault): HttpHandler {
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  return http[method](`${baseUrl}${operation.path}`, () => faultResponse(fault, operation.shape));
}

/**
 * Holds the operation's requests until `release()`, then lets them on to the handlers after it
 * (a resolver that returns nothing passes the request on): e.g. a submission still on its way
 * when the second click of a double click lands.
 */
export function holdingHandler(baseUrl: string, operation: Operation) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  const handler = http[method](`${baseUrl}${operation.path}`, async () => {
    await released;
    return undefined;
  });
  return { handler, release };
}

/**
 * Wraps handlers so that every JSON answer goes through `mutate` first (the hostile backend).
 * The real handlers answer; only their body changes.
 */
export function transformingHandler(
  baseUrl: string,
  inner: HttpHandler[],
  mutate: (body: unknown) => unknown,
): HttpHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const response = await getResponse(inner, request);
    if (!response) return undefined;
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.includes('json')) return response;
    const body = mutate(await response.json());
    return HttpResponse.json(body as never, { status: response.status, headers: response.headers });
  });
}
