import type { operations } from '../schema.js';
import type { CaseEventPage, FavouriteOffices } from '../types.js';
import { type ApiClient, type CallOptions, settle } from '../client.js';

// A citizen's favourite offices and the events on their cases.

export type CaseEventQuery = operations['listCaseEvents']['parameters']['query'];

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
