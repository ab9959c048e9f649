/**
 * Demo only: starts the reference server (MSW) in the browser, so that the widgets of the demo
 * pages talk to it at /api/sportello as they would to a court backend. Add `?mock-scenario=slow`
 * (or another name from mocks/scenarios.ts) to a page address to switch on a fault scenario.
 *
 * The page's own <script> registers the widgets as soon as it runs; their registration is held
 * back here until the server answers, so that no first request reaches the network. Meanwhile the
 * tags show their fallback content, as they do before any script loads.
 */
import { startMockWorker } from '../mocks/browser.js';
import { isScenarioName, SCENARIO_QUERY_PARAM } from '../mocks/scenarios.js';

const held: Array<() => void> = [];
const define = customElements.define.bind(customElements);
customElements.define = (name, constructor, options) => {
  if (!name.startsWith('sportello-')) return define(name, constructor, options);
  held.push(() => {
    if (!customElements.get(name)) define(name, constructor, options);
  });
};

const requested = new URLSearchParams(location.search).get(SCENARIO_QUERY_PARAM);

try {
  await startMockWorker({
    baseUrl: '/api/sportello',
    ...(isScenarioName(requested) ? { scenario: requested } : {}),
  });
} finally {
  customElements.define = define;
  for (const release of held) release();
}
