// What the tests need from the browser that differs by engine, absorbed here so that every test
// reads the same in Chromium, Firefox and WebKit (see test/engines.mjs for the node side).
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine =
  (window as { __SPORTELLO_ENGINE__?: Engine }).__SPORTELLO_ENGINE__ ?? 'chromium';

/**
 * What an engine cannot run, in one place, with the reason. Tests that need one of these are
 * declared with `itWhere` and show as skipped, with the reason in their title, elsewhere.
 */
export const ENGINE_GAPS = {
  print: {
    engines: ['chromium'] as Engine[],
    reason:
      'print media emulation exists only in Chromium (DevTools protocol); neither WebDriver ' +
      'BiDi in Firefox nor WebKit WebDriver can render a page as printed',
  },
  'phone-width': {
    engines: ['chromium', 'firefox'] as Engine[],
    reason: "WebKitGTK's MiniBrowser window does not get narrower than about 440 CSS px",
  },
} as const;

export type EngineGap = keyof typeof ENGINE_GAPS;

export function engineHas(gap: EngineGap): boolean {
  return ENGINE_GAPS[gap].engines.includes(engine);
}

/** `it`, where the engine can run it; elsewhere a skipped test that says why. */
export function itWhere(gap: EngineGap, title: string, fn: Mocha.Func | Mocha.AsyncFunc): void {
  if (engineHas(gap)) it(title, fn);
  else it.skip(`${title} (not in ${engine}: ${ENGINE_GAPS[gap].reason})`, fn);
}

/** `describe`, where the engine can run it; elsewhere every test in it skipped, saying why. */
export function describeWhere(gap: EngineGap, title: string, fn: (this: Mocha.Suite) => void) {
  if (engineHas(gap)) describe(title, fn);
  else describe.skip(`${title} (not in ${engine}: ${ENGINE_GAPS[gap].reason})`, fn);
}

type KeyPayload = { press: string } | { type: string } | { down: string } | { up: string };

/** Firefox's and WebKit's drivers know no 'Space': the character works everywhere. */
function keyName(key: string): string {
  return key === 'Space' ? ' ' : key;
}

/**
 * Keys as `@web/test-runner-commands`' `sendKeys` takes them, in every engine: strings are typed
 * one key at a time (WebKit's driver drops doubled letters of a whole string), and `down`/`up`
 * work in WebDriver too.
 */
export async function sendKeys(payload: KeyPayload): Promise<void> {
  if ('type' in payload) {
    for (const char of payload.type) await executeServerCommand('engine-keys', { press: char });
    return;
  }
  const [action, key] = Object.entries(payload)[0] as [string, string];
  await executeServerCommand('engine-keys', { [action]: keyName(key) });
}

/** The viewport in CSS px, in every engine. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('engine-viewport', viewport);
}
