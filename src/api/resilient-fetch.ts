import { ApiError, networkFailureKind } from './errors.js';
import {
  MAX_RETRY_AFTER_MS,
  abortedError,
  backoffDelay,
  isRepeatableRequest,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
} from './retry.js';

export interface ResilienceOptions {
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  fetch: typeof fetch;
  random: () => number;
}

type Attempt = { response: Response } | { error: ApiError };

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A fetch that times out each attempt and retries transient failures of repeatable requests.
 * The caller's abort travels on `request.signal`; it throws `ApiError` for aborts, timeouts and
 * network failures, and otherwise resolves with the last response, its body already read.
 */
export function createResilientFetch(
  options: ResilienceOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const callerSignal = request.signal;
    if (callerSignal.aborted) throw abortedError(callerSignal);
    // Decided by method: Firefox has no `Request.prototype.body` to tell whether one exists.
    const body = hasNoBody(request) ? null : await request.clone().arrayBuffer();
    const repeatable = isRepeatableRequest(request);

    for (let retryIndex = 0; ; retryIndex++) {
      const attempt = await attemptOnce(request, body, options);
      const isLast = !repeatable || retryIndex >= options.retries;
      if ('error' in attempt) {
        if (attempt.error.kind === 'aborted' || isLast) throw attempt.error;
        await sleep(backoffDelay(retryIndex, backoff(options)), callerSignal);
        continue;
      }
      const { response } = attempt;
      if (isLast || !(await shouldRetryResponse(response))) return response;
      const waitMs = retryWait(response, retryIndex, options);
      if (waitMs === undefined) return response;
      await sleep(waitMs, callerSignal);
    }
  };
}

async function attemptOnce(
  request: Request,
  body: ArrayBuffer | null,
  { fetch: fetchImpl, timeoutMs }: ResilienceOptions,
): Promise<Attempt> {
  const callerSignal = request.signal;
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort(new DOMException('The request timed out', 'TimeoutError'));
  }, timeoutMs);
  const forwardAbort = () => attempt.abort(callerSignal.reason);
  callerSignal.addEventListener('abort', forwardAbort);
  // WebKit does not always end a fetch whose signal aborts (a request copied with a new signal
  // and answered by a service worker can wait on): the attempt ends on its own abort, whatever
  // the fetch does.
  const abandoned = new Promise<never>((_, reject) => {
    const onAbort = () => reject(attempt.signal.reason as Error);
    attempt.signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const sent = fetchImpl(new Request(request, { body, signal: attempt.signal }));
    const response = await Promise.race([sent, abandoned]);
    // Reading the body inside the attempt puts it under the same timeout and retry rules.
    const bytes = await Promise.race([response.arrayBuffer(), abandoned]);
    return { response: withBody(response, bytes) };
  } catch (error) {
    if (callerSignal.aborted) return { error: abortedError(callerSignal) };
    if (timedOut) {
      return {
        error: new ApiError('timeout', 'The server did not answer in time', { cause: error }),
      };
    }
    const kind = networkFailureKind();
    return { error: new ApiError(kind, 'The server could not be reached', { cause: error }) };
  } finally {
    clearTimeout(timer);
    callerSignal.removeEventListener('abort', forwardAbort);
  }
}

function hasNoBody(request: Request): boolean {
  const method = request.method.toUpperCase();
  return method === 'GET' || method === 'HEAD';
}

function withBody(response: Response, bytes: ArrayBuffer): Response {
  const { status, statusText, headers } = response;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : bytes, {
    status,
    statusText,
    headers,
  });
}

async function shouldRetryResponse(response: Response): Promise<boolean> {
  if (!isRetryableStatus(response.status)) return false;
  if (response.status !== 429) return true;
  // A 429 for a business quota (one booking per person) does not clear by waiting.
  const problem: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return !(
    typeof problem === 'object' &&
    problem !== null &&
    'code' in problem &&
    problem.code === 'quota-exceeded'
  );
}

function retryWait(
  response: Response,
  retryIndex: number,
  options: ResilienceOptions,
): number | undefined {
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  if (retryAfterMs === undefined) return backoffDelay(retryIndex, backoff(options));
  return retryAfterMs <= MAX_RETRY_AFTER_MS ? retryAfterMs : undefined;
}

function backoff({ retryBaseMs, retryMaxMs, random }: ResilienceOptions) {
  return { baseMs: retryBaseMs, maxMs: retryMaxMs, random };
}
