import { ApiError } from './errors.js';

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random: () => number;
}

/** The longest `Retry-After` worth waiting for inside one call; a longer one is reported instead. */
export const MAX_RETRY_AFTER_MS = 30_000;

const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/** Capped exponential backoff with full jitter: anywhere between 0 and the capped exponential. */
export function backoffDelay(
  retryIndex: number,
  { baseMs, maxMs, random }: BackoffOptions,
): number {
  return random() * Math.min(maxMs, baseMs * 2 ** retryIndex);
}

/** `Retry-After` as milliseconds from now; accepts delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month; Date.parse would read bare numbers like '-3' as years.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Only requests that cannot create a second resource are repeated: reads, PUTs (which replace),
 * and writes the server deduplicates by their Idempotency-Key.
 */
export function isRepeatableRequest(request: Request): boolean {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD' || method === 'PUT') return true;
  return request.headers.has('Idempotency-Key');
}

export function abortedError(signal: AbortSignal): ApiError {
  return new ApiError('aborted', 'The request was aborted', { cause: signal.reason });
}

/** Waits, but gives up at once with an `aborted` ApiError when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortedError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
