// Checks object keys, list prefixes and byte ranges before any driver touches storage, so that a
// key can never escape the store's folder or prefix. Keys are built by src/storage/paths.ts; this
// only validates them. Does not normalise anything: a key is valid as given or rejected.
import { WeirError } from '../../util/errors.ts';

const SAFE = /^[A-Za-z0-9._=/-]+$/;

function problem(key: string, allowTrailingSlash: boolean): string | undefined {
  if (!SAFE.test(key)) return 'it has characters outside [A-Za-z0-9._=/-]';
  if (key.startsWith('/')) return 'it starts with "/"';
  if (key.includes('..')) return 'it contains ".."';
  const segments = key.split('/');
  if (allowTrailingSlash && segments.at(-1) === '') segments.pop();
  if (segments.some((s) => s === '')) return 'it has an empty path segment';
  if (segments.some((s) => s === '.')) return 'it has a "." path segment';
  return undefined;
}

/** True if `key` is a valid object key (used to skip stray files and folder markers in listings). */
export function isValidKey(key: string): boolean {
  return key !== '' && problem(key, false) === undefined;
}

/** Throws CONFIG_INVALID naming the key and the store unless `key` is a valid object key. */
export function checkKey(key: string, store: string): void {
  const why = typeof key !== 'string' || key === '' ? 'it is empty' : problem(key, false);
  if (why !== undefined) {
    throw new WeirError('CONFIG_INVALID', `Invalid object key ${JSON.stringify(key)} for ${store}: ${why}`, {
      where: String(key),
      hint: 'Object keys are relative paths like "streams/00/1234.obj" built by src/storage/paths.ts',
    });
  }
}

/** A list prefix: empty, or a key that may end with "/". */
export function checkPrefix(prefix: string, store: string): void {
  const why = typeof prefix !== 'string' ? 'it is not a string' : prefix === '' ? undefined : problem(prefix, true);
  if (why !== undefined) {
    throw new WeirError('CONFIG_INVALID', `Invalid list prefix ${JSON.stringify(prefix)} for ${store}: ${why}`, {
      where: String(prefix),
    });
  }
}

/** A byte range [start, end) of non-negative safe integers with start <= end. */
export function checkRange(key: string, start: number, end: number, store: string): void {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new WeirError('CONFIG_INVALID', `Invalid byte range [${start}, ${end}) for object ${key} in ${store}`, {
      where: key,
      hint: 'A range needs integers with 0 <= start <= end',
    });
  }
}

/** Byte-order comparison of keys (keys are ASCII, so UTF-16 order is byte order). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
