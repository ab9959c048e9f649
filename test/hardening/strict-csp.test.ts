import { expect } from '@open-wc/testing';
import { assertNoUnsafeMarkup } from './dom.js';
import { ELEMENTS } from './elements.js';
import { createFlowHelpers } from './flow.js';

// The built CDN files, as webmasters load them (`npm test` builds them first).
const BUNDLE = '/dist/cdn/sportello.js';
const AUTOLOADER = '/dist/cdn/autoloader.js';
const API = '/__hardening/api';

interface FrameWindow extends Window {
  __violations: string[];
  __errors: string[];
  __firstDefinitions?: Record<string, unknown>;
}

/** A same-origin frame served with the policy's Content-Security-Policy header. */
async function openFrame(policy: 'strict' | 'duplicates', modules: string[]) {
  const query = new URLSearchParams({ policy });
  for (const module of modules) query.append('module', module);
  const frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  frame.title = 'strict CSP page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__hardening/frame.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  return { frame, win, root: win.document.getElementById('root')! };
}

async function settle(win: Window, ms = 100) {
  await new Promise((resolve) => win.setTimeout(resolve, ms));
}

describe('hardening: strict CSP', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  // Starts the reference HTTP server behind the same-origin path (a few seconds the first time).
  before(async () => {
    const response = await fetch(`${API}/offices`);
    expect(response.ok).to.equal(true);
  });

  // Each element from its own file: the parts it loads on demand (other elements' files included)
  // come from the same chunks, so the page never runs a second Lit.
  for (const entry of ELEMENTS) {
    it(`<${entry.tag}> completes its flow with zero violations`, async () => {
      const opened = await openFrame('strict', [entry.cdn]);
      frame = opened.frame;
      const { win, root } = opened;
      await createFlowHelpers({ host: () => root }).waitFor(
        () => win.customElements.get(entry.tag),
        `${entry.tag} to be defined`,
      );
      const element = entry.mount(root, API);
      const helpers = createFlowHelpers({
        host: () => element,
        onCheckpoint: () => assertNoUnsafeMarkup(element),
      });
      await entry.walk(element, helpers);
      element.remove();
      await settle(win);
      expect(win.__violations, 'CSP violations').to.deep.equal([]);
      expect(win.__errors, 'errors').to.deep.equal([]);
    });
  }

  describe('one Lit for every file', () => {
    const tagged = (tag: string) => ELEMENTS.find((e) => e.tag === tag)!;

    /** A config with a slot picker inside, which shows the services once it has the config. */
    async function pickerShowsServices(root: HTMLElement) {
      const config = tagged('sportello-config').mount(root, API);
      const picker = tagged('sportello-slot-picker').mount(config, '');
      await createFlowHelpers({ host: () => picker }).waitForSelector('button.choice-card');
    }

    it("any mix of files, each loaded twice, needs no 'allow-duplicates'", async () => {
      const opened = await openFrame('strict', [
        tagged('sportello-slot-picker').cdn,
        tagged('sportello-config').cdn,
        `${tagged('sportello-slot-picker').cdn}?copy=2`,
        tagged('sportello-receipt').cdn,
        BUNDLE,
        `${BUNDLE}?copy=2`,
      ]);
      frame = opened.frame;
      await pickerShowsServices(opened.root);
      expect(opened.win.__violations, 'CSP violations').to.deep.equal([]);
      expect(opened.win.__errors, 'errors').to.deep.equal([]);
    });

    it('the autoloader loads the elements under the strict policy', async () => {
      const opened = await openFrame('strict', [AUTOLOADER]);
      frame = opened.frame;
      await pickerShowsServices(opened.root);
      expect(opened.win.__violations, 'CSP violations').to.deep.equal([]);
      expect(opened.win.__errors, 'errors').to.deep.equal([]);
    });
  });

  // Another library's Lit (the host page's own) creates a second 'lit-html' policy.
  describe('coexistence', () => {
    const modules = [
      BUNDLE,
      '/test/hardening/csp/remember-definitions.js',
      `${BUNDLE}?copy=2`,
      '/test/hardening/fixtures/other-lit-widget.ts',
    ];

    it("loads twice next to another Lit with trusted-types lit-html 'allow-duplicates'", async () => {
      const opened = await openFrame('duplicates', modules);
      frame = opened.frame;
      const { win, root } = opened;
      await settle(win);
      for (const [tag, first] of Object.entries(win.__firstDefinitions!)) {
        expect(first, `${tag} defined`).to.be.a('function');
        expect(win.customElements.get(tag), `${tag} keeps its first definition`).to.equal(first);
      }
      const other = win.document.createElement('other-lit-widget');
      root.append(other);
      const picker = ELEMENTS.find((e) => e.tag === 'sportello-slot-picker')!.mount(root, API);
      const helpers = createFlowHelpers({ host: () => picker });
      await helpers.waitForSelector('button.choice-card');
      await helpers.waitFor(() => other.shadowRoot?.textContent?.includes('Widget'), 'other Lit');
      expect(win.__violations, 'CSP violations').to.deep.equal([]);
      expect(win.__errors, 'errors').to.deep.equal([]);
    });

    it("needs 'allow-duplicates' for the other Lit: without it, it is refused", async () => {
      const opened = await openFrame('strict', modules);
      frame = opened.frame;
      await settle(opened.win);
      expect(opened.win.__violations.join('\n')).to.include('trusted-types');
    });
  });

  describe('the check can fail', () => {
    for (const tag of ['broken-inline-style', 'broken-inner-html']) {
      it(`catches <${tag}>`, async () => {
        const opened = await openFrame('strict', [
          '/test/hardening/fixtures/csp-breaking-elements.ts',
        ]);
        frame = opened.frame;
        opened.root.append(opened.win.document.createElement(tag));
        await settle(opened.win);
        expect(opened.win.__violations.length, 'violations').to.be.greaterThan(0);
      });
    }
  });
});
