import type { operations } from '../schema.js';
import type { Availability, Booking, BookingRequest, DaySlots, Office, Service } from '../types.js';
import {
  type ApiClient,
  type CallOptions,
  type IdempotentCallOptions,
  idempotencyHeader,
  settle,
} from '../client.js';

// The booking flow: offices, their counters, free days and times, and the booking itself.

export type OfficeQuery = NonNullable<operations['listOffices']['parameters']['query']>;

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
    api.http('post', '/bookings', { headers: idempotencyHeader(idempotencyKey), body, signal }),
    'object',
  );
}
