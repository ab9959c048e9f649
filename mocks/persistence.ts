import { getResponse, http, type HttpHandler } from 'msw';
import type { Db } from './db.js';
import { isSnapshot, restoreSnapshot, takeSnapshot } from './store/snapshot.js';

/**
 * Keeps a store's records in the page origin's IndexedDB, so that every page of a demo site talks
 * to one reference backend: read at start, written after each request that changes them, read
 * again when another page (or tab) of the same origin wrote. Browser only, and opt-in:
 * `startMockWorker({ persist: 'sportello-demo' })`. Demo data only: the records hold what visitors
 * type into the widgets.
 */
export interface Persistence {
  /** Writes the records now. */
  save(): Promise<void>;
  /** Reads the records again if another page wrote or cleared them since. */
  catchUp(): Promise<void>;
  /** Empties the records, here, in the kept copy and in the other pages: a fresh start. */
  clear(): Promise<void>;
  close(): void;
}

const OBJECT_STORE = 'records';
const RECORD_KEY = 'store';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const request = indexedDB.open(name, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(OBJECT_STORE);
  return settle(request).then((database) => {
    // Another version of the demo wants the database: let it, this page is going away.
    database.onversionchange = () => database.close();
    return database;
  });
}

function write(database: IDBDatabase, run: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(OBJECT_STORE, 'readwrite');
    run(transaction.objectStore(OBJECT_STORE));
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () =>
      reject(transaction.error ?? new Error('IndexedDB write failed'));
  });
}

async function read(database: IDBDatabase): Promise<unknown> {
  const transaction = database.transaction(OBJECT_STORE, 'readonly');
  return settle(transaction.objectStore(OBJECT_STORE).get(RECORD_KEY));
}

/**
 * Restores the records kept under `name` into the store and keeps them there from now on.
 * Undefined, with a warning, where IndexedDB is unavailable: the store then lives in memory.
 */
export async function persistDb(db: Db, name: string): Promise<Persistence | undefined> {
  let database: IDBDatabase;
  try {
    database = await openDatabase(name);
    const kept = await read(database);
    if (kept !== undefined && !isSnapshot(kept)) {
      console.warn('Sportello reference server: kept data of an older format set aside.');
    }
    restoreSnapshot(db.state, isSnapshot(kept) ? kept : undefined);
  } catch (error) {
    console.warn('Sportello reference server: data kept in memory only.', error);
    return undefined;
  }
  const channel = new BroadcastChannel(`${name}:changed`);
  let stale = false;
  // A clear makes a new generation: a save begun before it must not bring the records back.
  let generation = 0;
  channel.onmessage = () => (stale = true);

  return {
    async save() {
      const started = generation;
      const snapshot = await takeSnapshot(db.state);
      if (started !== generation) return;
      await write(database, (store) => store.put(snapshot, RECORD_KEY));
      channel.postMessage('saved');
    },
    async catchUp() {
      if (!stale) return;
      stale = false;
      const kept = await read(database);
      restoreSnapshot(db.state, isSnapshot(kept) ? kept : undefined);
    },
    async clear() {
      generation += 1;
      restoreSnapshot(db.state);
      await write(database, (store) => store.delete(RECORD_KEY));
      channel.postMessage('cleared');
    },
    close() {
      channel.close();
      database.close();
    },
  };
}

/** Forgets the records kept under `name`, for a page that runs no reference server itself. */
export async function clearPersistedDb(name: string): Promise<void> {
  const database = await openDatabase(name);
  try {
    await write(database, (store) => store.delete(RECORD_KEY));
  } finally {
    database.close();
  }
  const channel = new BroadcastChannel(`${name}:changed`);
  channel.postMessage('cleared');
  channel.close();
}

/**
 * The handler set behind one handler that reads the records again when another page wrote, and
 * writes them before answering a request that may have changed them: a page that navigates as
 * soon as it has the answer loses nothing. A read changes the store when it makes an office's key.
 */
export function persistedHandlers(
  db: Db,
  persistence: Persistence,
  handlers: HttpHandler[],
  baseUrl: string,
): HttpHandler[] {
  const prefix = baseUrl.replace(/\/+$/, '');
  return [
    http.all(`${prefix}/*`, async ({ request }) => {
      await persistence.catchUp();
      const keys = db.state.keys.size;
      const response = await getResponse(handlers, request);
      if (response && (!READS.has(request.method) || db.state.keys.size !== keys)) {
        await persistence.save().catch((error: unknown) => {
          console.warn('Sportello reference server: could not keep the data.', error);
        });
      }
      return response;
    }),
  ];
}
