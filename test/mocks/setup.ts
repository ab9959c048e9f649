import { setupWorker } from 'msw/browser';
import {
  createDb,
  createHandlers,
  createScenarioSwitch,
  type DbOptions,
} from '../../mocks/index.js';
import { person } from '../../mocks/people.js';

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

/** A clock the test moves by hand; the store reads it for "now". */
export function createClock(iso: string) {
  let current = new Date(iso).getTime();
  return {
    now: () => new Date(current),
    set: (next: string) => void (current = new Date(next).getTime()),
    advance: (ms: number) => void (current += ms),
  };
}

/** A fresh store behind the worker, answering under /api. */
export async function useMockApi(options: DbOptions = {}) {
  started ??= worker.start({
    serviceWorker: { url: '/public/mockServiceWorker.js', options: { scope: '/' } },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  await started;
  const db = createDb(options);
  const scenarios = createScenarioSwitch();
  worker.resetHandlers(...createHandlers(db, { baseUrl: '/api', scenarios }));
  return { db, scenarios };
}

/**
 * A request to the reference server, in Italian unless the test says otherwise: left alone, a
 * browser sends its own Accept-Language (Firefox's is en-US), which the server honours.
 */
export async function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', 'it');
  const response = await fetch(`/api${path}`, { ...init, headers });
  const type = response.headers.get('content-type') ?? '';
  const body: any = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, headers: response.headers, body };
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return api(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

export const STAFF = { Authorization: 'Bearer desk-1' };

export { person };

export function bookingBody(slotId: string, n: number, overrides: Record<string, unknown> = {}) {
  return {
    serviceId: slotId.slice(0, slotId.indexOf('_')),
    slotId,
    purposeId: 'deposito-atti',
    acts: 1,
    person: person(n),
    privacyConsent: true,
    ...overrides,
  };
}
