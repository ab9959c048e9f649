import { setupWorker, type SetupWorker } from 'msw/browser';
import { createDb, type Db, type DbOptions } from './db.js';
import { createHandlers } from './index.js';
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
}

export interface MockWorker {
  worker: SetupWorker;
  db: Db;
  scenarios: ScenarioSwitch;
  setScenario(name: ScenarioName | null): void;
}

let active: MockWorker | undefined;

/** Starts the reference backend inside the page (demo page, Storybook, tests). */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const db = createDb(options);
  const scenarios = createScenarioSwitch(options.scenario ?? null);
  const worker = setupWorker(
    ...createHandlers(db, { baseUrl: options.baseUrl ?? '/api', scenarios }),
  );
  await worker.start({
    serviceWorker: {
      url: options.workerUrl ?? '/mockServiceWorker.js',
      options: { scope: options.scope ?? '/' },
    },
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
  });
  active = { worker, db, scenarios, setScenario: (name) => scenarios.set(name) };
  return active;
}

/** Switches the fault scenario of the worker started last; null goes back to normal. */
export function setScenario(name: ScenarioName | null): void {
  if (!active) throw new Error('Start the mock worker first.');
  active.scenarios.set(name);
}
