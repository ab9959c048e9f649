// npm run bench: what a visitor downloads and waits for, printed as figures (never pass/fail on
// time: these machines are noisy). Needs dist/cdn (npm run build:cdn) and Chromium. BENCH_RUNS
// sets the loads per figure (15; 0 prints the bytes only), BENCH_ONLY the first screens to load;
// `--check` (npm run bench:bytes) prints the bytes and fails when a first screen is over its ceiling.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { startMockServer } from '../../mocks/http-server.js';
import { pageHtml, references, scenarios, type Reference, type Scenario } from './pages.js';
import { baseElementExport } from './base-element.js';
import { bookOnce, walkBooking } from './booking.js';
import { startStaticServer } from './static-server.js';
import { kB, medianWithIqr, quantile, unionLength } from './stats.js';

/** `--check`: the first screens' bytes only, and a failure when one is over its ceiling. */
const CHECK = process.argv.includes('--check');
const RUNS = CHECK ? 0 : Number(process.env.BENCH_RUNS ?? 15);
const PRESSES = 30;
/** Only the first screens whose name holds this text (BENCH_ONLY=cally), and nothing else. */
const ONLY = process.env.BENCH_ONLY;
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** How slow the visitor's device is (CPU slow-down) and their network (added to each response). */
interface Conditions {
  cpu: number;
  rttMs?: number;
}

/** A mid-range phone on a mobile network: 4× slower CPU, 150 ms more for every response. */
const PHONE: Conditions = { cpu: 4, rttMs: 150 };

/** A first screen's medians, for the side-by-side ratios. */
interface Figures {
  bytes: number;
  interactive: Map<number, number>;
  arrowMs?: number;
}

interface Load {
  files: { path: string; gzip: number }[];
  readyMs: number;
  backendMs: number;
  scriptMs: number;
  longTasks: number[];
}

async function load(
  browser: Browser,
  site: string,
  api: string,
  scenario: Scenario,
  conditions: Conditions,
  sizeOf: (path: string) => number | undefined,
  keep?: (page: Page, cdp: CDPSession) => Promise<void>,
): Promise<Load> {
  // A new context for each load: nothing cached, as for a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with a `__name` helper, which functions sent to the page call.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (conditions.cpu > 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
  }
  if (conditions.rttMs) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: conditions.rttMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  await page.addInitScript(() => {
    const long: number[] = [];
    (window as unknown as { benchLongTasks: number[] }).benchLongTasks = long;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${site}/page?scenario=${encodeURIComponent(scenario.name)}`, {
    waitUntil: 'commit',
  });
  const readyMs = await page.evaluate(
    `new Promise((resolve) => { const tick = () => (${scenario.ready}) ? resolve(performance.now()) : requestAnimationFrame(tick); tick(); })`,
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  const intervals = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.name.startsWith(${JSON.stringify(api)}) && e.responseEnd <= ${readyMs as number}).map((e) => [e.startTime, e.responseEnd])`,
  )) as [number, number][];
  const longTasks = (await page.evaluate('window.benchLongTasks')) as number[];
  // What the page asked for before the frame that showed the first screen.
  const fetched = (await page.evaluate(
    `performance.getEntriesByType('resource').filter((e) => e.name.startsWith(${JSON.stringify(site)}) && e.startTime <= ${readyMs as number}).map((e) => new URL(e.name).pathname)`,
  )) as string[];
  if (keep) await keep(page, cdp);
  await context.close();
  return {
    files: fetched
      .filter((path) => path.startsWith('/dist/') || path.startsWith('/node_modules/'))
      .map((path) => ({ path, gzip: sizeOf(path) ?? 0 })),
    readyMs: readyMs as number,
    backendMs: unionLength(intervals),
    scriptMs: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
    longTasks,
  };
}

async function heapMb(cdp: CDPSession): Promise<string> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return `${(usedSize / 1e6).toFixed(2)} MB`;
}

/** "(budget 20 kB, 7.6 kB over; ceiling 27.7 kB)" */
function versus(bytes: number, { budget, ceiling }: NonNullable<Scenario['bytes']>): string {
  const kb = bytes / 1000;
  if (kb <= budget) return `(budget ${budget} kB: met)`;
  return `(budget ${budget} kB, ${(kb - budget).toFixed(1)} kB over; ceiling ${ceiling} kB)`;
}

