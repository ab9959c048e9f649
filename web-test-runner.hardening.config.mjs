import base from './web-test-runner.config.mjs';

/** The hardening suite (test/hardening): every element against hostile backends, CSP, faults. */
export default {
  ...base,
  // The privacy checks have a browser of their own: web-test-runner.privacy.config.mjs.
  files: ['test/hardening/**/*.test.ts', '!test/hardening/private-data.test.ts'],
};
