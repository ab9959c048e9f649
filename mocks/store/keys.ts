import { newId } from '../internal/random.js';
import { generateOfficeKey, type OfficeKey } from '../internal/signing.js';
import type { DbState } from './state.js';

/**
 * Each office's check-in key pair, made on first use and kept for the life of the store. Every
 * pair has its own keyId, so that a desk holding an older key (a store started afresh) asks again.
 */
export function officeKey(state: DbState, officeId: string): Promise<OfficeKey> {
  let key = state.keys.get(officeId);
  if (!key) {
    key = generateOfficeKey(newId(`${officeId}-${romeYear(state)}`));
    state.keys.set(officeId, key);
  }
  return key;
}

function romeYear(state: DbState): string {
  return String(state.now().getUTCFullYear());
}
