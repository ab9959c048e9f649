import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { tsImport } from 'tsx/esm/api';
import { hardeningCommands, hardeningMiddleware } from './test/hardening/wtr-plugins.mjs';

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

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Runs every test in the system Chromium, headless. Pass TZ to change the browser's clock zone. */
export default {
  // The hardening suite runs on its own (web-test-runner.hardening.config.mjs): its long walks
  // against a shared service worker do not mix well with other pages on two cores.
  files: ['test/**/*.test.ts', '!test/hardening/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  // Generous: two pages share two cores with the hardening suite's long walks.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    mockHttpServer(),
    hardeningCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Tests run in parallel pages: keep the background ones rendering.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
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
