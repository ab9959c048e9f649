import type { Language } from '../i18n/languages.js';
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
import { ApiError, errorFromResponse } from './errors.js';
import { createHttp, type HttpResult } from './http.js';
import { createResilientFetch } from './resilient-fetch.js';
import { parseRetryAfter } from './retry.js';

export interface ApiClientOptions {
  /** The api-base; a trailing slash is tolerated. */
  baseUrl: string;
  /** The language asked for the office data (counter names, purposes, …); default `it`. */
  language?: Language;
  /** Whether cookies go with the requests; default `same-origin`. */
  credentials?: RequestCredentials;
  /** Returns a token sent as `Authorization: Bearer`, when the host site uses tokens. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** Time allowed to each attempt, body included; default 15000. */
  timeoutMs?: number;
  /** Extra attempts after the first, for requests that may be repeated; default 3. */
  retries?: number;
  /** First backoff step; default 400. */
  retryBaseMs?: number;
  /** Longest backoff step; default 8000. */
  retryMaxMs?: number;
  fetch?: typeof fetch;
  /** Source of jitter in [0, 1); default Math.random. */
  random?: () => number;
}

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

/** One method per operation of the backend contract; each resolves with the body or throws ApiError. */
export interface ApiClient {
  readonly baseUrl: string;
  /** The language this client asks for, with Italian as the fallback. */
  readonly language: Language;
  listOffices(query?: OfficeQuery, options?: CallOptions): Promise<Office[]>;
  getOffice(officeId: string, options?: CallOptions): Promise<Office>;
  listServices(officeId: string, options?: CallOptions): Promise<Service[]>;
  getService(serviceId: string, options?: CallOptions): Promise<Service>;
  getAvailability(
    serviceId: string,
    from: string,
    to: string,
    options?: CallOptions,
  ): Promise<Availability>;
  listSlots(serviceId: string, date: string, options?: CallOptions): Promise<DaySlots>;
  createBooking(body: BookingRequest, options: IdempotentCallOptions): Promise<Booking>;
  getBooking(code: string, token: string, options?: CallOptions): Promise<Booking>;
  cancelBooking(code: string, token: string, options?: CallOptions): Promise<Booking>;
  getCheckInKey(officeId: string, options?: CallOptions): Promise<CheckInKey>;
  recordCheckIn(body: CheckInRequest, options: IdempotentCallOptions): Promise<CheckInResult>;
  getCertificateConfig(officeId: string, options?: CallOptions): Promise<CertificateConfig>;
  searchPlaces(query: PlaceQuery, options?: CallOptions): Promise<Place[]>;
  createCertificateRequest(
    body: CertificateRequest,
    options: IdempotentCallOptions,
  ): Promise<CertificateRequestReceipt>;
  createCertificateBatch(
    body: CertificateBatchRequest,
    options: IdempotentCallOptions,
  ): Promise<CertificateBatch>;
  getCertificateBatch(batchId: string, options?: CallOptions): Promise<CertificateBatch>;
  /** The address of a returned certificate PDF, for a link; nothing is fetched. */
  documentUrl(batchId: string, row: number): string;
  getFavouriteOffices(options?: CallOptions): Promise<FavouriteOffices>;
  putFavouriteOffices(body: FavouriteOffices, options?: CallOptions): Promise<FavouriteOffices>;
  listCaseEvents(query: CaseEventQuery, options?: CallOptions): Promise<CaseEventPage>;
}

/**
 * `de, it;q=0.5`: the language, then Italian, which every backend has. Only letters, spaces and
 * `,;=.` so that the header stays CORS-safelisted and a GET needs no preflight.
 */
export function acceptLanguage(language: Language): string {
  return language === 'it' ? 'it' : `${language}, it;q=0.5`;
}

