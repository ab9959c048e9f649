import type { Booking } from '../types.js';
import { type ApiClient, type CallOptions, settle } from '../client.js';

// A booking read or cancelled with the token its receipt holds.

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
