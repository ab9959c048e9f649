import type { FieldError, Problem } from './types.js';

/** What went wrong, in the terms a widget explains to a visitor. */
export type ApiErrorKind =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'aborted'
  | 'conflict'
  | 'validation'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'quota'
  | 'server'
  | 'malformed';

export interface ApiErrorDetails {
  status?: number;
  problem?: Problem;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** The one error every method of the api client throws. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status?: number;
  /** The problem's stable `code` (`slot-full`, `quota-exceeded`, ...), when the server sent one. */
  readonly code?: string;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds?: number;
  readonly problem?: Problem;

  constructor(kind: ApiErrorKind, message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status;
    this.problem = details.problem;
    this.code = details.problem?.code;
    this.fieldErrors = details.problem?.errors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/**
 * A request that got no answer: `offline` when the browser knows it has no network, else
 * `unreachable` (the court's service, or the way to it, is down: not the visitor's fault).
 */
export function networkFailureKind(): 'offline' | 'unreachable' {
  return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'unreachable';
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function kindForStatus(status: number, code?: string): ApiErrorKind {
  if (code === 'quota-exceeded') return 'quota';
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 429:
      // Without `quota-exceeded` this is a rate limit: the server is busy, not a rule broken.
      return 'server';
  }
  return status >= 500 ? 'server' : 'validation';
}

/** Turns a non-2xx answer and its parsed body into an ApiError; a body that is no problem is ignored. */
export function errorFromResponse(
  status: number,
  body: unknown,
  retryAfterSeconds?: number,
): ApiError {
  const problem = asProblem(body, status);
  const kind = kindForStatus(status, problem?.code);
  const message = problem?.title ? `${status} ${problem.title}` : `HTTP ${status}`;
  return new ApiError(kind, message, { status, problem, retryAfterSeconds });
}

function asProblem(body: unknown, status: number): Problem | undefined {
  if (!isRecord(body)) return undefined;
  const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldError) : undefined;
  return {
    ...body,
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : '',
    status: typeof body.status === 'number' ? body.status : status,
    code: typeof body.code === 'string' ? body.code : undefined,
    errors,
  };
}

function isFieldError(value: unknown): value is FieldError {
  return isRecord(value) && typeof value.field === 'string' && typeof value.code === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
