/**
 * Demo only: starts the reference server (MSW) in the browser, so that the widgets of the demo
 * pages talk to it at /api/sportello as they would to a court backend. Its records (bookings,
 * check-ins, ...) are kept in this origin's IndexedDB, so that a booking made on one page is
 * found on the others; the banner's "Azzera i dati della demo" forgets them.
 *
 * Query parameters of a page address:
 * - `?mock-scenario=slow` (or another name from mocks/scenarios.ts) switches on a fault scenario;
 * - `?mock-now=2026-12-04T09:05` (Rome time; or ISO 8601 with an offset) moves the page's clock
 *   there, running on. The reference server in the page reads that clock, and so do the widgets,
 *   so that both agree on "now": the entrance desk can be tried at the time of a booking.
 *
 * The page's own <script> registers the widgets as soon as it runs; their registration is held
 * back here until the server answers, so that no first request reaches the network. Meanwhile the
 * tags show their fallback content, as they do before any script loads.
 */
import { startMockWorker } from '../mocks/browser.js';
import { MOCK_NOW_QUERY_PARAM, resolveMockNow } from '../mocks/clock.js';
import { isScenarioName, SCENARIO_QUERY_PARAM } from '../mocks/scenarios.js';
import { showDemoClock, showResetControl } from './demo-controls.js';
import { movePageClock } from './page-clock.js';

/** Where the demo's pages keep the reference server's records (IndexedDB database name). */
export const DEMO_STORE = 'sportello-demo';

const params = new URLSearchParams(location.search);
const requestedScenario = params.get(SCENARIO_QUERY_PARAM);
const requestedNow = params.get(MOCK_NOW_QUERY_PARAM);
const movedTo = requestedNow === null ? undefined : resolveMockNow(requestedNow);
if (movedTo) movePageClock(movedTo);

const held: Array<() => void> = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (!name.startsWith('sportello-')) return define(name, constructor, options);
  held.push(() => {
    if (!customElements.get(name)) define(name, constructor, options);
  });
};

async function start() {
  try {
    return await startMockWorker({
      baseUrl: '/api/sportello',
      persist: DEMO_STORE,
      ...(isScenarioName(requestedScenario) ? { scenario: requestedScenario } : {}),
    });
  } finally {
    customElements.define = define;
    for (const release of held) release();
  }
}

/** This page's reference server, for the demo notes of the pages. */
export const mock = await start();

showDemoClock(movedTo);
showResetControl(mock.persistence);
