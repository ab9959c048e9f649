import { expect } from '@open-wc/testing';
import { isApiError } from '../../src/api/errors.js';
import {
  backoffDelay,
  isRepeatableRequest,
  isRetryableStatus,
  parseRetryAfter,
  sleep,
} from '../../src/api/retry.js';

describe('retry policy', () => {
  describe('backoffDelay', () => {
    const options = (value: number) => ({ baseMs: 400, maxMs: 8000, random: () => value });

    it('spans zero to the exponential step (full jitter)', () => {
      expect([0, 1, 2, 3].map((index) => backoffDelay(index, options(0)))).to.deep.equal([
        0, 0, 0, 0,
      ]);
      expect([0, 1, 2, 3].map((index) => backoffDelay(index, options(1)))).to.deep.equal([
        400, 800, 1600, 3200,
      ]);
      expect(backoffDelay(2, options(0.25))).to.equal(400);
    });

    it('caps the step at maxMs', () => {
      expect(backoffDelay(5, options(1))).to.equal(8000);
      expect(backoffDelay(30, options(0.5))).to.equal(4000);
    });

    it('stays within bounds for any random draw', () => {
      for (let index = 0; index < 8; index++) {
        const delay = backoffDelay(index, { baseMs: 400, maxMs: 8000, random: Math.random });
        expect(delay).to.be.within(0, Math.min(8000, 400 * 2 ** index));
      }
    });
  });

  describe('parseRetryAfter', () => {
    it('reads delta-seconds as milliseconds', () => {
      expect(parseRetryAfter('1')).to.equal(1000);
      expect(parseRetryAfter(' 120 ')).to.equal(120_000);
    });

    it('reads an HTTP date relative to now, never negative', () => {
      const now = Date.parse('Tue, 10 Mar 2026 09:00:00 GMT');
      expect(parseRetryAfter('Tue, 10 Mar 2026 09:00:05 GMT', now)).to.equal(5000);
      expect(parseRetryAfter('Tue, 10 Mar 2026 08:00:00 GMT', now)).to.equal(0);
    });

    it('ignores what it cannot read', () => {
      expect(parseRetryAfter(null)).to.equal(undefined);
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter('-3')).to.equal(undefined);
    });
  });

  it('retries only transient statuses', () => {
    expect([429, 502, 503, 504].every(isRetryableStatus)).to.equal(true);
    expect([400, 401, 404, 409, 422, 500, 501].some(isRetryableStatus)).to.equal(false);
  });

  it('repeats reads, PUTs and keyed writes only', () => {
    const request = (method: string, headers: HeadersInit = {}) =>
      new Request('/x', { method, headers });
    expect(isRepeatableRequest(request('GET'))).to.equal(true);
    expect(isRepeatableRequest(request('HEAD'))).to.equal(true);
    expect(isRepeatableRequest(request('PUT'))).to.equal(true);
    expect(isRepeatableRequest(request('POST'))).to.equal(false);
    expect(isRepeatableRequest(request('DELETE'))).to.equal(false);
    expect(isRepeatableRequest(request('POST', { 'Idempotency-Key': 'k' }))).to.equal(true);
    expect(isRepeatableRequest(request('DELETE', { 'Idempotency-Key': 'k' }))).to.equal(true);
  });

  describe('sleep', () => {
    it('waits the given time', async () => {
      const started = performance.now();
      await sleep(60, new AbortController().signal);
      expect(performance.now() - started).to.be.at.least(55);
    });

    it('rejects with an aborted ApiError as soon as the signal aborts', async () => {
      const controller = new AbortController();
      const started = performance.now();
      setTimeout(() => controller.abort(), 20);
      const error = await sleep(5000, controller.signal).catch((reason: unknown) => reason);
      expect(isApiError(error) && error.kind).to.equal('aborted');
      expect(performance.now() - started).to.be.below(1000);
    });
  });
});
