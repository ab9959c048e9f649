import { generateOfficeKey, type OfficeKey } from '../internal/signing.js';
import type { DbState } from './state.js';

/** Each office's check-in key pair, made on first use and kept for the life of the store. */
export function officeKey(state: DbState, officeId: string): Promise<OfficeKey> {
  let key = state.keys.get(officeId);
  if (!key) {
    key = generateOfficeKey(`${officeId}-${romeYear(state)}`);
    state.keys.set(officeId, key);
  }
  return key;
}

function romeYear(state: DbState): string {
  return String(state.now().getUTCFullYear());
}
