import { problem, UUID_PATTERN } from '../internal/problem.js';
import type { DbState } from './state.js';

export interface Answer<T> {
  status: number;
  body: T;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function requireIdempotencyKey(key: string | null): string {
  if (!key || !UUID_PATTERN.test(key)) {
    throw problem(422, 'idempotency-key-required', 'Send a UUID in the Idempotency-Key header.');
  }
  return key;
}

/**
 * Runs a write once per key: the same key and body answer the first success again, the same key
 * with another body is refused. Failures are not kept, so a corrected retry can still succeed.
 */
export async function once<T>(
  state: DbState,
  scope: string,
  key: string | null,
  body: unknown,
  run: () => Promise<Answer<T>> | Answer<T>,
): Promise<Answer<T>> {
  const storeKey = `${scope}:${requireIdempotencyKey(key)}`;
  const fingerprint = JSON.stringify(canonical(body));
  const stored = state.idempotency.get(storeKey);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw problem(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was already used with a different request body.',
      );
    }
    return { status: stored.status, body: structuredClone(stored.body) as T };
  }
  const answer = await run();
  state.idempotency.set(storeKey, {
    fingerprint,
    status: answer.status,
    body: structuredClone(answer.body),
  });
  return answer;
}
