import { expect } from '@open-wc/testing';
import { api, bookingBody, createClock, post, STAFF, useMockApi } from './setup.js';

const SLOT = 'tribunale-pistoia-contenzioso-civile_2026-07-06_0900';

function fromBase64Url(text: string) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) =>
    c.charCodeAt(0),
  );
}

function toBase64Url(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('reference server: check-in', () => {
  let clock: ReturnType<typeof createClock>;
  let booking: any;

  beforeEach(async () => {
    clock = createClock('2026-07-01T08:00:00Z');
    await useMockApi({ now: clock.now, prebooked: false });
    booking = (await post('/bookings', bookingBody(SLOT, 1))).body;
  });

  it('signs the pass with a key that the public JWK verifies', async () => {
    const { body: key } = await api('/offices/tribunale-pistoia/check-in-key');
    expect(key.jwk).to.include({ kty: 'EC', crv: 'P-256' });
    expect(booking.checkIn.keyId).to.equal(key.keyId);
    const payloadBytes = fromBase64Url(booking.checkIn.payload);
    expect(JSON.parse(new TextDecoder().decode(payloadBytes))).to.deep.equal({
      v: 1,
      c: booking.code,
      o: 'tribunale-pistoia',
      s: 'tribunale-pistoia-contenzioso-civile',
      t: '2026-07-06T09:00:00+02:00',
      e: '2026-07-06T09:20:00+02:00',
    });
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      key.jwk,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const signature = fromBase64Url(booking.checkIn.signature);
    expect(signature.length).to.equal(64);
    const verify = (data: Uint8Array<ArrayBuffer>) =>
      crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature, data);
    expect(await verify(payloadBytes)).to.equal(true);
    expect(await verify(new TextEncoder().encode('{"v":1}'))).to.equal(false);
  });

  it('calls a tampered pass forged', async () => {
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(booking.checkIn.payload)));
    const tampered = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ ...claims, t: '2026-07-06T11:00:00+02:00' })),
    );
    const { body } = await post(
      '/check-ins',
      { pass: { ...booking.checkIn, payload: tampered } },
      STAFF,
    );
    expect(body).to.deep.equal({ verdict: 'forged' });
  });

  it('judges the time of arrival and records one check-in', async () => {
    const scan = (scannedAt: string) =>
      post('/check-ins', { pass: booking.checkIn, scannedAt }, STAFF);
    expect((await scan('2026-07-05T09:00:00+02:00')).body.verdict).to.equal('other-day');
    expect((await scan('2026-07-06T08:20:00+02:00')).body.verdict).to.equal('too-early');
    expect((await scan('2026-07-06T09:40:00+02:00')).body.verdict).to.equal('too-late');
    const valid = await scan('2026-07-06T08:45:00+02:00');
    expect(valid.body.verdict).to.equal('valid');
    expect(valid.body.booking.status).to.equal('checked-in');
    expect((await scan('2026-07-06T08:50:00+02:00')).body.verdict).to.equal('already-checked-in');
  });

  it('looks up typed codes and is idempotent by key', async () => {
    const key = { ...STAFF, 'Idempotency-Key': crypto.randomUUID() };
    const body = { code: booking.code.toLowerCase(), scannedAt: '2026-07-06T09:05:00+02:00' };
    expect((await post('/check-ins', body, key)).body.verdict).to.equal('valid');
    expect((await post('/check-ins', body, key)).body.verdict).to.equal('valid');
    expect((await post('/check-ins', body, STAFF)).body.verdict).to.equal('already-checked-in');
    expect((await post('/check-ins', { code: 'ZZZZ-ZZZZ' }, STAFF)).body.verdict).to.equal(
      'not-found',
    );
  });

  it('reports cancelled bookings', async () => {
    await api(`/bookings/${booking.code}`, {
      method: 'DELETE',
      headers: { 'Booking-Token': booking.token },
    });
    expect((await post('/check-ins', { code: booking.code }, STAFF)).body.verdict).to.equal(
      'cancelled',
    );
  });

  it('answers 401 without a session, and accepts the session cookie', async () => {
    const anonymous = await post('/check-ins', { code: booking.code });
    expect([anonymous.status, anonymous.body.code]).to.deep.equal([401, 'unauthorized']);
    document.cookie = 'sportello_session=desk-cookie; path=/';
    try {
      expect((await post('/check-ins', { code: booking.code })).status).to.equal(200);
    } finally {
      document.cookie = 'sportello_session=; path=/; max-age=0';
    }
  });
});