/** How many instances of the element `tag` are still alive (after a garbage collection). */
async function liveInstances(cdp: CDPSession, tag: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', {
    expression: `customElements.get(${JSON.stringify(tag)}).prototype`,
    objectGroup: 'count',
  });
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: prototype.objectId!,
    objectGroup: 'count',
  });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  // The array found holds the instances until released.
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'count' });
  return result.value as number;
}

/** Waits (up to 5 s) until no `tag` element is alive; says how long that took. */
async function untilReleased(cdp: CDPSession, tag: string): Promise<string> {
  const start = performance.now();
  for (;;) {
    const alive = await liveInstances(cdp, tag);
    const waited = performance.now() - start;
    if (alive === 0) return `released in ${waited.toFixed(0)} ms`;
    if (waited > 5000) return `${alive} still alive after 5 s`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  if (!existsSync('dist/cdn/sportello-slot-picker.js')) {
    throw new Error('dist/cdn is missing: run npm run build:cdn first');
  }
  const mock = await startMockServer({ port: 0 });
  const booking = await bookOnce(mock.url);
  const all = scenarios(booking, baseElementExport());
  const site = await startStaticServer((name) => {
    const scenario = [...all, ...references].find((each) => each.name === name);
    return scenario ? pageHtml(scenario.body, mock.url) : undefined;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    console.log(`First screens: gzip -9 of every file the page fetched until interactive`);
    console.log(
      RUNS > 0
        ? `(${RUNS} cold loads each; times are medians with the interquartile range)\n`
        : '(bytes only)\n',
    );
    const figures = new Map<Scenario, Figures>();
    const chosen = (CHECK ? all.filter((each) => each.bytes) : [...all, ...references]).filter(
      (each) => !ONLY || each.name.includes(ONLY),
    );
    const over: string[] = [];
    for (const scenario of chosen) {
      if (scenario === references[0]) console.log(`\nFor comparison, other date pickers:`);
      const first = await load(browser, site.url, mock.url, scenario, { cpu: 1 }, site.gzipSize);
      const total = first.files.reduce((sum, file) => sum + file.gzip, 0);
      const figure: Figures = { bytes: total, interactive: new Map() };
      figures.set(scenario, figure);
      console.log(
        `${scenario.name}: ${kB(total)} in ${first.files.length} files${scenario.bytes ? ` ${versus(total, scenario.bytes)}` : ''}`,
      );
      if (scenario.bytes && total / 1000 > scenario.bytes.ceiling) over.push(scenario.name);
      console.log(
        `  ${first.files.map((f) => `${f.path.replace(/^\/(dist\/cdn|node_modules)\//, '')} ${kB(f.gzip)}`).join(', ')}`,
      );
      for (const throttle of RUNS > 0 ? [1, 4] : []) {
        const loads: Load[] = [];
        for (let run = 0; run < RUNS; run++) {
          loads.push(
            await load(browser, site.url, mock.url, scenario, { cpu: throttle }, site.gzipSize),
          );
        }
        const long = loads.flatMap((each) => each.longTasks);
        figure.interactive.set(
          throttle,
          quantile(
            loads.map((l) => l.readyMs),
            0.5,
          ),
        );
        console.log(
          `  CPU ${throttle}×: interactive ${medianWithIqr(loads.map((l) => l.readyMs))}; ` +
            `backend ${medianWithIqr(loads.map((l) => l.backendMs))}; ` +
            `script ${medianWithIqr(loads.map((l) => l.scriptMs))}; ` +
            `long tasks > 50 ms: ${long.length} in ${RUNS} loads` +
            (long.length ? ` (longest ${Math.max(...long).toFixed(0)} ms)` : ''),
        );
      }
    }

    if (CHECK) {
      if (over.length) {
        console.error(`\nOver the ceiling: ${over.join('; ')}`);
        process.exitCode = 1;
      }
      return;
    }
    const picker = all[0]!;
    if (RUNS > 0) {
      console.log(
        `\nOn a phone network (${PHONE.rttMs} ms added to each response, CPU ${PHONE.cpu}×): interactive`,
      );
      const onPhones = [all[0]!, all[1]!, all[2]!, ...references];
      for (const scenario of onPhones.filter((each) => chosen.includes(each))) {
        const times: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          times.push(
            (await load(browser, site.url, mock.url, scenario, PHONE, site.gzipSize)).readyMs,
          );
        }
        console.log(`  ${scenario.name}: ${medianWithIqr(times)}`);
      }
    }
    if (ONLY) return;
    const pickerDays: Pick<Reference, 'focusDay' | 'focusedDay'> = {
      focusDay: `document.querySelector('sportello-slot-picker').shadowRoot.querySelector('button[data-date][tabindex="0"]').focus()`,
      focusedDay: `document.querySelector('sportello-slot-picker')?.shadowRoot?.activeElement?.dataset.date`,
    };
    console.log(`\nAn arrow key to focus on the next day (${PRESSES} presses)`);
    for (const [scenario, days] of [
      [picker, pickerDays],
      ...references.map((r) => [r, r]),
    ] as const) {
      await load(browser, site.url, mock.url, scenario, { cpu: 1 }, site.gzipSize, async (page) => {
        const times = await pressArrows(page, days);
        figures.get(scenario)!.arrowMs = quantile(times, 0.5);
        console.log(
          `  ${scenario === picker ? 'day grid' : scenario.name}: ${medianWithIqr(times, 'ms', 1)}`,
        );
      });
    }

    console.log(`\nThe day grid (${picker.name}) against the others: its figure ÷ theirs`);
    const mine = figures.get(picker)!;
    for (const reference of references) {
      const theirs = figures.get(reference)!;
      const ratio = (a: number | undefined, b: number | undefined) =>
        a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
      const times = [...mine.interactive.keys()].map(
        (throttle) =>
          `interactive at CPU ${throttle}× ${ratio(mine.interactive.get(throttle), theirs.interactive.get(throttle))}`,
      );
      console.log(
        `  ${reference.name}: bytes ${ratio(mine.bytes, theirs.bytes)}` +
          [...times, `arrow key ${ratio(mine.arrowMs, theirs.arrowMs)}`]
            .map((t) => `, ${t}`)
            .join(''),
      );
    }
    console.log(`  (the day grid waits for the backend; the others show a month without data)`);

    console.log(`\nJS heap (after a garbage collection)`);
    await load(
      browser,
      site.url,
      mock.url,
      picker,
      { cpu: 1 },
      site.gzipSize,
      async (page, cdp) => {
        const loaded = await heapMb(cdp);
        const markup = await page.evaluate(() => document.body.innerHTML);
        const cycles: string[] = [];
        // Four visitors: the first booking also loads the code of the later steps, which stays;
        // what each later one leaves behind once its element is gone would be retained per use.
        for (const visitor of [0, 1, 2, 3]) {
          await walkBooking(page, visitor);
          const booked = await heapMb(cdp);
          await page.evaluate(() => document.querySelector('sportello-config')?.remove());
          const released = await untilReleased(cdp, 'sportello-slot-picker');
          const removed = await heapMb(cdp);
          cycles.push(`booked ${booked}, removed ${removed} (${released})`);
          await page.evaluate(
            (html) => document.body.insertAdjacentHTML('beforeend', html),
            markup,
          );
        }
        console.log(
          `  after load ${loaded}; ${cycles.map((c, i) => `booking ${i + 1}: ${c}`).join('; ')}`,
        );
      },
    );
  } finally {
    await browser.close();
    await site.close();
    await mock.close();
  }
}

/**
 * Presses ArrowRight and ArrowLeft on a focused day; the page measures from the keydown to the
 * first frame that has the next day focused.
 */
async function pressArrows(
  page: Page,
  { focusDay, focusedDay }: Pick<Reference, 'focusDay' | 'focusedDay'>,
): Promise<number[]> {
  await page.bringToFront();
  await page.evaluate(focusDay);
  await page.waitForFunction(focusedDay);
  await page.evaluate(`(() => {
    const focused = () => ${focusedDay};
    const times = [];
    window.benchKeys = times;
    window.addEventListener('keydown', (event) => {
      const before = focused();
      const watch = () => {
        if (focused() !== before) times.push(performance.now() - event.timeStamp);
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, true);
  })()`);
  for (let press = 1; press <= PRESSES; press++) {
    // Right then Left: the booking window may end a few days ahead, where Right stops moving.
    await page.keyboard.press(press % 2 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction(`window.benchKeys.length >= ${press}`);
  }
  return (await page.evaluate('window.benchKeys')) as number[];
}

await main();
