import type {
  CaseEvent,
  CertificateBatch,
  CertificateBatchRequest,
  CertificateConfig,
  Office,
  Person,
  SignedPass,
} from '../../src/api/types.js';
import type { PlaceRegistry } from '../data/places.js';
import type { CertificateRequestRecord } from './certificates.js';
import type { ServiceConfig } from '../data/services.js';
import type { OfficeKey } from '../internal/signing.js';

export interface BookingRecord {
  code: string;
  token: string;
  officeId: string;
  serviceId: string;
  slotId: string;
  date: string;
  start: Date;
  end: Date;
  purposeId: string;
  purposeText?: string;
  acts: number;
  person: Person;
  status: 'confirmed' | 'cancelled' | 'checked-in';
  createdAt: Date;
  cancelledAt?: Date;
  checkedInAt?: Date;
  checkIn: SignedPass;
}

export interface BatchRecord {
  id: string;
  officeId: string;
  request: CertificateBatchRequest;
  createdAt: Date;
  rows: CertificateBatch['rows'];
}

/** An answer kept for replays of the same Idempotency-Key. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/**
 * Everything the reference backend remembers; plain maps, gone with the page or the process
 * unless a demo keeps them (`mocks/persistence.ts`, `store/snapshot.ts`).
 */
export interface DbState {
  now: () => Date;
  seed: number;
  prebooked: boolean;
  offices: Map<string, Office>;
  services: Map<string, ServiceConfig>;
  /** The registry of comuni and foreign states, once loaded (`db.loadPlaces()`). */
  places?: PlaceRegistry;
  certificateConfigs: Map<string, CertificateConfig>;
  bookings: Map<string, BookingRecord>;
  idempotency: Map<string, StoredAnswer>;
  keys: Map<string, Promise<OfficeKey>>;
  certificateRequests: Map<string, CertificateRequestRecord>;
  batches: Map<string, BatchRecord>;
  favourites: Map<string, string[]>;
  caseEvents: CaseEvent[];
  unavailableFeeds: Set<string>;
}
