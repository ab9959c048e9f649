import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import { createApiClient } from '../../src/api/client.js';
import type { ApiError } from '../../src/api/errors.js';
import { anySignal, timeoutSignal } from '../../src/api/signals.js';
import { API, rejectionOf, startWorker, worker } from './support.js';
import { listOffices } from '../../src/api/operations/index.js';

// WebKit's garbage collector could cut the result of AbortSignal.any off its sources while a
// fetch waited on it: the fetch then never timed out nor aborted. Garbage made while a request
// waits brings such a collection on, so these tests fail where the link is lost.
function makeGarbage(): number {
  const junk: { n: number }[] = [];
  for (let n = 0; n < 300_000; n++) junk.push({ n });
  return junk.length;
}

async function whileMakingGarbage<T>(work: () => Promise<T>): Promise<T> {
  const churn = setInterval(makeGarbage, 40);
  try {
    return await work();
  } finally {
    clearInterval(churn);
  }
}

/** Rejects with 'still waiting' when the promise has not settled in time. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still waiting')), ms)),
  ]);
}

const endless = () =>
  http.get(`${API}/offices`, async () => {
    await delay('infinite');
    return undefined;
  });
const url = () => new URL(`${API}/offices`, location.href);

describe('abort signals that survive garbage collection', () => {
  before(() => startWorker());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('the client times out a request while the page makes garbage', async () => {
    worker.use(endless());
    const api = createApiClient({ baseUrl: API, timeoutMs: 300, retries: 0, random: () => 1 });
    await whileMakingGarbage(async () => {
      for (let i = 0; i < 3; i++) {
        const error = (await rejectionOf(within(listOffices(api), 3000))) as ApiError;
        expect(error.kind).to.equal('timeout');
      }
    });
  });

  it('anySignal aborts a fetch with the first source’s reason, under garbage too', async () => {
    worker.use(endless());
    await whileMakingGarbage(async () => {
      for (let i = 0; i < 3; i++) {
        const user = new AbortController();
        setTimeout(() => user.abort(new DOMException('gone', 'AbortError')), 200);
        const signal = anySignal(new AbortController().signal, user.signal);
        const error = (await rejectionOf(within(fetch(url(), { signal }), 3000))) as DOMException;
        expect(error.name).to.equal('AbortError');
        expect(signal.reason).to.have.property('message', 'gone');
      }
    });
  });

  it('timeoutSignal aborts a fetch with a TimeoutError, under garbage too', async () => {
    worker.use(endless());
    await whileMakingGarbage(async () => {
      for (let i = 0; i < 3; i++) {
        const signal = anySignal(new AbortController().signal, timeoutSignal(200));
        await rejectionOf(within(fetch(url(), { signal }), 3000));
        expect(signal.reason).to.have.property('name', 'TimeoutError');
      }
    });
  });

  it('anySignal is aborted at once when a source already is', () => {
    const done = new AbortController();
    done.abort('first');
    expect(anySignal(new AbortController().signal, done.signal).reason).to.equal('first');
  });
});
