import { expect } from '@open-wc/testing';
import { easterSunday } from '../../mocks/data/holidays.js';
import { api, createClock, useMockApi } from './setup.js';

const PISTOIA = 'tribunale-pistoia-contenzioso-civile';

async function firstSlotStart(serviceId: string, date: string) {
  const { body } = await api(`/services/${serviceId}/slots?date=${date}`);
  return body.slots[0]?.start as string;
}

describe('reference server: calendar', () => {
  it('closes the patron saint day with its name', async () => {
    await useMockApi({ now: createClock('2026-07-01T08:00:00Z').now });
    const { status, body } = await api(
      `/services/${PISTOIA}/availability?from=2026-07-20&to=2026-07-26`,
    );
    expect(status).to.equal(200);
    expect(body.window).to.deep.equal({ first: '2026-07-02', last: '2026-07-31' });
    const sanJacopo = body.days.find((day: { date: string }) => day.date === '2026-07-25');
    expect(sanJacopo).to.deep.equal({
      date: '2026-07-25',
      status: 'holiday',
      reason: 'San Jacopo (patrono)',
      capacity: 0,
      free: 0,
    });
    const monday = body.days[0];
    expect(monday.status).to.be.oneOf(['open', 'full']);
    expect(monday.capacity).to.equal(27);
    expect(body.days.find((day: { date: string }) => day.date === '2026-07-26').status).to.equal(
      'closed',
    );
  });

  it('knows Easter Monday and halves capacity in August', async () => {
    expect(easterSunday(2026)).to.equal('2026-04-05');
    expect(easterSunday(2027)).to.equal('2027-03-28');
    await useMockApi({ now: createClock('2026-03-25T08:00:00Z').now });
    const easter = await api(`/services/${PISTOIA}/availability?from=2026-04-06&to=2026-04-06`);
    expect(easter.body.days[0].reason).to.equal("Lunedì dell'Angelo");
    const july = await api(`/services/${PISTOIA}/slots?date=2026-07-31`);
    const august = await api(`/services/${PISTOIA}/slots?date=2026-08-03`);
    expect(july.body.slots[0].capacity).to.equal(3);
    expect(august.body.slots[0].capacity).to.equal(2);
  });

  it('writes slot times with the right offset across the March and October changes', async () => {
    await useMockApi({ now: createClock('2026-03-20T08:00:00Z').now });
    expect(await firstSlotStart(PISTOIA, '2026-03-27')).to.equal('2026-03-27T09:00:00+01:00');
    expect(await firstSlotStart(PISTOIA, '2026-03-30')).to.equal('2026-03-30T09:00:00+02:00');
    const { body } = await api(`/services/${PISTOIA}/slots?date=2026-03-30`);
    expect(body.slots[0].end).to.equal('2026-03-30T09:20:00+02:00');
    expect(new Date(body.slots[0].start).toISOString()).to.equal('2026-03-30T07:00:00.000Z');
    await useMockApi({ now: createClock('2026-10-15T08:00:00Z').now });
    expect(await firstSlotStart(PISTOIA, '2026-10-23')).to.equal('2026-10-23T09:00:00+02:00');
    expect(await firstSlotStart(PISTOIA, '2026-10-26')).to.equal('2026-10-26T09:00:00+01:00');
  });

  it('pre-books places deterministically from the seed', async () => {
    const clock = createClock('2026-07-01T08:00:00Z');
    await useMockApi({ now: clock.now, seed: 7 });
    const first = await api(`/services/${PISTOIA}/availability?from=2026-07-02&to=2026-07-31`);
    await useMockApi({ now: clock.now, seed: 7 });
    const second = await api(`/services/${PISTOIA}/availability?from=2026-07-02&to=2026-07-31`);
    expect(second.body).to.deep.equal(first.body);
    const statuses = first.body.days.map((day: { status: string }) => day.status);
    expect(statuses).to.include('open');
    const open = first.body.days.filter((day: { status: string }) => day.status === 'open');
    expect(
      open.some((day: { free: number; capacity: number }) => day.free < day.capacity),
    ).to.equal(true);
  });

  it('refuses unknown services, bad dates and ranges over 62 days', async () => {
    await useMockApi({ now: createClock('2026-07-01T08:00:00Z').now });
    expect(
      (await api('/services/nope/availability?from=2026-07-01&to=2026-07-02')).status,
    ).to.equal(404);
    expect((await api('/services/nope/slots?date=2026-07-01')).status).to.equal(404);
    const long = await api(`/services/${PISTOIA}/availability?from=2026-07-01&to=2026-09-02`);
    expect([long.status, long.body.errors[0].code]).to.deep.equal([422, 'range-too-long']);
    expect(
      (await api(`/services/${PISTOIA}/availability?from=2026-07-01&to=2026-09-01`)).status,
    ).to.equal(200);
    expect((await api(`/services/${PISTOIA}/slots?date=2026-02-30`)).status).to.equal(422);
  });

  it('lists and searches offices and their services', async () => {
    await useMockApi();
    const { body: offices } = await api('/offices');
    expect(offices).to.have.length(36);
    const { body: found } = await api('/offices?kind=tribunale&q=pistòia');
    expect(found.map((o: { id: string }) => o.id)).to.deep.equal(['tribunale-pistoia']);
    expect(found[0]).to.include({
      address: 'Piazza Duomo 6, 51100 Pistoia (PT)',
      phone: '0573 35711',
    });
    const { body: services } = await api('/offices/unep-firenze/services');
    expect(services.map((s: { maxActs: number }) => s.maxActs)).to.deep.equal([3, 3]);
    expect((await api('/offices/nowhere')).status).to.equal(404);
  });
});
