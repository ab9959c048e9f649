import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { createApiClient, newIdempotencyKey } from '../../src/api/client.js';
import type { ApiError } from '../../src/api/errors.js';
import { createResilientFetch } from '../../src/api/resilient-fetch.js';
import type { BookingRequest } from '../../src/api/types.js';
import { API, office, problem, rejectionOf, startWorker, worker } from './support.js';
import {
  cancelBooking,
  createBooking,
  getOffice,
  listOffices,
  putFavouriteOffices,
} from '../../src/api/operations/index.js';

const fast = { timeoutMs: 5000, retries: 2, retryBaseMs: 1, retryMaxMs: 5, random: () => 1 };
const booking = { slotId: 's1' } as unknown as BookingRequest;

/** Answers the given responses in turn, repeating the last one, and counts the requests. */
function sequence(...answers: (() => Response | Promise<Response>)[]) {
  const seen: Request[] = [];
  const resolver = ({ request }: { request: Request }) => {
    seen.push(request);
    return answers[Math.min(seen.length, answers.length) - 1]();
  };
  return { seen, resolver };
}

const unavailable = () => HttpResponse.json(problem(503, 'down'), { status: 503 });

describe('api client resilience', () => {
  before(() => startWorker());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('retries a GET after 503 and succeeds', async () => {
    const { seen, resolver } = sequence(unavailable, unavailable, () => HttpResponse.json(office));
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const result = await getOffice(createApiClient({ baseUrl: API, ...fast }), 'x');
    expect(result.name).to.equal(office.name);
    expect(seen.length).to.equal(3);
  });

  it('gives up after the configured retries with the last error', async () => {
    const { seen, resolver } = sequence(unavailable);
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const error = (await rejectionOf(
      getOffice(createApiClient({ baseUrl: API, ...fast }), 'x'),
    )) as ApiError;
    expect([error.kind, error.status, seen.length]).to.deep.equal(['server', 503, 3]);
  });

  it('times out each attempt and retries a GET', async () => {
    const { seen, resolver } = sequence(async () => {
      await delay(2000);
      return HttpResponse.json(office);
    });
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const started = performance.now();
    const error = (await rejectionOf(
      getOffice(createApiClient({ baseUrl: API, ...fast, timeoutMs: 100 }), 'x'),
    )) as ApiError;
    expect(error.kind).to.equal('timeout');
    expect(seen.length).to.equal(3);
    expect(performance.now() - started).to.be.below(1500);
  });

  it('succeeds when a retry answers within the timeout', async () => {
    const slow = async () => {
      await delay(2000);
      return HttpResponse.json(office);
    };
    const { seen, resolver } = sequence(slow, () => HttpResponse.json(office));
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    // Room enough for a loaded machine to answer the second attempt in time.
    await getOffice(createApiClient({ baseUrl: API, ...fast, timeoutMs: 1000 }), 'x');
    expect(seen.length).to.equal(2);
  });

  it('honours Retry-After in seconds instead of the backoff', async () => {
    const { seen, resolver } = sequence(
      () =>
        HttpResponse.json(problem(503, 'down'), { status: 503, headers: { 'Retry-After': '1' } }),
      () => HttpResponse.json(office),
    );
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const started = performance.now();
    await getOffice(createApiClient({ baseUrl: API, ...fast, random: () => 0 }), 'x');
    expect(performance.now() - started).to.be.at.least(900);
    expect(seen.length).to.equal(2);
  });

  it('reports a Retry-After too long to wait instead of waiting', async () => {
    const { seen, resolver } = sequence(() =>
      HttpResponse.json(problem(429, 'rate-limited'), {
        status: 429,
        headers: { 'Retry-After': '120' },
      }),
    );
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const error = (await rejectionOf(
      getOffice(createApiClient({ baseUrl: API, ...fast }), 'x'),
    )) as ApiError;
    expect([error.kind, error.retryAfterSeconds, seen.length]).to.deep.equal(['server', 120, 1]);
  });

  it('retries a rate-limit 429 but not a business quota 429', async () => {
    const rateLimited = sequence(
      () =>
        HttpResponse.json(problem(429, 'rate-limited'), {
          status: 429,
          headers: { 'Retry-After': '0' },
        }),
      () => HttpResponse.json(office),
    );
    worker.use(http.get(`${API}/offices/:officeId`, rateLimited.resolver));
    await getOffice(createApiClient({ baseUrl: API, ...fast }), 'x');
    expect(rateLimited.seen.length).to.equal(2);

    const quota = sequence(() =>
      HttpResponse.json(problem(429, 'quota-exceeded'), { status: 429 }),
    );
    worker.use(http.post(`${API}/bookings`, quota.resolver));
    const api = createApiClient({ baseUrl: API, ...fast });
    const error = (await rejectionOf(
      createBooking(api, booking, { idempotencyKey: newIdempotencyKey() }),
    )) as ApiError;
    expect([error.kind, quota.seen.length]).to.deep.equal(['quota', 1]);
  });

  for (const status of [400, 404, 409, 422]) {
    it(`never retries ${status}`, async () => {
      const { seen, resolver } = sequence(() =>
        HttpResponse.json(problem(status, 'no'), { status }),
      );
      worker.use(http.get(`${API}/offices/:officeId`, resolver));
      await rejectionOf(getOffice(createApiClient({ baseUrl: API, ...fast }), 'x'));
      expect(seen.length).to.equal(1);
    });
  }

  it('never retries a POST without an Idempotency-Key', async () => {
    const { seen, resolver } = sequence(unavailable);
    worker.use(http.post(`${API}/raw`, resolver));
    const resilientFetch = createResilientFetch({ ...fast, fetch: (input) => fetch(input) });
    const request = new Request(`${API}/raw`, { method: 'POST', body: '{}' });
    expect((await resilientFetch(request)).status).to.equal(503);
    expect(seen.length).to.equal(1);
  });

  it('never retries a DELETE without an Idempotency-Key', async () => {
    const { seen, resolver } = sequence(unavailable);
    worker.use(http.delete(`${API}/bookings/:code`, resolver));
    const api = createApiClient({ baseUrl: API, ...fast });
    await rejectionOf(cancelBooking(api, 'AB12-CD34', 'secret-token-0123456789'));
    expect(seen.length).to.equal(1);
  });

  // Firefox has no Request.prototype.body: a copy made by looking at it gave GETs a body, and
  // building such a request throws.
  it('sends a GET and a HEAD without a body, retries included', async () => {
    const sent: Request[] = [];
    const resilient = createResilientFetch({
      ...fast,
      fetch: (input) => {
        sent.push(input as Request);
        return Promise.resolve(
          sent.length === 1 ? new Response(null, { status: 503 }) : new Response('{}'),
        );
      },
    });
    const get = await resilient(new Request(new URL(`${API}/offices`, location.href)));
    const head = await resilient(
      new Request(new URL(`${API}/offices`, location.href), { method: 'HEAD' }),
    );
    expect([get.status, head.status]).to.deep.equal([200, 200]);
    expect(sent.map((request) => request.method)).to.deep.equal(['GET', 'GET', 'HEAD']);
    for (const request of sent) expect(await request.text()).to.equal('');
  });

  it('retries a POST with an Idempotency-Key, the same key and body every time', async () => {
    const { seen, resolver } = sequence(
      unavailable,
      () => HttpResponse.error(),
      () => HttpResponse.json({ code: 'AB12-CD34' }, { status: 201 }),
    );
    const bodies: string[] = [];
    worker.use(
      http.post(`${API}/bookings`, async (info) => {
        bodies.push(await info.request.clone().text());
        return resolver(info);
      }),
    );
    const key = newIdempotencyKey();
    const api = createApiClient({ baseUrl: API, ...fast });
    const result = await createBooking(api, booking, { idempotencyKey: key });
    expect(result.code).to.equal('AB12-CD34');
    expect(seen.map((request) => request.headers.get('Idempotency-Key'))).to.deep.equal([
      key,
      key,
      key,
    ]);
    expect(bodies).to.deep.equal(Array(3).fill(JSON.stringify(booking)));
  });

  it('retries a PUT of favourites', async () => {
    const { seen, resolver } = sequence(unavailable, () => HttpResponse.json({ officeIds: ['a'] }));
    worker.use(http.put(`${API}/me/favourite-offices`, resolver));
    const api = createApiClient({ baseUrl: API, ...fast });
    expect(await putFavouriteOffices(api, { officeIds: ['a'] })).to.deep.equal({
      officeIds: ['a'],
    });
    expect(seen.length).to.equal(2);
  });

  it('says unreachable after retrying network errors while the browser is online', async () => {
    const { seen, resolver } = sequence(() => HttpResponse.error());
    worker.use(http.get(`${API}/offices`, resolver));
    const error = (await rejectionOf(
      listOffices(createApiClient({ baseUrl: API, ...fast })),
    )) as ApiError;
    expect([error.kind, seen.length]).to.deep.equal(['unreachable', 3]);
  });

  it('says offline when the browser knows it has no network', async () => {
    const online = sinon.stub(navigator, 'onLine').get(() => false);
    try {
      const { resolver } = sequence(() => HttpResponse.error());
      worker.use(http.get(`${API}/offices`, resolver));
      const error = (await rejectionOf(
        listOffices(createApiClient({ baseUrl: API, ...fast })),
      )) as ApiError;
      expect(error.kind).to.equal('offline');
    } finally {
      online.restore();
    }
  });

  it('says aborted, not timeout, when the caller aborts a request in flight', async () => {
    const { seen, resolver } = sequence(async () => {
      await delay(2000);
      return HttpResponse.json(office);
    });
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const controller = new AbortController();
    const pending = getOffice(createApiClient({ baseUrl: API, ...fast, timeoutMs: 5000 }), 'x', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const error = (await rejectionOf(pending)) as ApiError;
    expect([error.kind, seen.length]).to.deep.equal(['aborted', 1]);
  });

  it('stops waiting between retries at once when the caller aborts', async () => {
    const { seen, resolver } = sequence(unavailable);
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const controller = new AbortController();
    const random = () => {
      setTimeout(() => controller.abort(), 50);
      return 1;
    };
    const api = createApiClient({
      baseUrl: API,
      ...fast,
      retryBaseMs: 5000,
      retryMaxMs: 5000,
      random,
    });
    const started = performance.now();
    const error = (await rejectionOf(
      getOffice(api, 'x', { signal: controller.signal }),
    )) as ApiError;
    expect(error.kind).to.equal('aborted');
    expect(performance.now() - started).to.be.below(1000);
    await delay(100);
    expect(seen.length).to.equal(1);
  });

  it('does not send a request whose signal is already aborted', async () => {
    const { seen, resolver } = sequence(() => HttpResponse.json(office));
    worker.use(http.get(`${API}/offices/:officeId`, resolver));
    const error = (await rejectionOf(
      getOffice(createApiClient({ baseUrl: API, ...fast }), 'x', { signal: AbortSignal.abort() }),
    )) as ApiError;
    expect([error.kind, seen.length]).to.deep.equal(['aborted', 0]);
  });
});