/** A UUID v4 for the Idempotency-Key of one submission. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

type Shape = 'object' | 'array';

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const language = options.language ?? 'it';
  const resilientFetch = createResilientFetch({
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 400,
    retryMaxMs: options.retryMaxMs ?? 8_000,
    // Looked up per call so that a fetch patched after creation (mocks, polyfills) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    random: options.random ?? Math.random,
  });
  const { getToken } = options;
  const http = createHttp({
    baseUrl,
    credentials: options.credentials ?? 'same-origin',
    headers: { 'Accept-Language': acceptLanguage(language) },
    fetch: resilientFetch,
    prepare: getToken
      ? async (request) => {
          const token = await getToken();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        }
      : undefined,
  });
  const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

  return {
    baseUrl,
    language,
    listOffices: (query, { signal } = {}) =>
      settle(http('get', '/offices', { query, signal }), 'array'),
    getOffice: (officeId, { signal } = {}) =>
      settle(http('get', '/offices/{officeId}', { path: { officeId }, signal }), 'object'),
    listServices: (officeId, { signal } = {}) =>
      settle(http('get', '/offices/{officeId}/services', { path: { officeId }, signal }), 'array'),
    getService: (serviceId, { signal } = {}) =>
      settle(http('get', '/services/{serviceId}', { path: { serviceId }, signal }), 'object'),
    getAvailability: (serviceId, from, to, { signal } = {}) =>
      settle(
        http('get', '/services/{serviceId}/availability', {
          path: { serviceId },
          query: { from, to },
          signal,
        }),
        'object',
      ),
    listSlots: (serviceId, date, { signal } = {}) =>
      settle(
        http('get', '/services/{serviceId}/slots', {
          path: { serviceId },
          query: { date },
          signal,
        }),
        'object',
      ),
    createBooking: (body, { idempotencyKey, signal }) =>
      settle(http('post', '/bookings', { headers: key(idempotencyKey), body, signal }), 'object'),
    getBooking: (code, token, { signal } = {}) =>
      settle(
        http('get', '/bookings/{code}', {
          path: { code },
          headers: { 'Booking-Token': token },
          signal,
        }),
        'object',
      ),
    cancelBooking: (code, token, { signal } = {}) =>
      settle(
        http('delete', '/bookings/{code}', {
          path: { code },
          headers: { 'Booking-Token': token },
          signal,
        }),
        'object',
      ),
    getCheckInKey: (officeId, { signal } = {}) =>
      settle(
        http('get', '/offices/{officeId}/check-in-key', { path: { officeId }, signal }),
        'object',
      ),
    recordCheckIn: (body, { idempotencyKey, signal }) =>
      settle(http('post', '/check-ins', { headers: key(idempotencyKey), body, signal }), 'object'),
    getCertificateConfig: (officeId, { signal } = {}) =>
      settle(http('get', '/certificates/config', { query: { officeId }, signal }), 'object'),
    searchPlaces: (query, { signal } = {}) =>
      settle(http('get', '/places', { query, signal }), 'array'),
    createCertificateRequest: (body, { idempotencyKey, signal }) =>
      settle(
        http('post', '/certificate-requests', {
          headers: key(idempotencyKey),
          body,
          signal,
        }),
        'object',
      ),
    createCertificateBatch: (body, { idempotencyKey, signal }) =>
      settle(
        http('post', '/certificate-batches', {
          headers: key(idempotencyKey),
          body,
          signal,
        }),
        'object',
      ),
    getCertificateBatch: (batchId, { signal } = {}) =>
      settle(
        http('get', '/certificate-batches/{batchId}', { path: { batchId }, signal }),
        'object',
      ),
    documentUrl: (batchId, row) =>
      `${baseUrl}/certificate-batches/${encodeURIComponent(batchId)}/rows/${encodeURIComponent(row)}/document`,
    getFavouriteOffices: ({ signal } = {}) =>
      settle(http('get', '/me/favourite-offices', { signal }), 'object'),
    putFavouriteOffices: (body, { signal } = {}) =>
      settle(http('put', '/me/favourite-offices', { body, signal }), 'object'),
    listCaseEvents: (query, { signal } = {}) =>
      settle(http('get', '/me/case-events', { query, signal }), 'object'),
  };
}

/** WebKit's `Response.json()` rejects with a DOMException named SyntaxError, not a SyntaxError. */
function isJsonSyntaxError(error: unknown): boolean {
  return (
    error instanceof SyntaxError || (error instanceof DOMException && error.name === 'SyntaxError')
  );
}

/** Resolves with a body of the expected shape, or throws the ApiError that says why not. */
async function settle<T>(pending: Promise<HttpResult<T>>, shape: Shape): Promise<T> {
  let result: HttpResult<T>;
  try {
    result = await pending;
  } catch (error) {
    if (isJsonSyntaxError(error)) {
      throw new ApiError('malformed', 'The server sent a body that is not JSON', { cause: error });
    }
    throw error;
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    const retryAfterSeconds =
      retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
    throw errorFromResponse(response.status, error, retryAfterSeconds);
  }
  const fits =
    shape === 'array'
      ? Array.isArray(data)
      : typeof data === 'object' && data !== null && !Array.isArray(data);
  if (!fits) {
    throw new ApiError('malformed', `The server sent no JSON ${shape} where one was expected`, {
      status: response.status,
    });
  }
  return data as T;
}
