import hardening from './web-test-runner.hardening.config.mjs';

/**
 * The hardening suite's privacy checks (test/hardening/private-data.test.ts), in a browser of
 * their own: they look at what an element leaves behind, so nothing of the other files' pages may
 * be there. (In WebKitGTK, the fault walks' pages before them also left the next file's
 * cross-origin requests unanswered by the service worker.)
 */
export default {
  ...hardening,
  files: ['test/hardening/private-data.test.ts'],
};
