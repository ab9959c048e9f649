import type { Language } from '../i18n/languages.js';
import { ApiError, errorFromResponse } from './errors.js';
import { createHttp, type Http, type HttpResult } from './http.js';
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

/** A client of one backend: the requests of api/operations/ go through it. */
export interface ApiClient {
  readonly baseUrl: string;
  /** The language this client asks for, with Italian as the fallback. */
  readonly language: Language;
  /** Typed requests to the contract's paths, retried and timed as ApiClientOptions say. */
  readonly http: Http;
}

/**
 * `de, it;q=0.5`: the language, then Italian, which every backend has. Only letters, spaces and
 * `,;=.` so that the header stays CORS-safelisted and a GET needs no preflight.
 */
export function acceptLanguage(language: Language): string {
  return language === 'it' ? 'it' : `${language}, it;q=0.5`;
}

export const idempotencyHeader = (key: string) => ({ 'Idempotency-Key': key });

/** A UUID v4 for the Idempotency-Key of one submission. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

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
  return { baseUrl, language, http };
}

type Shape = 'object' | 'array';

/** WebKit's `Response.json()` rejects with a DOMException named SyntaxError, not a SyntaxError. */
function isJsonSyntaxError(error: unknown): boolean {
  return (
    error instanceof SyntaxError || (error instanceof DOMException && error.name === 'SyntaxError')
  );
}

/**
 * Resolves with a body of the expected shape, or throws the ApiError that says why not: what each
 * operation of api/operations/ does with what `http` returns.
 */
export async function settle<T>(pending: Promise<HttpResult<T>>, shape: Shape): Promise<T> {
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
