import { startMockWorker, type MockWorker, type MockWorkerOptions } from '../../mocks/browser.js';
import type { Persistence } from '../../mocks/persistence.js';

/**
 * One page of a demo site after another in a single test page: each start of the reference
 * server is a page, the stop of the one before it a navigation.
 */
let running: MockWorker | undefined;
const opened: Persistence[] = [];
const names: string[] = [];

/** A database name of this test alone: test files share the origin's storage. */
export function storeName(): string {
  const name = `sportello-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

/** Closes a persistence at the end of the test. */
export function closeLater(persistence: Persistence): Persistence {
  opened.push(persistence);
  return persistence;
}

export async function startPage(options: MockWorkerOptions = {}): Promise<MockWorker> {
  await stopPage();
  running = await startMockWorker({
    workerUrl: '/public/mockServiceWorker.js',
    prebooked: false,
    ...options,
  });
  if (running.persistence) closeLater(running.persistence);
  return running;
}

/**
 * The worker unregisters itself when its last page leaves; the next start waits for that, as
 * the next page of a site would, instead of updating a registration on its way out.
 */
export async function stopPage(): Promise<void> {
  if (!running) return;
  running.worker.stop();
  running = undefined;
  for (let i = 0; i < 100; i++) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    if (!registrations.some((r) => r.active?.scriptURL.endsWith('/mockServiceWorker.js'))) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** Stops the last page and forgets the kept stores of the test. */
export async function closePages(): Promise<void> {
  await stopPage();
  for (const persistence of opened.splice(0)) persistence.close();
  for (const name of names.splice(0)) await deleteDatabase(name);
}
