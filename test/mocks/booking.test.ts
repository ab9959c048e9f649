import { expect } from '@open-wc/testing';
import { api, bookingBody, createClock, person, post, useMockApi } from './setup.js';

const SERVICE = 'tribunale-pistoia-contenzioso-civile';
const MONDAY_9 = `${SERVICE}_2026-07-06_0900`;

async function freeAt(slotId: string) {
  const [serviceId, date] = slotId.split('_');
  const { body } = await api(`/services/${serviceId}/slots?date=${date}`);
  return body.slots.find((slot: { id: string }) => slot.id === slotId).free as number;
}

describe('reference server: bookings', () => {
  let clock: ReturnType<typeof createClock>;

  beforeEach(async () => {
    clock = createClock('2026-07-01T08:00:00Z');
    await useMockApi({ now: clock.now, prebooked: false });
  });

  it('refuses a booking when the slot is full', async () => {
    for (const n of [1, 2, 3])
      expect((await post('/bookings', bookingBody(MONDAY_9, n))).status).to.equal(201);
    expect(await freeAt(MONDAY_9)).to.equal(0);
    const refused = await post('/bookings', bookingBody(MONDAY_9, 4));
    expect(refused.status).to.equal(409);
    expect(refused.headers.get('content-type')).to.contain('application/problem+json');
    expect(refused.body.code).to.equal('slot-full');
  });

  it('allows one active booking per person and service', async () => {
    expect((await post('/bookings', bookingBody(MONDAY_9, 1))).status).to.equal(201);
    const again = await post('/bookings', bookingBody(`${SERVICE}_2026-07-07_0900`, 1));
    expect(again.status).to.equal(429);
    expect(again.body.code).to.equal('quota-exceeded');
    expect(again.body.detail).to.match(/active booking/);
  });

  it('allows three bookings per person and office in one week', async () => {
    const counters: Array<[string, string]> = [
      ['contenzioso-civile', 'deposito-atti'],
      ['lavoro', 'deposito-atti'],
      ['volontaria-giurisdizione', 'eredita'],
      ['dibattimento', 'copie'],
    ];
    const statuses = [];
    for (const [counter, purposeId] of counters) {
      const slotId = `tribunale-pistoia-${counter}_2026-07-08_1000`;
      statuses.push((await post('/bookings', bookingBody(slotId, 7, { purposeId }))).status);
    }
    expect(statuses).to.deep.equal([201, 201, 201, 429]);
  });

  it('answers a replayed Idempotency-Key with the first booking, and books once', async () => {
    const key = crypto.randomUUID();
    const first = await post('/bookings', bookingBody(MONDAY_9, 1), { 'Idempotency-Key': key });
    const replay = await post('/bookings', bookingBody(MONDAY_9, 1), { 'Idempotency-Key': key });
    expect(first.status).to.equal(201);
    expect(replay.status).to.equal(201);
    expect(replay.body.code).to.equal(first.body.code);
    expect(replay.body.code).to.match(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(first.body.token.length).to.be.at.least(24);
    expect(await freeAt(MONDAY_9)).to.equal(2);
  });

  it('refuses the same Idempotency-Key with another body, and a missing key', async () => {
    const key = crypto.randomUUID();
    await post('/bookings', bookingBody(MONDAY_9, 1), { 'Idempotency-Key': key });
    const reused = await post('/bookings', bookingBody(MONDAY_9, 2), { 'Idempotency-Key': key });
    expect(reused.status).to.equal(422);
    expect(reused.body.code).to.equal('idempotency-key-reused');
    const missing = await post('/bookings', bookingBody(MONDAY_9, 3), { 'Idempotency-Key': 'abc' });
    expect(missing.status).to.equal(422);
  });

  it('frees the place on cancellation and refuses a second cancellation', async () => {
    const { body: booking } = await post('/bookings', bookingBody(MONDAY_9, 1));
    expect(await freeAt(MONDAY_9)).to.equal(2);
    const cancel = () =>
      api(`/bookings/${booking.code}`, {
        method: 'DELETE',
        headers: { 'Booking-Token': booking.token },
      });
    const cancelled = await cancel();
    expect(cancelled.status).to.equal(200);
    expect(cancelled.body.status).to.equal('cancelled');
    expect(await freeAt(MONDAY_9)).to.equal(3);
    expect((await cancel()).body.code).to.equal('already-cancelled');
  });

  it('guards bookings with the token', async () => {
    const { body: booking } = await post('/bookings', bookingBody(MONDAY_9, 1));
    const read = await api(`/bookings/${booking.code}`, {
      headers: { 'Booking-Token': booking.token },
    });
    expect(read.status).to.equal(200);
    expect(read.body.token).to.equal(undefined);
    expect(read.body.holderName).to.equal(`${person(1).givenName} ${person(1).familyName}`);
    expect(read.body.holder).to.deep.equal(person(1));
    expect(read.body.start).to.equal('2026-07-06T09:00:00+02:00');
    expect(read.body.cancellableUntil).to.equal('2026-07-05T09:00:00+02:00');
    const wrong = await api(`/bookings/${booking.code}`, {
      headers: { 'Booking-Token': 'x'.repeat(32) },
    });
    expect([wrong.status, wrong.body.code]).to.deep.equal([403, 'wrong-token']);
    const unknown = await api('/bookings/ZZZZ-ZZZZ', {
      headers: { 'Booking-Token': booking.token },
    });
    expect(unknown.status).to.equal(404);
  });

  it("gives the holder's data back only to a read with the token, not to a cancellation", async () => {
    const { body: booking } = await post('/bookings', bookingBody(MONDAY_9, 1));
    const cancelled = await api(`/bookings/${booking.code}`, {
      method: 'DELETE',
      headers: { 'Booking-Token': booking.token },
    });
    expect(cancelled.body.status).to.equal('cancelled');
    expect(cancelled.body.holder).to.equal(undefined);
    expect(JSON.stringify(cancelled.body)).not.to.contain(person(1).fiscalCode);
  });

  describe('a change of date', () => {
    const TUESDAY_10 = `${SERVICE}_2026-07-07_1000`;

    /** Books MONDAY_9 for person 1, then moves it to TUESDAY_10 with these changes to the person. */
    async function bookAndReplace(changes: Record<string, string>) {
      const { body: old } = await post('/bookings', bookingBody(MONDAY_9, 1));
      const replaces = { code: old.code, token: old.token };
      const holder = { ...person(1), ...changes };
      const answer = await post('/bookings', {
        ...bookingBody(TUESDAY_10, 1, { person: holder }),
        replaces,
      });
      return { old, answer };
    }

    it('keeps the holder: the old booking is cancelled once the new one is confirmed', async () => {
      const { old, answer } = await bookAndReplace({
        givenName: ` ${person(1).givenName.toUpperCase()} `,
        familyName: person(1).familyName.toLowerCase(),
        email: 'nuova@example.it',
      });
      expect(answer.status).to.equal(201);
      const read = await api(`/bookings/${old.code}`, {
        headers: { 'Booking-Token': old.token },
      });
      expect(read.body.status).to.equal('cancelled');
      expect(await freeAt(MONDAY_9)).to.equal(3);
    });

    for (const [what, changes] of [
      ['codice fiscale', { fiscalCode: person(3).fiscalCode }],
      ['given name', { givenName: 'Giuseppe' }],
      ['family name', { familyName: 'Verdi' }],
    ] as const) {
      it(`refuses another holder (${what}) with 422 holder-changed, and keeps the old booking`, async () => {
        const { old, answer } = await bookAndReplace(changes);
        expect(answer.status).to.equal(422);
        expect(answer.headers.get('content-type')).to.contain('application/problem+json');
        expect(answer.body.code).to.equal('holder-changed');
        const read = await api(`/bookings/${old.code}`, {
          headers: { 'Booking-Token': old.token },
        });
        expect(read.body.status).to.equal('confirmed');
        expect(await freeAt(TUESDAY_10)).to.equal(3);
      });
    }
  });

  it('refuses to cancel after the deadline and reports past bookings', async () => {
    const tomorrow = `${SERVICE}_2026-07-02_0900`;
    const { body: booking } = await post('/bookings', bookingBody(tomorrow, 1));
    const late = await api(`/bookings/${booking.code}`, {
      method: 'DELETE',
      headers: { 'Booking-Token': booking.token },
    });
    expect([late.status, late.body.code]).to.deep.equal([409, 'too-late-to-cancel']);
    clock.set('2026-07-02T08:00:00Z');
    const after = await api(`/bookings/${booking.code}`, {
      headers: { 'Booking-Token': booking.token },
    });
    expect(after.body.status).to.equal('past');
  });

  it('enforces the booking window', async () => {
    const today = await post('/bookings', bookingBody(`${SERVICE}_2026-07-01_1100`, 1));
    expect([today.status, today.body.code]).to.deep.equal([422, 'outside-window']);
    const tooFar = await post('/bookings', bookingBody(`${SERVICE}_2026-08-03_0900`, 2));
    expect([tooFar.status, tooFar.body.code]).to.deep.equal([422, 'outside-window']);
  });

  it('validates the request field by field', async () => {
    const badCode = {
      ...person(1),
      fiscalCode:
        person(1).fiscalCode.slice(0, 15) + (person(1).fiscalCode.endsWith('A') ? 'B' : 'A'),
    };
    const refused = await post(
      '/bookings',
      bookingBody(MONDAY_9, 1, {
        person: badCode,
        purposeId: 'altro',
        acts: 3,
        privacyConsent: false,
      }),
    );
    expect(refused.status).to.equal(422);
    expect(refused.body.code).to.equal('validation');
    const fields = refused.body.errors.map((error: { field: string }) => error.field);
    expect(fields).to.include.members([
      'person.fiscalCode',
      'purposeText',
      'acts',
      'privacyConsent',
    ]);
    const unknownPurpose = await post('/bookings', bookingBody(MONDAY_9, 1, { purposeId: 'nope' }));
    expect(unknownPurpose.body.errors[0]).to.include({ field: 'purposeId', code: 'not-allowed' });
  });
});
