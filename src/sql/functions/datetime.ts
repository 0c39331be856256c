// Calendar and time-zone arithmetic for the function library, on the runtime representations of
// src/sql/types/values.ts: DATE = days since 1970-01-01, TIME = ms of the day, TIMESTAMP = ms of the
// wall clock read as UTC, TIMESTAMP_LTZ = epoch ms. Proleptic Gregorian calendar (as java.time).
// Time zones: 'UTC'/'Z'/'GMT'/'default'/'' are UTC, fixed offsets ('+08:00', 'GMT+8', 'UTC-05:30')
// are parsed here, other IANA names go through Intl.DateTimeFormat (offsets cached per hour).
import { WeirError } from '../../util/errors.ts';

export const MS_PER_DAY = 86_400_000;

export const floorDiv = (a: number, b: number): number => Math.floor(a / b);
export const floorMod = (a: number, b: number): number => ((a % b) + b) % b;

/** Days since the epoch of a civil date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil { year: number; month: number; day: number }

/** The civil date of a day number. */
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Adds months to a day number, clamping the day to the month's end (as java.time plusMonths). */
export function addMonthsToDays(days: number, months: number): number {
  const c = civilFromDays(days);
  const total = c.year * 12 + (c.month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(c.day, daysInMonth(y, m)));
}

/** Adds months to a wall-clock timestamp (ms), keeping the time of day. */
export function addMonthsToTimestamp(ms: number, months: number): number {
  const days = floorDiv(ms, MS_PER_DAY);
  return addMonthsToDays(days, months) * MS_PER_DAY + floorMod(ms, MS_PER_DAY);
}

/** ISO day of week, 1 = Monday … 7 = Sunday. */
export const isoDayOfWeek = (days: number): number => floorMod(days + 3, 7) + 1;

export function dayOfYear(days: number): number {
  const c = civilFromDays(days);
  return days - daysFromCivil(c.year, 1, 1) + 1;
}

/** ISO-8601 week number (weeks start Monday; week 1 holds the year's first Thursday). */
export function isoWeek(days: number): number {
  const thursday = days - isoDayOfWeek(days) + 4;
  const y = civilFromDays(thursday).year;
  return Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
}

// ---- time zones ---------------------------------------------------------------------------------

const fixedZones = new Map<string, number | null>();

/** The fixed offset (ms) of a zone name, or null when it is a region zone. */
function fixedOffset(zone: string): number | null {
  let v = fixedZones.get(zone);
  if (v !== undefined) return v;
  v = null;
  const z = zone.trim();
  if (z === '' || /^(UTC|GMT|Z|UT|default|Etc\/UTC|Etc\/GMT)$/i.test(z)) v = 0;
  else {
    const m = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
    if (m !== null) v = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3_600_000 + Number(m[3] ?? 0) * 60_000);
  }
  fixedZones.set(zone, v);
  return v;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
      });
    } catch (cause) {
      throw new WeirError('CONFIG_INVALID', `Unknown time zone '${zone}'`, { cause, hint: "set table.local-time-zone to an IANA name such as 'Europe/Berlin', or 'UTC'" });
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Checks a zone name (throws a WeirError naming it when unknown). */
export function checkZone(zone: string): void {
  if (fixedOffset(zone) === null) formatter(zone);
}

// The last answer, checked before building offsetCache's key: records mostly fall in the same hour.
let lastZone = '';
let lastHour = NaN;
let lastOffset = 0;

function remember(zone: string, hour: number, offset: number): number {
  lastZone = zone;
  lastHour = hour;
  lastOffset = offset;
  return offset;
}

/** Offset of `zone` from UTC (ms) at the instant `epochMs`. */
export function zoneOffset(zone: string, epochMs: number): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const hour = Math.floor(epochMs / 3_600_000);
  if (hour === lastHour && zone === lastZone) return lastOffset;
  const key = zone + '@' + hour;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return remember(zone, hour, cached);
  const at = hour * 3_600_000;
  const parts = formatter(zone).formatToParts(new Date(at));
  let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': y = Number(p.value); break;
      case 'month': mo = Number(p.value); break;
      case 'day': d = Number(p.value); break;
      case 'hour': h = Number(p.value); break;
      case 'minute': mi = Number(p.value); break;
      case 'second': s = Number(p.value); break;
      case 'era': bc = p.value.startsWith('B'); break;
    }
  }
  if (bc) y = 1 - y;
  const wall = daysFromCivil(y, mo, d) * MS_PER_DAY + h * 3_600_000 + mi * 60_000 + s * 1000;
  const offset = wall - at;
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return remember(zone, hour, offset);
}

