import base from './web-test-runner.config.mjs';
import { engineTestRunnerHtml } from './test/engines.mjs';

/**
 * Runs the date and language tests in a browser whose clock is far from Rome's
 * (TZ, default Pacific/Auckland), and tells the page which zone to expect.
 */
const zone = process.env.TZ || 'Pacific/Auckland';
process.env.TZ = zone;

export default {
  ...base,
  files: ['test/internal/dates.test.ts', 'test/i18n.test.ts', 'test/slot-picker/i18n.test.ts'],
  testRunnerHtml: engineTestRunnerHtml(`window.__SPORTELLO_TEST_TZ__ = ${JSON.stringify(zone)};`),
};
