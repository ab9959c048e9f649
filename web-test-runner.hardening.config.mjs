import base from './web-test-runner.config.mjs';

/** The hardening suite (test/hardening): every element against hostile backends, CSP, faults. */
export default {
  ...base,
  files: ['test/hardening/**/*.test.ts'],
};
