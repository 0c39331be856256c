// Date and time text as Flink's formats read and write it (java.time ISO_LOCAL_DATE and Flink's
// TimeFormats): DATE 'yyyy-MM-dd', TIME 'HH:mm:ss[.fraction]', TIMESTAMP 'yyyy-MM-dd HH:mm:ss[.f]'
// (SQL) or 'yyyy-MM-ddTHH:mm[:ss[.f]]' (ISO-8601), TIMESTAMP_LTZ the same followed by 'Z' (UTC).
// Written fractions drop trailing zeros (`.1`, `.123`), as java.time's appendFraction(0, 9) does.
// Parsers return undefined for text that does not match; callers add the reason and location.

import { daysFromCivil, daysInMonth, formatDate, MS_PER_DAY, pad2, truncateMs } from '../../sql/functions/datetime.ts';

// DATE text is the same as SQL's CAST to STRING; re-exported for the formats and print-text.
export { formatDate };

export type TimestampStandard = 'SQL' | 'ISO-8601';

/** Value of `len` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  if (at + len > s.length) return -1;
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days of 'yyyy-MM-dd' at `at` (10 characters), or undefined. */
function dateAt(s: string, at: number): number | undefined {
  const y = digits(s, at, 4);
  const m = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return undefined;
  if (d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/**
 * Milliseconds of 'HH:mm:ss[.fraction]' (seconds optional when `secondsOptional`) from `at` to
 * `end`, or undefined. Digits below the millisecond are dropped.
 */
function timeAt(s: string, at: number, end: number, secondsOptional: boolean): number | undefined {
  const h = digits(s, at, 2);
  const mi = digits(s, at + 3, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s.charCodeAt(at + 2) !== 58) return undefined;
  if (end === at + 5 && secondsOptional) return (h * 60 + mi) * 60_000;
  const sec = digits(s, at + 6, 2);
  if (sec < 0 || sec > 59 || s.charCodeAt(at + 5) !== 58) return undefined;
  let ms = ((h * 60 + mi) * 60 + sec) * 1000;
  if (end === at + 8) return ms;
  if (s.charCodeAt(at + 8) !== 46 || end - at - 9 < 1 || end - at - 9 > 9) return undefined;
  const frac = digits(s, at + 9, end - at - 9);
  if (frac < 0) return undefined;
  const len = end - at - 9;
  ms += len <= 3 ? frac * 10 ** (3 - len) : Math.floor(frac / 10 ** (len - 3));
  return ms;
}

export function parseDate(s: string): number | undefined {
  return s.length === 10 ? dateAt(s, 0) : undefined;
}

/** 'HH:mm:ss[.fraction]' as milliseconds of the day, truncated to `precision` fraction digits. */
export function parseTime(s: string, precision = 3): number | undefined {
  const ms = timeAt(s, 0, s.length, false);
  return ms === undefined ? undefined : truncateMs(ms, precision);
}

/** TIMESTAMP text as wall-clock epoch milliseconds; with `zulu`, the text ends in 'Z' (TIMESTAMP_LTZ). */
export function parseTimestamp(s: string, standard: TimestampStandard, zulu = false): number | undefined {
  const end = zulu ? s.length - 1 : s.length;
  if (zulu && s.charCodeAt(end) !== 90) return undefined;
  if (end < 16) return undefined;
  const sep = s.charCodeAt(10);
  if (sep !== (standard === 'SQL' ? 32 : 84)) return undefined;
  const days = dateAt(s, 0);
  const ms = timeAt(s, 11, end, standard === 'ISO-8601');
  return days === undefined || ms === undefined ? undefined : days * MS_PER_DAY + ms;
}

/** 'HH:mm:ss' with the millisecond fraction when not zero, trailing zeros dropped. */
export function formatTime(msOfDay: number): string {
  const ms = msOfDay % 1000;
  const secs = Math.floor(msOfDay / 1000);
  let text = pad2(Math.floor(secs / 3600)) + ':' + pad2(Math.floor(secs / 60) % 60) + ':' + pad2(secs % 60);
  if (ms !== 0) text += '.' + String(ms).padStart(3, '0').replace(/0+$/, '');
  return text;
}

export function formatTimestamp(epochMs: number, standard: TimestampStandard, zulu = false): string {
  const days = Math.floor(epochMs / MS_PER_DAY);
  const text = formatDate(days) + (standard === 'SQL' ? ' ' : 'T') + formatTime(epochMs - days * MS_PER_DAY);
  return zulu ? text + 'Z' : text;
}
