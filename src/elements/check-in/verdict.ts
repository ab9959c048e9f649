import type { CheckInVerdict } from '../../api/types.js';
import { isoDateInOffice } from '../../internal/dates.js';
import type { PassClaims } from '../../internal/pass.js';

/** What the desk shows: the server's verdicts, and "to be checked" for a typed code offline. */
export type Verdict = CheckInVerdict | 'unverified';

/** What the server finally said of a check-in queued offline; 'refused' when it would not take it. */
export type FinalVerdict = CheckInVerdict | 'refused';

export type VerdictTone = 'go' | 'wait' | 'stop';

/**
 * Offline, the desk lets in a verified pass that is valid now, or (staff deciding) a typed code
 * it cannot check: only these wait to be recorded. Every other verdict turns the person away.
 */
export function letsIn(verdict: Verdict): boolean {
  return verdict === 'valid' || verdict === 'unverified';
}

export function toneOf(verdict: Verdict | FinalVerdict): VerdictTone {
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
