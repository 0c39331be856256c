// Durations in spec files: integers with units — ms, s, m, h, d or w — one after another from the
// largest unit down (30s, 15m, 12h, 7d, 2w, 3d12h, 1h30m), or a bare number of milliseconds;
// retentions may also be 'infinite' (-1, as Kafka's retention.ms). This is the spec language's own,
// stricter grammar (weeks, no spaces, no long unit names), not Flink's duration options
// (sql/catalog/options.ts durationMs), so a spec reads the same everywhere — and what the policy's
// messages print (policy/text.ts formatDuration) can be written back into a spec.

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The regular expression source a duration string must match (also published in the JSON Schema). */
export const DURATION_SOURCE = '(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m(?!s))?(\\d+s)?(\\d+ms)?';
const DURATION_PATTERN = new RegExp(`^${DURATION_SOURCE}$`);
const PART = /(\d+)(ms|s|m|h|d|w)/g;

export const DURATION_HINT = 'a duration like 30s, 15m, 12h, 7d, 2w or 3d12h (units w, d, h, m, s, ms, largest first), or a number of milliseconds';

/** Milliseconds of a duration as written in a spec; undefined when it is not one. */
export function durationMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  if (text === '' || !DURATION_PATTERN.test(text)) return undefined;
  let ms = 0;
  for (const m of text.matchAll(PART)) ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  return ms;
}

/** A retention in ms: a duration, or 'infinite' = -1. */
export function retentionMs(value: string | number): number | undefined {
  return value === 'infinite' ? -1 : durationMs(value);
}
