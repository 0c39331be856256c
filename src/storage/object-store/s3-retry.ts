// How the S3 driver reads failures from @aws-sdk/client-s3: which ones a retry can cure (5xx,
// 429, SlowDown and other throttling codes, request timeouts, dropped or refused connections),
// the backoff between attempts (exponential with full jitter, capped), and short descriptions for
// error messages. The SDK's own retries are switched off (maxAttempts: 1) so that this module
// decides alone, a GET's body read is retried with its request, and exhaustion names key and store.
// Deliberately not here: a retry budget shared across calls, circuit breaking.

const RETRIABLE_NAMES = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'ServiceUnavailable',
  'TimeoutError',
]);

const RETRIABLE_ERRNO = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const shape = (err: unknown): SdkErrorShape => (typeof err === 'object' && err !== null ? (err as SdkErrorShape) : {});

/** The HTTP status of a failed S3 call, if the service answered. */
export function statusOf(err: unknown): number | undefined {
  return shape(err).$metadata?.httpStatusCode;
}

export function isRetriable(err: unknown): boolean {
  const { name, code } = shape(err);
  const status = statusOf(err);
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  if (name !== undefined && RETRIABLE_NAMES.has(name)) return true;
  if (code !== undefined && RETRIABLE_ERRNO.has(code)) return true;
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause !== undefined && cause !== err && status === undefined && isRetriable(cause);
}

/** Delay before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}

/** "SlowDown (HTTP 503): Please reduce your request rate." */
export function describeS3Error(err: unknown): string {
  const { name, code, message } = shape(err);
  const status = statusOf(err);
  const label = [name && name !== 'Error' ? name : code, status === undefined ? undefined : `HTTP ${status}`].filter(Boolean);
  const text = message && message !== name && message !== 'UnknownError' ? message : '';
  return [label.length > 0 ? label.join(' ') : 'error', text].filter(Boolean).join(': ');
}
