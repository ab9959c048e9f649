import type { Office, OfficeKind, Place } from '../src/api/types.js';
import { storeClock, type ClockOption } from './clock.js';
import { seedCaseEvents } from './data/cases.js';
import { seedCertificateConfigs } from './data/certificates.js';
import { seedOffices, UNAVAILABLE_FEED_OFFICE } from './data/offices.js';
import { loadPlaces, validOn } from './data/places.js';
import { seedServices } from './data/services.js';
import { FieldErrors, problem } from './internal/problem.js';
import { addDays, daysBetween, isIsoDate } from './internal/rome-time.js';
import * as batches from './store/batches.js';
import * as bookings from './store/bookings.js';
import { bookingWindow, dayAvailability, daySlots } from './store/calendar.js';
import * as cases from './store/cases.js';
import * as certificates from './store/certificates.js';
import * as checkIns from './store/check-ins.js';
import type { DbState } from './store/state.js';

export interface DbOptions {
  /**
   * The store's clock; "today" is its date in Europe/Rome. A function is read for every "now"; a
   * Date or a mock-now text ('2026-12-04T09:05' in Rome time, or ISO 8601 with an offset) is
   * where the clock starts, running on from there. An invalid text is ignored with a warning.
   */
  now?: ClockOption;
  /** Seed of the deterministic pre-booked places (default 1). */
  seed?: number;
  /** False leaves every slot empty, for tests that count places exactly (default true). */
  prebooked?: boolean;
}

export const MAX_AVAILABILITY_DAYS = 62;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function requireDate(errors: FieldErrors, field: string, value: string | null): value is string {
  if (!isIsoDate(value)) errors.add(field, value ? 'invalid' : 'required');
  return isIsoDate(value);
}

/** The in-memory store of the reference backend, seeded with the Florence court district. */
export function createDb(options: DbOptions = {}) {
  const now = storeClock(options.now);
  const offices = seedOffices();
  const state: DbState = {
    now,
    seed: options.seed ?? 1,
    prebooked: options.prebooked ?? true,
    offices: new Map(offices.map((office) => [office.id, office])),
    services: new Map(seedServices(offices).map((config) => [config.service.id, config])),
    certificateConfigs: new Map(seedCertificateConfigs(offices).map((c) => [c.officeId, c])),
    bookings: new Map(),
    idempotency: new Map(),
    keys: new Map(),
    certificateRequests: new Map(),
    batches: new Map(),
    favourites: new Map(),
    caseEvents: seedCaseEvents(now()),
    unavailableFeeds: new Set([UNAVAILABLE_FEED_OFFICE]),
  };

  function serviceConfig(serviceId: string) {
    const config = state.services.get(serviceId);
    if (!config) throw problem(404, 'not-found', 'No such service.');
    return config;
  }

  return {
    state,
    now,

    listOffices(filter: { kind?: OfficeKind | null; q?: string | null } = {}): Office[] {
      const q = filter.q ? fold(filter.q.trim()) : '';
      return [...state.offices.values()]
        .filter((office) => !filter.kind || office.kind === filter.kind)
        .filter((office) => !q || fold(`${office.name} ${office.town}`).includes(q))
        .sort((a, b) => a.town.localeCompare(b.town, 'it') || a.name.localeCompare(b.name, 'it'));
    },

    getOffice(officeId: string): Office {
      const office = state.offices.get(officeId);
      if (!office) throw problem(404, 'not-found', 'No such office.');
      return office;
    },

    listServices(officeId: string) {
      this.getOffice(officeId);
      return [...state.services.values()]
        .filter((config) => config.service.officeId === officeId)
        .map((config) => config.service);
    },

    getService: (serviceId: string) => serviceConfig(serviceId).service,

    getAvailability(serviceId: string, from: string | null, to: string | null) {
      const config = serviceConfig(serviceId);
      const errors = new FieldErrors();
      if (requireDate(errors, 'from', from) && requireDate(errors, 'to', to)) {
        const span = daysBetween(from, to);
        if (span < 0) errors.add('to', 'before-from');
        else if (span > MAX_AVAILABILITY_DAYS) {
          errors.add('to', 'range-too-long', `At most ${MAX_AVAILABILITY_DAYS} days after from.`);
        }
      }
      errors.throwIfAny();
      const days = Array.from({ length: daysBetween(from!, to!) + 1 }, (_, i) =>
        dayAvailability(state, config, addDays(from!, i)),
      );
      return { serviceId, window: bookingWindow(state, config), days };
    },

    listSlots(serviceId: string, date: string | null) {
      const config = serviceConfig(serviceId);
      const errors = new FieldErrors();
      requireDate(errors, 'date', date);
      errors.throwIfAny();
      return { serviceId, date: date!, slots: daySlots(state, config, date!) };
    },

    /** Loads the registry of places, which certificate requests and batches check against. */
    async loadPlaces(): Promise<void> {
      state.places ??= await loadPlaces();
    },

    async searchPlaces(query: {
      q?: string | null;
      code?: string | null;
      date?: string | null;
    }): Promise<Place[]> {
      const errors = new FieldErrors();
      const q = query.q?.trim() ?? '';
      if (!q && !query.code) errors.add('q', 'required', 'Send q or code.');
      if (q && (q.length < 2 || q.length > 60)) errors.add('q', 'invalid');
      if (query.code && !/^[A-Z]\d{3}$/.test(query.code)) errors.add('code', 'invalid');
      if (query.date && !isIsoDate(query.date)) errors.add('date', 'invalid');
      errors.throwIfAny();
      state.places ??= await loadPlaces();
      const date = query.date ?? undefined;
      if (query.code) {
        const place = state.places.byCode(query.code);
        return place && (!date || validOn(place, date)) ? [place] : [];
      }
      return state.places.search(q, date);
    },

    createBooking: bookings.createBooking.bind(null, state),
    getBooking: bookings.getBooking.bind(null, state),
    cancelBooking: bookings.cancelBooking.bind(null, state),
    getCheckInKey: checkIns.getCheckInKey.bind(null, state),
    recordCheckIn: checkIns.recordCheckIn.bind(null, state),
    getCertificateConfig: certificates.certificateConfig.bind(null, state),
    createCertificateRequest: certificates.createCertificateRequest.bind(null, state),
    certificateRequestStatus: certificates.certificateRequestStatus.bind(null, state),
    createBatch: batches.createBatch.bind(null, state),
    getBatch: batches.getBatch.bind(null, state),
    batchDocument: batches.batchDocument.bind(null, state),
    getFavourites: cases.getFavourites.bind(null, state),
    putFavourites: cases.putFavourites.bind(null, state),
    listCaseEvents: cases.listCaseEvents.bind(null, state),
  };
}

export type Db = ReturnType<typeof createDb>;
