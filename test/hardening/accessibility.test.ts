import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkAccessible } from './axe.js';
import {
  containerWithClient,
  FAST_CLIENT,
  faultHandler,
  referenceHandlers,
  startBackend,
  useHandlers,
} from './backend.js';
import { findFaultMessage, findOverflow } from './dom.js';
import { ELEMENTS, isKnownGap, type ElementEntry } from './elements.js';
import { createFlowHelpers, WalkStopped } from './flow.js';

/** Reflow at 320 CSS px (WCAG 1.4.10) and at 200% zoom (640 CSS px at 2 device px), with shots. */
async function checkReflow(entry: ElementEntry, host: HTMLElement, state: string) {
  const viewports = [
    { name: '320px', width: 320, height: 800, scale: 1 },
    { name: 'zoom-200', width: 640, height: 800, scale: 2 },
  ];
  const problems: string[] = [];
  for (const { name, ...viewport } of viewports) {
    const path = `${entry.tag}/${state}-${name}.png`;
    await executeServerCommand('hardening-screenshot', { path, ...viewport });
    problems.push(...findOverflow(host).map((p) => `${name}: ${p}`));
  }
  await executeServerCommand('hardening-screenshot', { width: 800, height: 600 });
  if (problems.length && !isKnownGap(entry, 'a11y', 'reflow')) {
    throw new Error(`Horizontal overflow at "${state}":\n${problems.join('\n')}`);
  }
}

const BASE = '/hardening-a11y';

describe('hardening: accessibility', function () {
  this.timeout(60_000);
  before(startBackend);

  for (const entry of ELEMENTS) {
    describe(`<${entry.tag}>`, () => {
      before(() => entry.define());
      let container: HTMLElement | undefined;
      afterEach(() => container?.remove());

      it('main flow with the keyboard alone; axe and reflow in every state', async () => {
        useHandlers(...referenceHandlers(BASE));
        container = document.createElement('main');
        document.body.append(container);
        const element = entry.mount(container, BASE);
        const states: string[] = [];
        const helpers = createFlowHelpers({
          host: () => element,
          mode: 'keyboard',
          onCheckpoint: async (state) => {
            states.push(state);
            await checkAccessible(element);
            await checkReflow(entry, element, state);
          },
        });
        await entry.walk(element, helpers);
        await helpers.checkpoint('end');
        expect(states).to.include('end');
      });

      // The first request whose failure shows a message; when the element does without every
      // answer, the last one failing (e.g. the desk deciding offline) shows the degraded state.
      const failing =
        entry.operations.find((operation) => operation.onFault !== 'degrade') ??
        entry.operations.at(-1);
      if (failing) {
        it(`the failed-request state (${failing.name})`, async () => {
          useHandlers(faultHandler(BASE, failing, 'server-error'), ...referenceHandlers(BASE));
          container = containerWithClient({ baseUrl: BASE, ...FAST_CLIENT });
          const element = entry.mount(container, '');
          const helpers = createFlowHelpers({
            host: () => element,
            interrupt: () => (findFaultMessage(element) ? 'fault message shown' : false),
          });
          try {
            await entry.walk(element, helpers);
            expect(failing.onFault, 'the walk ends without a message').to.equal('degrade');
          } catch (error) {
            if (!(error instanceof WalkStopped)) throw error;
          }
          await checkAccessible(element);
          await checkReflow(entry, element, 'request-failed');
        });
      }
    });
  }
});
