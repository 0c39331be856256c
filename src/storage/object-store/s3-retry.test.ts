// Unit tests for the S3 driver's failure classification and backoff (s3-retry.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, describeS3Error, isRetriable, statusOf } from './s3-retry.ts';

const answered = (name: string, status: number) => Object.assign(new Error(`${name} message`), { name, $metadata: { httpStatusCode: status } });

test('retriable: 5xx, 429, throttling codes, timeouts, dropped connections', () => {
  for (const err of [
    answered('InternalError', 500),
    answered('ServiceUnavailable', 503),
    answered('SlowDown', 503),
    answered('Unknown', 502),
    answered('TooManyRequests', 429),
    { name: 'SlowDown' },
    { name: 'TimeoutError' },
    Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'EPIPE' }) }),
  ]) {
    assert.equal(isRetriable(err), true, JSON.stringify(err) + String(err));
  }
});

test('not retriable: client errors and unknown failures', () => {
  for (const err of [answered('NoSuchKey', 404), answered('AccessDenied', 403), answered('PreconditionFailed', 412), answered('InvalidRange', 416), new Error('boom'), null, 'text']) {
    assert.equal(isRetriable(err), false, String(err));
  }
});

test('backoff is exponential with full jitter and a cap', () => {
  assert.equal(backoffMs(1, 100, 10_000, () => 0.999), 99);
  assert.equal(backoffMs(4, 100, 10_000, () => 0.5), 400);
  assert.equal(backoffMs(20, 100, 10_000, () => 0.999), 9_990);
  assert.equal(backoffMs(3, 100, 10_000, () => 0), 0);
});

test('descriptions carry code, status and message', () => {
  assert.equal(describeS3Error(answered('SlowDown', 503)), 'SlowDown HTTP 503: SlowDown message');
  assert.equal(describeS3Error(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })), 'ECONNRESET: read ECONNRESET');
  assert.equal(statusOf(answered('x', 418)), 418);
  assert.equal(statusOf(new Error('no status')), undefined);
});
