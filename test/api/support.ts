import { setupWorker } from 'msw/browser';
import type { Office } from '../../src/api/types.js';

/** A worker with no handlers of its own; each test adds the ones it needs. */
export const worker = setupWorker();

export function startWorker() {
  return worker.start({
    serviceWorker: { url: '/public/mockServiceWorker.js', options: { scope: '/' } },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
}

export const API = '/api-test';

export const office: Office = {
  id: 'tribunale-pistoia',
  name: 'Tribunale di Pistoia',
  kind: 'tribunale',
  town: 'Pistoia',
  address: 'Piazza del Duomo 6',
  timeZone: 'Europe/Rome',
};

export function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title: code, status, code, ...extra };
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
