import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import {
  engineBrowsers,
  engineConcurrency,
  engineKeysPlugin,
  engineTestRunnerHtml,
  engineViewportPlugin,
  printPdfPlugin,
  summaryReporter,
} from './test/engines.mjs';
import { hardeningCommands, hardeningMiddleware } from './test/hardening/wtr-plugins.mjs';
import { mockServerCli } from './test/mocks/mock-server-cli.mjs';

/**
 * Starts the reference HTTP server (mocks/http-server.ts) on a free loopback port the first time a
 * test asks for '/__mock-server.json', and answers that request with its URL.
 */
function mockHttpServer() {
  let server;
  return {
    name: 'sportello-mock-http-server',
    async serve(context) {
      if (context.path !== '/__mock-server.json') return undefined;
      if (!server) {
        const { startMockServer } = await tsImport('./mocks/http-server.ts', import.meta.url);
        server = startMockServer({ port: 0 });
      }
      const { url } = await server;
      return { body: JSON.stringify({ url }), type: 'json' };
    },
    async serverStop() {
      if (server) await (await server).close();
    },
  };
}

/**
 * dayjs (used by the reference server's registry of places) publishes CommonJS as its main file:
 * the browser gets its ES module build.
 */
const dayjsEsm = {
  name: 'sportello-dayjs-esm',
  resolveImport({ source }) {
    return source === 'dayjs' ? '/node_modules/dayjs/esm/index.js' : undefined;
  },
};

/**
 * Runs every test in one engine (SPORTELLO_ENGINE: chromium by default, firefox, webkit; see
 * test/engines.mjs). Pass TZ to change the browser's clock zone.
 */
export default {
  // The hardening suite runs on its own (web-test-runner.hardening.config.mjs), after this one.
  files: ['test/**/*.test.ts', '!test/hardening/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: engineConcurrency,
  // Generous: a loaded machine, WebKit's driver and the hardening suite's long walks.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  testRunnerHtml: engineTestRunnerHtml(),
  plugins: [
    dayjsEsm,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    mockHttpServer(),
    mockServerCli(),
    hardeningCommands(),
    engineKeysPlugin(),
    engineViewportPlugin(),
    printPdfPlugin(),
  ],
  browsers: engineBrowsers(),
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [
    // The MSW service worker must control the whole origin.
    function serviceWorkerScope(context, next) {
      if (context.url.startsWith('/public/mockServiceWorker.js')) {
        context.set('Service-Worker-Allowed', '/');
      }
      return next();
    },
    // The strict-CSP frame and its same-origin path to the reference server (test/hardening).
    hardeningMiddleware(),
  ],
};
