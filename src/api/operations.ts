import type { operations } from './schema.js';
import type {
  Availability,
  Booking,
  BookingRequest,
  CaseEventPage,
  CertificateBatch,
  CertificateBatchRequest,
  CertificateConfig,
  CertificateRequest,
  CertificateRequestReceipt,
  CheckInKey,
  CheckInRequest,
  CheckInResult,
  DaySlots,
  FavouriteOffices,
  Office,
  Place,
  Service,
} from './types.js';
import { settle, type ApiClient } from './client.js';

/**
 * One function per operation of the backend contract, each resolving with the body or throwing
 * ApiError: `getService(api, 'uff-1')`. Functions rather than methods of the client, so that
 * each element's file carries the operations it calls and no other.
 */

export interface CallOptions {
  signal?: AbortSignal;
}

export interface IdempotentCallOptions extends CallOptions {
  /** The same key for every retry of one submission, a new one for a new submission. */
  idempotencyKey: string;
}

export type OfficeQuery = NonNullable<operations['listOffices']['parameters']['query']>;
export type PlaceQuery = NonNullable<operations['searchPlaces']['parameters']['query']>;
export type CaseEventQuery = operations['listCaseEvents']['parameters']['query'];

const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

export function listOffices(
  api: ApiClient,
  query?: OfficeQuery,
  { signal }: CallOptions = {},
): Promise<Office[]> {
  return settle(api.http('get', '/offices', { query, signal }), 'array');
}

export function getOffice(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<Office> {
  return settle(api.http('get', '/offices/{officeId}', { path: { officeId }, signal }), 'object');
}

export function listServices(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<Service[]> {
  return settle(
    api.http('get', '/offices/{officeId}/services', { path: { officeId }, signal }),
    'array',
  );
}

export function getService(
  api: ApiClient,
  serviceId: string,
  { signal }: CallOptions = {},
): Promise<Service> {
  return settle(
    api.http('get', '/services/{serviceId}', { path: { serviceId }, signal }),
    'object',
  );
}

export function getAvailability(
  api: ApiClient,
  serviceId: string,
  from: string,
  to: string,
  { signal }: CallOptions = {},
): Promise<Availability> {
  return settle(
    api.http('get', '/services/{serviceId}/availability', {
      path: { serviceId },
      query: { from, to },
      signal,
    }),
    'object',
  );
}

export function listSlots(
  api: ApiClient,
  serviceId: string,
  date: string,
  { signal }: CallOptions = {},
): Promise<DaySlots> {
  return settle(
    api.http('get', '/services/{serviceId}/slots', {
      path: { serviceId },
      query: { date },
      signal,
    }),
    'object',
  );
}

export function createBooking(
  api: ApiClient,
  body: BookingRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<Booking> {
  return settle(
    api.http('post', '/bookings', { headers: key(idempotencyKey), body, signal }),
    'object',
  );
}

export function getBooking(
  api: ApiClient,
  code: string,
  token: string,
  { signal }: CallOptions = {},
): Promise<Booking> {
  return settle(
    api.http('get', '/bookings/{code}', {
      path: { code },
      headers: { 'Booking-Token': token },
      signal,
    }),
    'object',
  );
}

export function cancelBooking(
  api: ApiClient,
  code: string,
  token: string,
  { signal }: CallOptions = {},
): Promise<Booking> {
  return settle(
    api.http('delete', '/bookings/{code}', {
      path: { code },
      headers: { 'Booking-Token': token },
      signal,
    }),
    'object',
  );
}

export function getCheckInKey(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<CheckInKey> {
  return settle(
    api.http('get', '/offices/{officeId}/check-in-key', { path: { officeId }, signal }),
    'object',
  );
}

export function recordCheckIn(
  api: ApiClient,
  body: CheckInRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CheckInResult> {
  return settle(
    api.http('post', '/check-ins', { headers: key(idempotencyKey), body, signal }),
    'object',
  );
}

export function getCertificateConfig(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<CertificateConfig> {
  return settle(api.http('get', '/certificates/config', { query: { officeId }, signal }), 'object');
}

export function searchPlaces(
  api: ApiClient,
  query: PlaceQuery,
  { signal }: CallOptions = {},
): Promise<Place[]> {
  return settle(api.http('get', '/places', { query, signal }), 'array');
}

export function createCertificateRequest(
  api: ApiClient,
  body: CertificateRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CertificateRequestReceipt> {
  return settle(
    api.http('post', '/certificate-requests', { headers: key(idempotencyKey), body, signal }),
    'object',
  );
}

export function createCertificateBatch(
  api: ApiClient,
  body: CertificateBatchRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CertificateBatch> {
  return settle(
    api.http('post', '/certificate-batches', { headers: key(idempotencyKey), body, signal }),
    'object',
  );
}

export function getCertificateBatch(
  api: ApiClient,
  batchId: string,
  { signal }: CallOptions = {},
): Promise<CertificateBatch> {
  return settle(
    api.http('get', '/certificate-batches/{batchId}', { path: { batchId }, signal }),
    'object',
  );
}

/** The address of a returned certificate PDF, for a link; nothing is fetched. */
export function documentUrl(api: ApiClient, batchId: string, row: number): string {
  const encode = encodeURIComponent;
  return `${api.baseUrl}/certificate-batches/${encode(batchId)}/rows/${encode(row)}/document`;
}

export function getFavouriteOffices(
  api: ApiClient,
  { signal }: CallOptions = {},
): Promise<FavouriteOffices> {
  return settle(api.http('get', '/me/favourite-offices', { signal }), 'object');
}

export function putFavouriteOffices(
  api: ApiClient,
  body: FavouriteOffices,
  { signal }: CallOptions = {},
): Promise<FavouriteOffices> {
  return settle(api.http('put', '/me/favourite-offices', { body, signal }), 'object');
}

export function listCaseEvents(
  api: ApiClient,
  query: CaseEventQuery,
  { signal }: CallOptions = {},
): Promise<CaseEventPage> {
  return settle(api.http('get', '/me/case-events', { query, signal }), 'object');
}
