import { expect } from '@open-wc/testing';
import { api, createClock, STAFF, useMockApi } from './setup.js';

const CITIZEN = { Authorization: 'Bearer citizen-1' };

describe('reference server: case events', () => {
  beforeEach(async () => {
    await useMockApi({ now: createClock('2026-07-01T08:00:00Z').now });
  });

  it('returns the other offices when one feed is unavailable', async () => {
    const { status, body } = await api(
      '/me/case-events?office=tribunale-livorno&office=tribunale-pistoia',
      { headers: CITIZEN },
    );
    expect(status).to.equal(200);
    expect(body.offices.map((o: { status: string }) => o.status)).to.deep.equal([
      'unavailable',
      'ok',
    ]);
    expect(body.events.length).to.be.greaterThan(0);
    expect(
      body.events.every((e: { officeId: string }) => e.officeId === 'tribunale-pistoia'),
    ).to.equal(true);
  });

  it('lists newest first, pages by 20 and filters by date', async () => {
    const offices = [
      'tribunale-firenze',
      'tribunale-pistoia',
      'tribunale-prato',
      'tribunale-lucca',
      'tribunale-pisa',
      'gdp-firenze',
    ];
    const query = offices.map((o) => `office=${o}`).join('&');
    const first = (await api(`/me/case-events?${query}`, { headers: CITIZEN })).body;
    expect(first.events).to.have.length(20);
    const times = first.events.map((e: { occurredAt: string }) => Date.parse(e.occurredAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    const second = (
      await api(`/me/case-events?${query}&cursor=${first.nextCursor}`, { headers: CITIZEN })
    ).body;
    expect(second.events.length).to.equal(13);
    expect(second.nextCursor).to.equal(undefined);
    const kinds = new Set([...first.events, ...second.events].map((e: { kind: string }) => e.kind));
    expect(kinds.size).to.equal(10);
    const recent = (
      await api(`/me/case-events?${query}&since=2026-06-20T00:00:00%2B02:00`, { headers: CITIZEN })
    ).body;
    expect(recent.events.length).to.be.within(1, 19);
  });

  it('keeps favourite offices per session and checks them', async () => {
    expect((await api('/me/favourite-offices')).status).to.equal(401);
    const put = (officeIds: string[], headers = CITIZEN) =>
      api('/me/favourite-offices', {
        method: 'PUT',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ officeIds }),
      });
    expect((await put(['tribunale-firenze', 'gdp-prato'])).body.officeIds).to.deep.equal([
      'tribunale-firenze',
      'gdp-prato',
    ]);
    const refused = await put(['tribunale-atlantide']);
    expect([refused.status, refused.body.errors[0].field]).to.deep.equal([422, 'officeIds.0']);
    expect(
      (await api('/me/favourite-offices', { headers: CITIZEN })).body.officeIds,
    ).to.have.length(2);
    expect((await api('/me/favourite-offices', { headers: STAFF })).body.officeIds).to.deep.equal(
      [],
    );
  });
});
