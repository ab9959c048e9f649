import base from './web-test-runner.config.mjs';

/** The hardening suite (test/hardening): every element against hostile backends, CSP, faults. */
export default {
  ...base,
  files: ['test/hardening/**/*.test.ts'],
  // One page at a time: two pages of a fresh browser registering the shared service worker at
  // once can leave one of them uncontrolled, and its requests then reach the network (404).
  concurrency: 1,
};
