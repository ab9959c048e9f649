import { expect } from '@open-wc/testing';
import type { BookingRequest } from '../../src/api/types.js';
import { createDb } from '../../mocks/index.js';
import { persistDb } from '../../mocks/persistence.js';
import { closeLater, closePages, startPage, storeName } from './pages.js';
import { api, bookingBody, post, STAFF } from './setup.js';

const SLOT = 'tribunale-pistoia-contenzioso-civile_2026-07-06_0900';
/** Booked on Wednesday 1 July, in Rome time; checked in on Monday 6 July, 09:05. */
const BOOKING_DAY = '2026-07-01T10:00';
const AT_THE_DESK = '2026-07-06T09:05';

describe('reference server: data kept across pages', () => {
  afterEach(closePages);

  it('keeps bookings and idempotency answers across a restart with persist on', async () => {
    const persist = storeName();
    await startPage({ persist, now: BOOKING_DAY });
    const key = crypto.randomUUID();
    const booked = await post('/bookings', bookingBody(SLOT, 1), { 'Idempotency-Key': key });
    expect(booked.status).to.equal(201);

    const { db } = await startPage({ persist, now: BOOKING_DAY });
    const record = db.state.bookings.get(booked.body.code)!;
    expect(record.start).to.be.instanceOf(Date);
    expect(record.start.toISOString()).to.equal('2026-07-06T07:00:00.000Z');
    expect(record.createdAt).to.be.instanceOf(Date);
    const found = await api(`/bookings/${booked.body.code}`, {
      headers: { 'Booking-Token': booked.body.token },
    });
    expect([found.status, found.body.status]).to.deep.equal([200, 'confirmed']);
    const replay = await post('/bookings', bookingBody(SLOT, 1), { 'Idempotency-Key': key });
    expect(replay.body.code).to.equal(booked.body.code);
    expect(db.state.bookings.size).to.equal(1);
  });

  it('starts afresh at every restart with persist off', async () => {
    await startPage({ now: BOOKING_DAY });
    const booked = await post('/bookings', bookingBody(SLOT, 1));
    expect(booked.status).to.equal(201);

    const { db } = await startPage({ now: BOOKING_DAY });
    expect(db.state.bookings.size).to.equal(0);
    const found = await api(`/bookings/${booked.body.code}`, {
      headers: { 'Booking-Token': booked.body.token },
    });
    expect(found.status).to.equal(404);
  });

  it('lets the desk page check in, on time, a pass issued on the booking page', async () => {
    const persist = storeName();
    await startPage({ persist, now: BOOKING_DAY });
    const booked = (await post('/bookings', bookingBody(SLOT, 1))).body;

    // The desk page: its own server, the same kept store, its clock at the booking's time.
    await startPage({ persist, now: AT_THE_DESK });
    const { body } = await post('/check-ins', { pass: booked.checkIn }, STAFF);
    expect(body.verdict).to.equal('valid');
    expect(body.checkedInAt).to.equal('2026-07-06T09:05:00+02:00');

    // And the booking page, reopened, sees the check-in.
    await startPage({ persist, now: BOOKING_DAY });
    const seen = await api(`/bookings/${booked.code}`, {
      headers: { 'Booking-Token': booked.token },
    });
    expect(seen.body.status).to.equal('checked-in');
  });

  it('keeps the office key that a read made', async () => {
    const persist = storeName();
    await startPage({ persist, now: BOOKING_DAY });
    const { body: key } = await api('/offices/tribunale-pistoia/check-in-key');
    await startPage({ persist, now: BOOKING_DAY });
    expect((await api('/offices/tribunale-pistoia/check-in-key')).body).to.deep.equal(key);
  });

  it('forgets everything when cleared, in this page and in the next', async () => {
    const persist = storeName();
    const { persistence } = await startPage({ persist, now: BOOKING_DAY });
    const booked = (await post('/bookings', bookingBody(SLOT, 1))).body;
    await persistence!.clear();
    const headers = { 'Booking-Token': booked.token };
    expect((await api(`/bookings/${booked.code}`, { headers })).status).to.equal(404);
    await startPage({ persist, now: BOOKING_DAY });
    expect((await api(`/bookings/${booked.code}`, { headers })).status).to.equal(404);
  });

  it('reads the store again when another page wrote or cleared it', async () => {
    const persist = storeName();
    await startPage({ persist, now: AT_THE_DESK });
    // Another tab: a second store on the same kept data, writing while the desk is open.
    const other = createDb({ now: BOOKING_DAY, prebooked: false });
    const otherPersistence = closeLater((await persistDb(other, persist))!);
    const booked = await other.createBooking(bookingBody(SLOT, 1) as BookingRequest);
    await announced(persist, () => otherPersistence.save());

    const checkIn = () => post('/check-ins', { code: booked.code }, STAFF);
    expect((await checkIn()).body.verdict).to.equal('valid');
    await announced(persist, () => otherPersistence.clear());
    expect((await checkIn()).body.verdict).to.equal('not-found');
  });
});

/** Runs a write and waits until the other pages have heard of it (a later task). */
async function announced(name: string, write: () => Promise<void>): Promise<void> {
  const channel = new BroadcastChannel(`${name}:changed`);
  const heard = new Promise((resolve) => (channel.onmessage = resolve));
  await write();
  await heard;
  channel.close();
  await new Promise((resolve) => setTimeout(resolve));
}
