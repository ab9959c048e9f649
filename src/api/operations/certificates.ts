import type { operations } from '../schema.js';
import type {
  CertificateBatch,
  CertificateBatchRequest,
  CertificateConfig,
  CertificateRequest,
  CertificateRequestReceipt,
  CertificateRequestStatus,
  Place,
} from '../types.js';
import {
  type ApiClient,
  type CallOptions,
  type IdempotentCallOptions,
  idempotencyHeader,
  settle,
} from '../client.js';

// Criminal-record certificates: the office's offer, places of birth, requests and batches.

export type PlaceQuery = NonNullable<operations['searchPlaces']['parameters']['query']>;

export function getCertificateConfig(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<CertificateConfig> {
  return settle(api.http('get', '/certificates/config', { query: { officeId }, signal }), 'object');
}

/**
 * Places by name or code, valid at a date: sent in a POST body, so that a date of birth next to
 * a birthplace never stands in a URL (`GET /places` carries them in its query).
 */
export function searchPlaces(
  api: ApiClient,
  query: PlaceQuery,
  { signal }: CallOptions = {},
): Promise<Place[]> {
  return settle(api.http('post', '/places/search', { body: query, signal }), 'array');
}

export function createCertificateRequest(
  api: ApiClient,
  body: CertificateRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CertificateRequestReceipt> {
  return settle(
    api.http('post', '/certificate-requests', {
      headers: idempotencyHeader(idempotencyKey),
      body,
      signal,
    }),
    'object',
  );
}

/** A request's status, by its number and the holder's date of birth (sent in the body, not the URL). */
export function getCertificateRequestStatus(
  api: ApiClient,
  number: string,
  birthDate: string,
  { signal }: CallOptions = {},
): Promise<CertificateRequestStatus> {
  return settle(
    api.http('post', '/certificate-requests/{number}/status', {
      path: { number },
      body: { birthDate },
      signal,
    }),
    'object',
  );
}

export function createCertificateBatch(
  api: ApiClient,
  body: CertificateBatchRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CertificateBatch> {
  return settle(
    api.http('post', '/certificate-batches', {
      headers: idempotencyHeader(idempotencyKey),
      body,
      signal,
    }),
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
