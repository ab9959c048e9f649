import type { CheckInKey } from '../../api/types.js';

/** The office's public key is no secret and no personal data: kept for use without network. */
const storageKey = (officeId: string) => `sportello-check-in-key:${officeId}`;

export function loadKey(officeId: string): CheckInKey | undefined {
  try {
    const key = JSON.parse(localStorage.getItem(storageKey(officeId)) ?? 'null') as CheckInKey;
    return key?.officeId === officeId && key.jwk ? key : undefined;
  } catch {
    return undefined;
  }
}

export function saveKey(key: CheckInKey): void {
  try {
    localStorage.setItem(storageKey(key.officeId), JSON.stringify(key));
  } catch {
    // Storage refused: the key stays in memory for this page.
  }
}
