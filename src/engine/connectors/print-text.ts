// Row text as Flink's print sink writes it: the row converted to Flink's external Java types and
// printed with Row#toString, e.g. `+I[1, 2024-01-01T10:00, 12.50, null]`. So: TIMESTAMP as
// LocalDateTime ('2024-01-01T10:00', seconds and fraction only when not zero), TIMESTAMP_LTZ as
// Instant ('2024-01-01T10:00:00Z'), TIME as LocalTime, DOUBLE/FLOAT as Java prints them ('1.0E10'),
// DECIMAL as BigDecimal, BYTES as Java's byte array text ('[1, -1]'), ARRAY '[a, b]', MAP '{k=v}',
// nested ROW '+I[…]', intervals as Period ('P1Y2M') and Duration ('PT1H30M').
import type { Decimal } from '../../sql/types/decimal.ts';
import type { LogicalType } from '../../sql/types/types.ts';
import type { RowKind } from '../../sql/types/values.ts';
import { decimalText, doubleText, floatText } from '../../sql/types/java-text.ts';
import { formatDate } from '../formats/temporal.ts';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** java.time.LocalTime#toString. */
function localTime(ms: number): string {
  const s = Math.floor(ms / 1000);
  let out = pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60);
  const sec = s % 60;
  const milli = ms % 1000;
  if (sec !== 0 || milli !== 0) out += ':' + pad(sec);
  if (milli !== 0) out += '.' + pad(milli, 3);
  return out;
}

function localDateTime(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  return formatDate(days) + 'T' + localTime(ms - days * 86_400_000);
}

/** java.time.Instant#toString (seconds always, fraction in groups of three digits). */
function instant(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const t = ms - days * 86_400_000;
  const s = Math.floor(t / 1000);
  const milli = t % 1000;
  return formatDate(days) + 'T' + pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60) + (milli === 0 ? '' : '.' + pad(milli, 3)) + 'Z';
}

/** java.time.Period#toString of a number of months (normalized to years and months). */
function period(months: number): string {
  if (months === 0) return 'P0D';
  const y = Math.trunc(months / 12);
  const m = months % 12;
  return 'P' + (y !== 0 ? y + 'Y' : '') + (m !== 0 ? m + 'M' : '');
}

/** java.time.Duration#toString of milliseconds. */
function duration(ms: number): string {
  if (ms === 0) return 'PT0S';
  const neg = ms < 0;
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor(abs / 60_000) % 60;
  const s = Math.floor(abs / 1000) % 60;
  const milli = abs % 1000;
  const sign = neg ? '-' : '';
  let out = 'PT' + (h !== 0 ? sign + h + 'H' : '') + (m !== 0 ? sign + m + 'M' : '');
  if (s !== 0 || milli !== 0) out += sign + s + (milli !== 0 ? '.' + pad(milli, 3).replace(/0+$/, '') : '') + 'S';
  return out;
}

/** One value as Java's toString of Flink's external type for `type`. */
export function javaText(value: unknown, type: LogicalType): string {
  if (value === null || value === undefined) return 'null';
  switch (type.kind) {
    case 'FLOAT': return floatText(value as number);
    case 'DOUBLE': return doubleText(value as number);
    case 'DECIMAL': return decimalText(value as Decimal);
    case 'BINARY': case 'VARBINARY': return '[' + Array.from(value as Uint8Array, (b) => (b << 24) >> 24).join(', ') + ']';
    case 'DATE': return formatDate(value as number);
    case 'TIME': return localTime(value as number);
    case 'TIMESTAMP': return localDateTime(value as number);
    case 'TIMESTAMP_LTZ': return instant(value as number);
    case 'INTERVAL_YEAR_MONTH': return period(value as number);
    case 'INTERVAL_DAY_TIME': return duration(value as number);
    case 'ARRAY': return '[' + (value as unknown[]).map((v) => javaText(v, type.element)).join(', ') + ']';
    case 'MAP': return '{' + [...(value as Map<unknown, unknown>)].map(([k, v]) => javaText(k, type.key) + '=' + javaText(v, type.value)).join(', ') + '}';
    case 'ROW': return rowText('+I', value as unknown[], type.fields.map((f) => f.type));
    default: return String(value);
  }
}

/** Row#toString: `+I[a, b]`. */
export function rowText(kind: RowKind, row: readonly unknown[], types: readonly LogicalType[]): string {
  let out = kind + '[';
  for (let i = 0; i < types.length; i++) out += (i === 0 ? '' : ', ') + javaText(row[i], types[i]!);
  return out + ']';
}
