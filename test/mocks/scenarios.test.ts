import { expect } from '@open-wc/testing';
import { api, bookingBody, createClock, post, useMockApi } from './setup.js';

describe('reference server: fault scenarios', () => {
  it('answers 503 with Retry-After, 500, a malformed body, or a network error', async () => {
    const { scenarios } = await useMockApi();
    scenarios.set('unavailable');
    const unavailable = await api('/offices');
    expect([unavailable.status, unavailable.headers.get('retry-after')]).to.deep.equal([503, '2']);
    scenarios.set('server-error');
    expect((await api('/offices')).status).to.equal(500);
    scenarios.set('malformed');
    const malformed = await fetch('/api/offices');
    expect(malformed.status).to.equal(200);
    let parsed = true;
    await malformed.json().catch(() => (parsed = false));
    expect(parsed).to.equal(false);
    scenarios.set('offline');
    let failed = false;
    await fetch('/api/offices').catch(() => (failed = true));
    expect(failed).to.equal(true);
    scenarios.set(null);
    expect((await api('/offices')).status).to.equal(200);
  });

  it('selects a scenario for one request with the query parameter', async () => {
    await useMockApi();
    expect((await api('/offices?mock-scenario=unavailable')).status).to.equal(503);
    expect((await api('/offices')).status).to.equal(200);
  });

  it('turns bookings into conflicts and leaves reads alone', async () => {
    const { scenarios } = await useMockApi({
      now: createClock('2026-07-01T08:00:00Z').now,
      prebooked: false,
    });
    scenarios.set('conflict');
    const slot = 'tribunale-pistoia-contenzioso-civile_2026-07-06_0900';
    expect((await post('/bookings', bookingBody(slot, 1))).body.code).to.equal('slot-full');
    expect((await api('/offices/tribunale-pistoia')).status).to.equal(200);
  });

  it('never answers in the timeout scenario', async () => {
    const { scenarios } = await useMockApi();
    scenarios.set('timeout');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    let aborted = false;
    await fetch('/api/offices', { signal: controller.signal }).catch(
      (e: Error) => (aborted = e.name === 'AbortError'),
    );
    expect(aborted).to.equal(true);
  });
});
