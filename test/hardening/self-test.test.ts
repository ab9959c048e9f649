// The suite must be able to fail: each check meets a deliberately broken fixture and catches it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './fixtures/broken-elements.js';
import type {
  BrokenBlankOnError,
  BrokenControls,
  BrokenDoubleSubmit,
} from './fixtures/broken-elements.js';
import { checkAccessible } from './axe.js';
import { canaryFired, resetCanary } from './corpus.js';
import {
  assertNoOverflow,
  assertNoUnsafeMarkup,
  deepQuery,
  findFaultMessage,
  isBlank,
} from './dom.js';
import { createFlowHelpers } from './flow.js';
import { leaksIn, storedContent, watchOutput } from './privacy.js';
import { PERSON } from './elements.js';

const PERSONAL = [PERSON.fiscalCode, 'Mario Rossi'];

describe('hardening: the checks catch broken elements', function () {
  this.timeout(20_000);
  beforeEach(resetCanary);
  afterEach(() => localStorage.removeItem('last-person'));

  it('unsafe-source check: rejects unsafeHTML, .innerHTML, style bindings; passes src/', async () => {
    const bad = await executeServerCommand<string[], unknown>('hardening-check-unsafe', {
      paths: ['test/hardening/fixtures/unsafe-source.txt'],
    });
    expect(bad.join('\n')).to.include('unsafeHTML').and.include('HTML property or srcdoc');
    expect(bad.join('\n')).to.include('style attribute binding');
    expect(bad.length).to.be.at.least(6);
    const src = await executeServerCommand<string[], unknown>('hardening-check-unsafe', {
      paths: ['src'],
    });
    expect(src, 'unsafe patterns in src/').to.deep.equal([]);
  });

  it('hostile backend: catches unsafeHTML (markup and canary)', async () => {
    const element = await fixture(html`<broken-unsafe-html></broken-unsafe-html>`);
    expect(() => assertNoUnsafeMarkup(element)).to.throw(/onerror/);
    await waitUntil(canaryFired, 'the canary', { timeout: 5000 });
  });

  it('hostile backend: catches a javascript: link', async () => {
    const element = await fixture(html`<broken-link></broken-link>`);
    expect(() => assertNoUnsafeMarkup(element)).to.throw(/javascript/);
  });

  it('layout: catches horizontal overflow at 320 px', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    const element = document.createElement('broken-wide') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    wrapper.append(element);
    document.body.append(wrapper);
    after(() => wrapper.remove());
    await element.updateComplete;
    expect(() => assertNoOverflow(element)).to.throw(/overflow/i);
  });

  it('private data: catches storage, console and event-detail leaks', async () => {
    const output = watchOutput();
    try {
      await fixture(html`<broken-leaky></broken-leaky>`);
    } finally {
      output.stop();
    }
    const leaks = leaksIn(
      {
        ...(await storedContent()),
        console: output.consoleLines.join('\n'),
        'event details': output.events.join('\n'),
      },
      PERSONAL,
    );
    expect(leaks.join('\n')).to.include('localStorage').and.include('console');
    expect(leaks.join('\n')).to.include('event details');
  });

  it('faults: catches a blank widget with no message', async () => {
    const element = await fixture<BrokenBlankOnError>(
      html`<broken-blank-on-error></broken-blank-on-error>`,
    );
    element.failed = true;
    element.requestUpdate();
    await element.updateComplete;
    expect(isBlank(element)).to.equal(true);
    expect(findFaultMessage(element)).to.equal(null);
  });

  it('accessibility: catches a nameless button (axe)', async () => {
    const element = await fixture<BrokenControls>(html`<broken-controls></broken-controls>`);
    let failure: unknown;
    await checkAccessible(element).catch((error) => (failure = error));
    expect(String(failure)).to.include('button-name');
  });

  it('faults: a double click reaches an element that sends twice', async () => {
    const element = await fixture<BrokenDoubleSubmit>(
      html`<broken-double-submit></broken-double-submit>`,
    );
    let doubled = false;
    const helpers = createFlowHelpers({
      host: () => element,
      doubleClick: { selector: 'button', then: () => (doubled = true) },
    });
    await helpers.activate(deepQuery(element, 'button')!);
    expect(doubled).to.equal(true);
    expect(element.sent, 'submissions').to.equal(2);
  });

  it('keyboard: catches a control the keyboard cannot reach', async () => {
    const element = await fixture<BrokenControls>(html`<broken-controls></broken-controls>`);
    const helpers = createFlowHelpers({ host: () => element, mode: 'keyboard' });
    const target = deepQuery(element, '.fake-button')!;
    let failure: unknown;
    await helpers.activate(target).catch((error) => (failure = error));
    expect(String(failure)).to.include('not reachable by Tab');
    expect(element.clicked).to.equal(false);
  });
});