/** An instant (epoch ms) as the wall clock of `zone` (a TIMESTAMP value). */
export const instantToLocal = (epochMs: number, zone: string): number => epochMs + zoneOffset(zone, epochMs);

/**
 * A wall-clock time of `zone` as an instant. In a gap (spring forward) the later offset applies and
 * in an overlap the earlier one, as java.time's ZonedDateTime.of does.
 */
export function localToInstant(local: number, zone: string): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return local - fixed;
  const before = zoneOffset(zone, local - 86_400_000);
  const after = zoneOffset(zone, local + 86_400_000);
  if (before === after) return local - before;
  const o1 = zoneOffset(zone, local - before);
  if (o1 === before) return local - before; // valid with the earlier offset (also the overlap case)
  const o2 = zoneOffset(zone, local - after);
  if (o2 === after) return local - after;
  return local - before; // a gap: shifted forward by the gap's length
}

// ---- text ---------------------------------------------------------------------------------------

export const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function formatYear(y: number): string {
  if (y >= 0 && y <= 9999) return String(y).padStart(4, '0');
  return (y < 0 ? '-' : '+') + String(Math.abs(y)).padStart(4, '0');
}

export function formatDate(days: number): string {
  const c = civilFromDays(days);
  return `${formatYear(c.year)}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** Fraction digits of a millisecond value shown at `precision` (ms kept; more digits are zeros). */
function fraction(ms: number, precision: number): string {
  if (precision <= 0) return '';
  let f = String(ms).padStart(3, '0');
  if (precision > 3) f = f.padEnd(precision, '0');
  else f = f.slice(0, precision);
  return '.' + f;
}

export function formatTime(msOfDay: number, precision: number): string {
  const h = Math.floor(msOfDay / 3_600_000);
  const m = Math.floor(msOfDay / 60_000) % 60;
  const s = Math.floor(msOfDay / 1000) % 60;
  return `${pad2(h)}:${pad2(m)}:${pad2(s)}${fraction(msOfDay % 1000, precision)}`;
}

/** 'yyyy-MM-dd HH:mm:ss[.fff…]' with exactly `precision` fraction digits (Flink's CAST to STRING). */
export function formatTimestamp(ms: number, precision: number): string {
  const days = floorDiv(ms, MS_PER_DAY);
  return formatDate(days) + ' ' + formatTime(ms - days * MS_PER_DAY, precision);
}

/** Truncates a millisecond value to `precision` fraction digits (TIMESTAMP(0) keeps whole seconds). */
export function truncateMs(ms: number, precision: number): number {
  if (precision >= 3) return ms;
  const unit = precision === 2 ? 10 : precision === 1 ? 100 : 1000;
  return ms - floorMod(ms, unit);
}

const DATE_RE = /^\s*([+-]?\d{1,9})-(\d{1,2})-(\d{1,2})/;
const TIME_RE = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*$/;

function checkedDate(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

function timeOfDay(text: string): number | null {
  const t = TIME_RE.exec(text);
  if (t === null) return null;
  const h = Number(t[1]), mi = Number(t[2]), s = Number(t[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return null;
  const ms = t[4] === undefined ? 0 : Number(t[4].padEnd(3, '0').slice(0, 3));
  return h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
}

/** 'yyyy-MM-dd' (a trailing time part is ignored, as Flink's string→DATE); null when invalid. */
export function parseDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (m === null) return null;
  const rest = text.slice(m[0].length);
  if (rest.trim() !== '' && !/^[ T]\d/.test(rest)) return null;
  return checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 'HH:mm[:ss[.fff]]'; null when invalid. */
export const parseTime = (text: string): number | null => timeOfDay(text.trim());

/** 'yyyy-MM-dd[( |T)HH:mm[:ss[.fff…]]]' as wall-clock ms; null when invalid. */
export function parseTimestamp(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (m === null) return null;
  const days = checkedDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (days === null) return null;
  const rest = text.slice(m[0].length);
  if (rest.trim() === '') return days * MS_PER_DAY;
  if (rest[0] !== ' ' && rest[0] !== 'T') return null;
  const t = timeOfDay(rest.slice(1).trim());
  return t === null ? null : days * MS_PER_DAY + t;
}
