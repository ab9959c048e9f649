// The three browser engines the suite runs in, from Debian's packages: Chromium and Firefox ESR
// through puppeteer-core, WebKitGTK's MiniBrowser through its WebDriver. SPORTELLO_ENGINE picks one.
import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const engine = process.env.SPORTELLO_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) {
  throw new Error(`SPORTELLO_ENGINE must be one of ${ENGINES.join(', ')}, not "${engine}"`);
}

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Keep a page rendering and its timers running while it is not in front.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
}

function firefox() {
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    // A window of its own per page: a background tab never gets focus, and key tests need it.
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKitGTK's MiniBrowser through a WebKitWebDriver that the launcher starts and stops. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    this.options.port = port;
    this.driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${WEBKIT_DRIVER} did not start on port ${port}`);
      await delay(100);
    }
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
  }
}

/** The launcher of the chosen engine. */
export function engineBrowsers() {
  if (engine === 'firefox') return [firefox()];
  if (engine === 'webkit') return [new WebKitLauncher()];
  return [chromium()];
}

/**
 * One page at a time, in every engine: two fresh pages registering the reference server's
 * service worker at once can leave one uncontrolled (its requests then get 404); Firefox's and
 * WebKit's drivers give a page focus only in the foreground, and WebKit's drives one window.
 */
export const engineConcurrency = 1;

/** The page each test file runs in, telling the tests which engine they are in. */
export function engineTestRunnerHtml(extraScript = '') {
  return (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.__SPORTELLO_ENGINE__ = ${JSON.stringify(engine)};${extraScript}</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}

const WEBDRIVER_KEYS = {
  Enter: Key.Enter,
  Tab: Key.Tab,
  Escape: Key.Escape,
  Backspace: Key.Backspace,
  Delete: Key.Delete,
  Home: Key.Home,
  End: Key.End,
  PageUp: Key.PageUp,
  PageDown: Key.PageDown,
  ArrowUp: Key.ArrowUp,
  ArrowDown: Key.ArrowDown,
  ArrowLeft: Key.ArrowLeft,
  ArrowRight: Key.ArrowRight,
  Shift: Key.Shift,
  Control: Key.Control,
  Alt: Key.Alt,
  Meta: Key.Command,
  ' ': ' ',
};

function webdriverKey(name) {
  const value = WEBDRIVER_KEYS[name] ?? (name.length === 1 ? name : undefined);
  if (value === undefined) throw new Error(`No WebDriver key for "${name}"`);
  return value;
}

/**
 * `engine-keys` { press | down | up: key }: one key, the same way in every engine (the tests type
 * strings one key at a time through it, since WebKit's driver drops doubled letters of a string).
 */
export function engineKeysPlugin() {
  return {
    name: 'sportello-engine-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'engine-keys') return undefined;
      const [action, key] = Object.entries(payload)[0];
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        if (engine === 'firefox') await page.bringToFront();
        await page.keyboard[action](key);
        return true;
      }
      const type = { press: undefined, down: 'keyDown', up: 'keyUp' }[action];
      const value = webdriverKey(key);
      const actions = type
        ? [{ type, value }]
        : [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ];
      await session.browser.driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      return true;
    },
  };
}

/** Sets the page's viewport in CSS px; `scale` (device px per CSS px) where the driver has it. */
export async function setEngineViewport(session, { width, height, scale = 1 }) {
  if (session.browser.type === 'puppeteer') {
    await session.browser
      .getPage(session.id)
      .setViewport({ width, height, deviceScaleFactor: scale });
    return;
  }
  // WebDriver sizes the window: grow it by what the browser's frame takes from the viewport.
  const { driver } = session.browser;
  await driver.setWindowSize(width, height);
  const [innerWidth, innerHeight] = await driver.execute(() => [
    window.innerWidth,
    window.innerHeight,
  ]);
  if (innerWidth !== width || innerHeight !== height) {
    await driver.setWindowSize(width * 2 - innerWidth, height * 2 - innerHeight);
  }
}

/** A screenshot of the page (the whole page where the driver can, else the viewport) as PNG. */
export async function engineScreenshot(session, file) {
  if (session.browser.type === 'puppeteer') {
    await session.browser.getPage(session.id).screenshot({ path: file, fullPage: true });
    return;
  }
  await session.browser.driver.saveScreenshot(file);
}

/**
 * `print-pdf`: prints the page as Chromium's print dialog would (A4 unless the page's @page says
 * otherwise) and returns what the PDF holds: its page count and text, read back by poppler. With
 * SPORTELLO_PRINT_DIR set, each PDF is also kept there, to be looked at.
 */
export function printPdfPlugin() {
  return {
    name: 'sportello-print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      if (engine !== 'chromium') throw new Error('print-pdf needs Chromium');
      const dir = await mkdtemp(join(tmpdir(), 'sportello-print-'));
      const file = join(dir, 'page.pdf');
      try {
        const page = session.browser.getPage(session.id);
        // An emulated "screen" (left by emulateMedia) would print the screen's layout.
        await page.emulateMediaType(null);
        await page.pdf({
          path: file,
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
        });
        const info = await run('pdfinfo', [file]);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        const text = await run('pdftotext', ['-layout', file, '-']);
        const keep = process.env.SPORTELLO_PRINT_DIR;
        if (keep) await copyFile(file, join(keep, `${Date.now()}.pdf`));
        return { pages, text };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}

/** `engine-viewport` { width, height, scale? }: the viewport, the same way in every engine. */
export function engineViewportPlugin() {
  return {
    name: 'sportello-engine-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'engine-viewport') return undefined;
      await setEngineViewport(session, payload);
      return true;
    },
  };
}

function countResults(suite, counts, path = []) {
  for (const test of suite.tests) {
    const title = [...path, test.name].join(' > ');
    if (test.skipped) counts.skipped.push(title);
    else if (test.passed) counts.passed += 1;
    else counts.failed.push(title);
  }
  for (const child of suite.suites) countResults(child, counts, [...path, child.name]);
}

/**
 * Writes a run's totals as JSON to SPORTELLO_TEST_SUMMARY, for scripts/test-engines.mjs: passed,
 * failed and skipped tests (skipped ones by title, which carries the reason), and files that
 * failed to run at all.
 */
export function summaryReporter() {
  let sessions;
  return {
    start(args) {
      sessions = args.sessions;
    },
    async stop() {
      const file = process.env.SPORTELLO_TEST_SUMMARY;
      if (!file || !sessions) return;
      const counts = { engine, passed: 0, failed: [], skipped: [], brokenFiles: [] };
      for (const session of sessions.all()) {
        if (session.testResults)
          countResults(session.testResults, counts, [relative('.', session.testFile)]);
        if (session.errors.length > 0 || session.status !== 'FINISHED') {
          counts.brokenFiles.push(relative('.', session.testFile));
        }
      }
      await writeFile(file, JSON.stringify(counts, null, 2));
    },
  };
}
