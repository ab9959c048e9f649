// A page of its own for the built CDN files (`npm test` builds dist/cdn first): an iframe, so that
// each test starts with no element registered and no module loaded.

export interface CdnPage {
  window: Window & { litHtmlVersions?: string[] };
  document: Document;
  /** The page's uncaught errors and unhandled rejections. */
  errors: string[];
  /** Adds `<script type="module" src>` to the page and waits until it has run. */
  load(src: string): Promise<void>;
  /** Imports a module in the page, e.g. the autoloader to call its `discover()`. */
  import<T>(src: string): Promise<T>;
  /** The dist/cdn files the page fetched, as paths (with their query), in order. */
  fetched(): string[];
}

const RECORDER = `window.__errors = [];
addEventListener('error', (event) => __errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => __errors.push(String(event.reason)));`;

const frames: HTMLIFrameElement[] = [];

/** Removes the pages the test opened. */
export function closePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

/** Opens a page with `body` as its markup (scripts in it run as on a real page). */
export async function openPage(body = ''): Promise<CdnPage> {
  const frame = document.createElement('iframe');
  frame.title = 'embedding page';
  frame.width = '800';
  frame.height = '600';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="it"><head><meta charset="utf-8">
<script>${RECORDER}</script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as CdnPage['window'] & { __errors: string[] };
  const doc = win.document;
  // Code made by the page's own Function runs in the page: its import() uses the page's modules.
  const { Function: PageFunction } = win as unknown as typeof globalThis;
  const importInPage = new PageFunction('src', 'return import(src)') as (src: string) => unknown;
  return {
    window: win,
    document: doc,
    errors: win.__errors,
    load: (src) =>
      new Promise((resolve, reject) => {
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = src;
        script.addEventListener('load', () => resolve());
        script.addEventListener('error', () => reject(new Error(`${src} did not load`)));
        doc.head.append(script);
      }),
    import: (src) => importInPage(src) as Promise<never>,
    fetched: () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname.startsWith('/dist/cdn/'))
        .map((url) => url.pathname + url.search),
  };
}

/** Polls `find` until it returns something truthy. */
export async function waitFor<T>(find: () => T | null | undefined | false, what: string) {
  const deadline = performance.now() + 10_000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The reference server over HTTP, on another origin (started by the test runner). */
export async function mockServerUrl(): Promise<string> {
  const { url } = (await (await fetch('/__mock-server.json')).json()) as { url: string };
  return url;
}

/**
 * The html snippets of a README section ("Embedding" unless told), pointed at this server's
 * dist/cdn and at `apiBase`: a test loads exactly what a webmaster copies.
 */
export async function embeddingSnippets(apiBase: string, heading = 'Embedding'): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return [...section.matchAll(/```html\n([\s\S]*?)```/g)].map(([, snippet]) =>
    snippet!
      .replaceAll('https://cdn.example/sportello/', '/')
      .replaceAll('https://tribunale.example/api/sportello', apiBase),
  );
}

/** The office list or the services of the picker's office: it found its backend. */
export function choices(picker: Element): NodeListOf<HTMLButtonElement> | undefined {
  const found = picker.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.choice-card');
  return found?.length ? found : undefined;
}
