/**
 * One function per operation of the backend contract, each resolving with the body or throwing
 * ApiError: `getService(api, 'uff-1')`. Functions rather than methods of the client, and one
 * module per part of the contract, so that each element's file carries the requests it makes.
 */
export * from './booking.js';
export * from './booking-token.js';
export * from './check-in.js';
export * from './certificates.js';
export * from './cases.js';
export type { CallOptions, IdempotentCallOptions } from '../client.js';
