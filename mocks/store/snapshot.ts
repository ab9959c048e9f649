import type { OfficeKey } from '../internal/signing.js';
import type { DbState } from './state.js';

/** Raised when the records' shape changes: older snapshots are then set aside. */
export const SNAPSHOT_FORMAT = 2;

/**
 * What the store learnt since it was seeded, as structured-clone data (Maps, Dates and CryptoKeys
 * survive IndexedDB as they are). The seed data (offices, services, places, case events) is not
 * in it: it comes from the code, so that a change to `mocks/data` shows without a reset.
 */
export interface StoreSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  bookings: DbState['bookings'];
  idempotency: DbState['idempotency'];
  keys: Map<string, OfficeKey>;
  certificateRequests: DbState['certificateRequests'];
  batches: DbState['batches'];
  favourites: DbState['favourites'];
}

export async function takeSnapshot(state: DbState): Promise<StoreSnapshot> {
  const keys = await Promise.all(
    [...state.keys].map(async ([officeId, key]) => [officeId, await key] as const),
  );
  return {
    format: SNAPSHOT_FORMAT,
    bookings: state.bookings,
    idempotency: state.idempotency,
    keys: new Map(keys),
    certificateRequests: state.certificateRequests,
    batches: state.batches,
    favourites: state.favourites,
  };
}

export function isSnapshot(value: unknown): value is StoreSnapshot {
  return (value as Partial<StoreSnapshot> | undefined)?.format === SNAPSHOT_FORMAT;
}

/** Puts a snapshot's records in the store; none empties them, as on a fresh start. */
export function restoreSnapshot(state: DbState, snapshot?: StoreSnapshot): void {
  state.bookings = new Map(snapshot?.bookings);
  state.idempotency = new Map(snapshot?.idempotency);
  state.keys = new Map([...(snapshot?.keys ?? [])].map(([id, key]) => [id, Promise.resolve(key)]));
  state.certificateRequests = new Map(snapshot?.certificateRequests);
  state.batches = new Map(snapshot?.batches);
  state.favourites = new Map(snapshot?.favourites);
}
