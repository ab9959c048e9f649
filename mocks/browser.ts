import { setupWorker, type SetupWorker } from 'msw/browser';
import { createDb, type Db, type DbOptions } from './db.js';
import { createHandlers } from './index.js';
import { persistDb, persistedHandlers, type Persistence } from './persistence.js';
import { createScenarioSwitch, type ScenarioName, type ScenarioSwitch } from './scenarios.js';

export interface MockWorkerOptions extends DbOptions {
  /** Prefix of the API paths the worker answers, e.g. '/api' (default '/api'). */
  baseUrl?: string;
  /** A fault scenario active from the start. */
  scenario?: ScenarioName | null;
  /** Where the worker script is served (default '/mockServiceWorker.js'). */
  workerUrl?: string;
  /** The worker's registration scope (default '/'). */
  scope?: string;
  quiet?: boolean;
  /**
   * Keeps the store's records (bookings, check-ins, idempotency answers, ...) in this origin's
   * IndexedDB database of that name, shared by every page that names it: for demo sites, never
   * for real data. Off by default: each start is a fresh store.
   */
  persist?: string;
}

export interface MockWorker {
  worker: SetupWorker;
  db: Db;
  scenarios: ScenarioSwitch;
  setScenario(name: ScenarioName | null): void;
  /** The kept records, when `persist` is on and the browser allows it. */
  persistence?: Persistence;
}

let active: MockWorker | undefined;

/** Starts the reference backend inside the page (demo page, Storybook, tests). */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const db = createDb(options);
  const baseUrl = options.baseUrl ?? '/api';
  const scenarios = createScenarioSwitch(options.scenario ?? null);
  const handlers = createHandlers(db, { baseUrl, scenarios });
  const persistence = options.persist ? await persistDb(db, options.persist) : undefined;
  const worker = setupWorker(
    ...(persistence ? persistedHandlers(db, persistence, handlers, baseUrl) : handlers),
  );
  await worker.start({
    serviceWorker: {
      url: options.workerUrl ?? '/mockServiceWorker.js',
      options: { scope: options.scope ?? '/' },
    },
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
  });
  active = {
    worker,
    db,
    scenarios,
    setScenario: (name) => scenarios.set(name),
    ...(persistence ? { persistence } : {}),
  };
  return active;
}

/** Switches the fault scenario of the worker started last; null goes back to normal. */
export function setScenario(name: ScenarioName | null): void {
  if (!active) throw new Error('Start the mock worker first.');
  active.scenarios.set(name);
}
