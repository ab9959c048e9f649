import type { CheckInKey, CheckInRequest, CheckInResult } from '../types.js';
import {
  type ApiClient,
  type CallOptions,
  type IdempotentCallOptions,
  idempotencyHeader,
  settle,
} from '../client.js';

// The entrance desk: the office's pass key and the check-ins.

export function getCheckInKey(
  api: ApiClient,
  officeId: string,
  { signal }: CallOptions = {},
): Promise<CheckInKey> {
  return settle(
    api.http('get', '/offices/{officeId}/check-in-key', { path: { officeId }, signal }),
    'object',
  );
}

export function recordCheckIn(
  api: ApiClient,
  body: CheckInRequest,
  { idempotencyKey, signal }: IdempotentCallOptions,
): Promise<CheckInResult> {
  return settle(
    api.http('post', '/check-ins', { headers: idempotencyHeader(idempotencyKey), body, signal }),
    'object',
  );
}
