// Durations, dates and lists as the policy rules show and read them: `formatDuration` writes milliseconds
// the way specs write them ('3d12h', '15m', '500ms'; -1 is 'infinite'), `parseInstant` reads a
// spec's date or timestamp ('2026-03-01', '2026-03-01T12:00:00Z'; no zone means UTC) strictly —
// '2026-02-30' is not a date, although Date.parse would roll it over to March.
import { durationMs } from '../spec/duration.ts';

const UNITS: readonly (readonly [string, number])[] = [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000], ['ms', 1]];

export const DAY_MS = 86_400_000;

/** '3d12h' for 302400000, '0ms' for 0, 'infinite' for -1 (Kafka's retention.ms=-1). */
export function formatDuration(ms: number): string {
  if (ms < 0) return 'infinite';
  let rest = Math.round(ms);
  let text = '';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text === '' ? '0ms' : text;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Epoch ms of an ISO date or timestamp, or undefined when the text is not a real one. */
export function parseInstant(text: string): number | undefined {
  const m = INSTANT.exec(text.trim());
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (m[4] === undefined) return date.getTime();
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(m[7]) * 1000);
  const zone = m[8] === undefined || m[8].toUpperCase() === 'Z' ? 0 : zoneOffsetMs(m[8]);
  return date.getTime() + hour * 3_600_000 + minute * 60_000 + second * 1000 + fraction - zone;
}

function zoneOffsetMs(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const ms = Number(digits.slice(0, 2)) * 3_600_000 + Number(digits.slice(2)) * 60_000;
  return zone.startsWith('-') ? -ms : ms;
}

/** '2026-03-01' (midnight UTC) or '2026-03-01T12:30:00Z', for messages. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** 'a', 'a and b', 'a, b and c' (or 'a, b or c'). */
export function list(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "orders' retention", "customer's retention". */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** When a pipeline expires: `expires` is a date, or a duration counted from `from` (its first
 * apply). Undefined when it is neither. */
export function expiresAt(expires: string, from: number): { readonly ms: number; readonly relative: boolean; readonly durationMs: number } | undefined {
  const d = durationMs(expires);
  if (d !== undefined) return { ms: from + d, relative: true, durationMs: d };
  const ms = parseInstant(expires);
  return ms === undefined ? undefined : { ms, relative: false, durationMs: 0 };
}
