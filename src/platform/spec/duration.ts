// Durations in spec files: an integer and a unit — ms, s, m, h, d or w (30s, 15m, 12h, 7d, 2w) — or a
// bare number of milliseconds; retentions may also be 'infinite' (-1, as Kafka's retention.ms).
// This is the spec language's own, stricter grammar (weeks, no spaces, no long unit names), not
// Flink's duration options (sql/catalog/options.ts durationMs), so a spec reads the same everywhere.

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** The pattern a duration string must match (also published in the JSON Schema). */
export const DURATION_PATTERN = /^(\d+)(ms|s|m|h|d|w)$/;

export const DURATION_HINT = 'a duration like 30s, 15m, 12h, 7d or 2w (units ms, s, m, h, d, w), or a number of milliseconds';

/** Milliseconds of a duration as written in a spec; undefined when it is not one. */
export function durationMs(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  const m = DURATION_PATTERN.exec(value.trim());
  return m === null ? undefined : Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** A retention in ms: a duration, or 'infinite' = -1. */
export function retentionMs(value: string | number): number | undefined {
  return value === 'infinite' ? -1 : durationMs(value);
}
