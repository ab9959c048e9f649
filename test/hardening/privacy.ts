/** Where personal data could stay behind in a browser, and ways to watch a flow for leaks. */

/** Everything the page keeps: Web Storage, cookies, IndexedDB values and Cache Storage. */
export async function storedContent(): Promise<Record<string, string>> {
  const found: Record<string, string> = {
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    cookies: document.cookie,
  };
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    found[`indexedDB:${name}`] = await readDatabase(name);
  }
  for (const cacheName of await caches.keys()) {
    const cache = await caches.open(cacheName);
    const parts: string[] = [];
    for (const request of await cache.keys()) {
      parts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
    }
    found[`caches:${cacheName}`] = parts.join('\n');
  }
  return found;
}

async function readDatabase(name: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const values: unknown[] = [];
  for (const store of db.objectStoreNames) {
    const request = db.transaction(store).objectStore(store).getAll();
    values.push(
      await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
    );
  }
  db.close();
  return JSON.stringify(values);
}

/** Places (storage, URLs, console, events) where any of the personal strings appears. */
export function leaksIn(places: Record<string, string>, personal: string[]): string[] {
  const leaks: string[] = [];
  for (const [place, content] of Object.entries(places)) {
    const haystack = safeDecode(content).toLowerCase();
    for (const value of personal) {
      if (haystack.includes(value.toLowerCase())) leaks.push(`"${value}" in ${place}`);
    }
  }
  return leaks;
}

function safeDecode(text: string): string {
  let decoded = text;
  try {
    decoded += `\n${decodeURIComponent(text.replace(/\+/g, ' '))}`;
  } catch {
    // not URL-encoded
  }
  return `${decoded}\n${decodeBase64Runs(text)}`;
}

/**
 * Long base64 or base64url runs decoded as text: kept tokens, passes and keys are fine as long
 * as no name or fiscal code hides inside them.
 */
function decodeBase64Runs(text: string): string {
  const runs = text.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) ?? [];
  return runs
    .map((run) => {
      const base64 = run.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
      try {
        return atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
      } catch {
        return '';
      }
    })
    .join('\n');
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Records console output and the events dispatched on the page (type, detail and own fields)
 * until `stop()`. The console still prints.
 */
export function watchOutput() {
  const consoleLines: string[] = [];
  const events: string[] = [];
  const originals = CONSOLE_METHODS.map((method) => console[method]);
  CONSOLE_METHODS.forEach((method, i) => {
    console[method] = (...args: unknown[]) => {
      consoleLines.push(`${method}: ${args.map(describe).join(' ')}`);
      originals[i]!.apply(console, args);
    };
  });
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event: Event) {
    if (event.type.startsWith('sportello-') || 'detail' in event) {
      const own = Object.fromEntries(Object.entries(event));
      events.push(`${event.type}: ${describe({ detail: (event as CustomEvent).detail, ...own })}`);
    }
    return dispatch.call(this, event);
  };
  return {
    consoleLines,
    events,
    stop() {
      CONSOLE_METHODS.forEach((method, i) => (console[method] = originals[i]!));
      EventTarget.prototype.dispatchEvent = dispatch;
    },
  };
}
