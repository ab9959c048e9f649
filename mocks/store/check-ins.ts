import type { CheckInKey, CheckInRequest, CheckInResult } from '../../src/api/types.js';
import { problem } from '../internal/problem.js';
import { romeDate, romeIso } from '../internal/rome-time.js';
import { peekPayload, verifyPass } from '../internal/signing.js';
import { toBooking } from './bookings.js';
import { officeKey } from './keys.js';
import type { BookingRecord, DbState } from './state.js';

/** The desk lets people in from 30 minutes before the start until 15 minutes after the end. */
export const EARLY_MINUTES = 30;
export const LATE_MINUTES = 15;

export async function getCheckInKey(state: DbState, officeId: string): Promise<CheckInKey> {
  if (!state.offices.has(officeId)) throw problem(404, 'not-found', 'No such office.');
  const key = await officeKey(state, officeId);
  return { keyId: key.keyId, officeId, jwk: key.publicJwk };
}

async function findByPass(
  state: DbState,
  pass: NonNullable<CheckInRequest['pass']>,
): Promise<BookingRecord | 'forged' | undefined> {
  const claimed = peekPayload(pass.payload);
  if (!claimed?.o || !state.offices.has(claimed.o)) return 'forged';
  const key = await officeKey(state, claimed.o);
  if (pass.keyId !== key.keyId) return 'forged';
  const payload = await verifyPass(key, pass);
  if (!payload) return 'forged';
  return state.bookings.get(payload.c);
}

function verdictFor(record: BookingRecord, at: Date): CheckInResult['verdict'] {
  if (record.status === 'cancelled') return 'cancelled';
  if (record.status === 'checked-in') return 'already-checked-in';
  if (romeDate(at) !== record.date) return 'other-day';
  if (at.getTime() < record.start.getTime() - EARLY_MINUTES * 60_000) return 'too-early';
  if (at.getTime() > record.end.getTime() + LATE_MINUTES * 60_000) return 'too-late';
  return 'valid';
}

export async function recordCheckIn(state: DbState, body: CheckInRequest): Promise<CheckInResult> {
  const hasPass =
    body.pass && typeof body.pass.payload === 'string' && typeof body.pass.signature === 'string';
  const hasCode = typeof body.code === 'string' && body.code.trim() !== '';
  if (!hasPass && !hasCode) {
    throw problem(422, 'validation', 'Send a scanned pass or a typed code.', [
      { field: 'code', code: 'required' },
    ]);
  }
  const at = body.scannedAt ? new Date(body.scannedAt) : state.now();
  if (Number.isNaN(at.getTime())) {
    throw problem(422, 'validation', 'scannedAt is not a date-time.', [
      { field: 'scannedAt', code: 'invalid' },
    ]);
  }
  const found = hasPass
    ? await findByPass(state, body.pass!)
    : state.bookings.get(body.code!.trim().toUpperCase());
  if (found === 'forged') return { verdict: 'forged' };
  if (!found) return { verdict: 'not-found' };
  const verdict = verdictFor(found, at);
  if (verdict === 'valid') {
    found.status = 'checked-in';
    found.checkedInAt = at;
    return { verdict, booking: toBooking(state, found), checkedInAt: romeIso(at) };
  }
  return {
    verdict,
    booking: toBooking(state, found),
    ...(found.checkedInAt ? { checkedInAt: romeIso(found.checkedInAt) } : {}),
  };
}
