import type { CheckInVerdict } from '../../api/types.js';
import { isoDateInOffice } from '../../internal/dates.js';
import type { PassClaims } from '../../internal/pass.js';

/** What the desk shows: the server's verdicts, and "to be checked" for a typed code offline. */
export type Verdict = CheckInVerdict | 'unverified';

export type VerdictTone = 'go' | 'wait' | 'stop';

export function toneOf(verdict: Verdict): VerdictTone {
  if (verdict === 'valid') return 'go';
  if (verdict === 'too-early' || verdict === 'unverified' || verdict === 'other-day') return 'wait';
  return 'stop';
}

/**
 * The verdict a desk can reach alone from a verified pass and the office clock (Europe/Rome):
 * the server's rule, from `earlyMinutes` before the start to `lateMinutes` after the end.
 */
export function localVerdict(
  claims: PassClaims,
  at: Date,
  earlyMinutes: number,
  lateMinutes: number,
): Verdict {
  const start = Date.parse(claims.t);
  const end = Date.parse(claims.e);
  if (isoDateInOffice(at) !== isoDateInOffice(claims.t)) return 'other-day';
  if (at.getTime() < start - earlyMinutes * 60_000) return 'too-early';
  if (at.getTime() > end + lateMinutes * 60_000) return 'too-late';
  return 'valid';
}
