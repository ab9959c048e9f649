import { expect } from '@open-wc/testing';
import {
  containerWithClient,
  FAST_CLIENT,
  faultHandler,
  FAULTS,
  holdingHandler,
  referenceHandlers,
  RETRIED,
  RETRY_AFTER_S,
  fetchCalls,
  startBackend,
  useHandlers,
  type Fault,
} from './backend.js';
import { findFaultMessage, findWayForward, isBlank, visibleContent } from './dom.js';
import { ELEMENTS, isKnownGap, type ElementEntry, type Operation } from './elements.js';
import { createFlowHelpers, WalkStopped } from './flow.js';

const BASE = '/hardening-faults';

function requestsOf(operation: Operation) {
  const path = new RegExp(`${BASE}${operation.path.replace(/:\w+/g, '[^/]+')}$`);
  return fetchCalls.filter(
    (r) => r.method === operation.method && path.test(new URL(r.url).pathname),
  );
}

/** Runs the walk until the fault shows; returns the element, the outcome and any rejection. */
async function runWithFault(entry: ElementEntry, operation: Operation, fault: Fault) {
  // One store for the whole run: what the walk created is still there when the backend heals.
  const reference = referenceHandlers(BASE);
  useHandlers(faultHandler(BASE, operation, fault), ...reference);
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  window.addEventListener('unhandledrejection', onRejection);
  const container = containerWithClient({ baseUrl: BASE, ...FAST_CLIENT });
  const element = entry.mount(container, '');
  const helpers = createFlowHelpers({
    host: () => element,
    interrupt: () => (findFaultMessage(element) ? 'fault message shown' : false),
  });
  let outcome: 'completed' | 'stopped';
  try {
    await entry.walk(element, helpers);
    outcome = 'completed';
  } catch (error) {
    if (!(error instanceof WalkStopped)) throw error;
    outcome = 'stopped';
  }
  return {
    element,
    helpers,
    outcome,
    rejections,
    reference,
    cleanup: () => {
      window.removeEventListener('unhandledrejection', onRejection);
      container.remove();
    },
  };
}

function expectRetryPolicy(operation: Operation, fault: Fault) {
  const repeatable = operation.method === 'GET' || operation.idempotent;
  const attempts = repeatable && RETRIED.has(fault) ? 1 + FAST_CLIENT.retries! : 1;
  let requests = requestsOf(operation);
  if (operation.idempotent) {
    // One submission is one key; the message on screen comes from the last submission.
    const lastKey = requests.at(-1)?.headers.get('Idempotency-Key');
    expect(lastKey, 'an Idempotency-Key').to.match(/^[0-9a-f-]{36}$/);
    requests = requests.filter((r) => r.headers.get('Idempotency-Key') === lastKey);
    expect(requests.length, 'attempts of the last submission, all with its key').to.equal(attempts);
  }
  // An element may call a read again (a re-run task): the last call is the one on screen.
  expect(requests.length, 'attempts').to.be.at.least(attempts);
  const lastCall = requests.slice(-attempts);
  if (fault === 'unavailable' || fault === 'too-many-requests') {
    for (let i = 1; i < lastCall.length; i++) {
      const waited = lastCall[i]!.at - lastCall[i - 1]!.at;
      expect(waited, 'Retry-After honoured').to.be.at.least(RETRY_AFTER_S * 1000 - 50);
    }
  }
}

describe('hardening: faults', function () {
  this.timeout(20_000);
  before(startBackend);

  for (const entry of ELEMENTS.filter((e) => e.operations.length > 0)) {
    describe(`<${entry.tag}>`, () => {
      before(() => entry.define());

      for (const operation of entry.operations) {
        for (const fault of FAULTS) {
          const gap = isKnownGap(entry, 'faults', `${operation.name}/${fault}`);
          const title = `${operation.name}: ${fault}`;
          (gap ? it.skip : it)(gap ? `KNOWN GAP (${gap.reason}): ${title}` : title, async () => {
            const run = await runWithFault(entry, operation, fault);
            try {
              expect(run.rejections, 'unhandled rejections').to.deep.equal([]);
              expect(isBlank(run.element), 'blank widget').to.equal(false);
              if (operation.onFault === 'degrade') {
                const shown = findFaultMessage(run.element)?.textContent?.replace(/\s+/g, ' ');
                expect(
                  run.outcome,
                  `the flow completes without this answer; shown: ${shown}`,
                ).to.equal('completed');
                // A write the element waited for went out with one key, retried as the policy says
                // (a read done without may still be retrying in the background: not checked).
                if (operation.idempotent) expectRetryPolicy(operation, fault);
                return;
              }
              expect(run.outcome, 'a fault message stops the flow').to.equal('stopped');
              const message = findFaultMessage(run.element)!;
              expect(message.textContent!.trim().length, 'message text').to.be.greaterThan(10);
              const forward = findWayForward(message);
              expect(forward, 'a way forward (retry button or link)').to.exist;
              expectRetryPolicy(operation, fault);
              if (operation.afterTyping) {
                const content = visibleContent(run.element);
                for (const typed of entry.typed ?? []) expect(content).to.include(typed);
              }
              // The way forward works once the backend is healthy again.
              const failedKey = requestsOf(operation).at(-1)?.headers.get('Idempotency-Key');
              useHandlers(...run.reference);
              if (forward!.localName === 'button') {
                await run.helpers.activate(forward!);
                await run.helpers.waitFor(
                  () => !findFaultMessage(run.element),
                  'the message to go after a retry',
                );
                // The server may have taken the failed submission: sent again, it is the same one.
                if (operation.idempotent) {
                  await run.helpers.waitFor(
                    () => requestsOf(operation).length > 0,
                    `${operation.name} sent again`,
                  );
                  for (const request of requestsOf(operation)) {
                    expect(
                      request.headers.get('Idempotency-Key'),
                      'the retry keeps the failed submission’s Idempotency-Key',
                    ).to.equal(failedKey);
                  }
                }
              }
              expect(run.rejections, 'unhandled rejections').to.deep.equal([]);
            } finally {
              run.cleanup();
            }
          });
        }
      }

      // The second click lands while the first submission is on its way (held until then).
      for (const operation of entry.operations.filter((o) => o.sentBy)) {
        it(`${operation.name}: a double click sends it once`, async () => {
          const hold = holdingHandler(BASE, operation);
          useHandlers(hold.handler, ...referenceHandlers(BASE));
          const container = containerWithClient({ baseUrl: BASE, ...FAST_CLIENT });
          let doubleClicked = false;
          try {
            const element = entry.mount(container, '');
            const helpers = createFlowHelpers({
              host: () => element,
              doubleClick: {
                selector: operation.sentBy!,
                then: () => {
                  doubleClicked = true;
                  hold.release();
                },
              },
            });
            await entry.walk(element, helpers);
            expect(doubleClicked, `a double click on ${operation.sentBy}`).to.equal(true);
            expect(requestsOf(operation).length, `${operation.name} requests`).to.equal(1);
          } finally {
            hold.release();
            container.remove();
          }
        });
      }
    });
  }
});
