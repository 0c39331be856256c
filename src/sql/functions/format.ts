// Values as text: Flink's CAST(x AS STRING) (CastRule …ToStringCastRule family, Flink ≥ 1.15), which
// the SQL shell also calls (valueToString) to show results; the print connector has its own text in
// connectors/print-text.ts. BOOLEAN 'TRUE'/'FALSE'; DOUBLE/FLOAT as Java's Double/Float.toString
// ('1.0', '1.0E10', '1.0E-4'); DECIMAL with its scale; DATE 'yyyy-MM-dd'; TIME(p)/TIMESTAMP(p) with
// exactly p fraction digits ('2024-01-01 10:00:00.000' for TIMESTAMP(3)); TIMESTAMP_LTZ in the session
// time zone; INTERVAL '+1-02' / '+1 10:00:00.000'; ARRAY '[1, 2]'; MAP '{k=v}'; ROW '(1, a)'; BYTES
// decoded as UTF-8. NULL inside a collection (and a NULL value passed here) is 'NULL';
// CAST(NULL AS STRING) itself is NULL and never reaches this function.
import type { LogicalType } from '../types/types.ts';
import type { Decimal } from '../types/decimal.ts';
import { doubleText, floatText } from '../types/java-text.ts';
import { formatDate, formatTime, formatTimestamp, instantToLocal } from './datetime.ts';

export interface TextOptions {
  /** Session time zone for TIMESTAMP_LTZ (default UTC). */
  readonly timeZone?: string;
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function intervalYearMonthString(months: number): string {
  const a = Math.abs(months);
  return `${months < 0 ? '-' : '+'}${Math.floor(a / 12)}-${pad2(a % 12)}`;
}

export function intervalDayTimeString(ms: number): string {
  const a = Math.abs(ms);
  const days = Math.floor(a / 86_400_000);
  return `${ms < 0 ? '-' : '+'}${days} ${formatTime(a - days * 86_400_000, 3)}`;
}

const utf8 = new TextDecoder();

export function valueToString(value: unknown, type: LogicalType, options: TextOptions = {}): string {
  if (value === null || value === undefined) return 'NULL';
  switch (type.kind) {
    case 'BOOLEAN': return value ? 'TRUE' : 'FALSE';
    case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': return String(value);
    case 'FLOAT': return floatText(value as number);
    case 'DOUBLE': return doubleText(value as number);
    case 'DECIMAL': return (value as Decimal).toString();
    case 'CHAR': case 'VARCHAR': return value as string;
    case 'BINARY': case 'VARBINARY': return utf8.decode(value as Uint8Array);
    case 'DATE': return formatDate(value as number);
    case 'TIME': return formatTime(value as number, type.precision);
    case 'TIMESTAMP': return formatTimestamp(value as number, type.precision);
    case 'TIMESTAMP_LTZ': return formatTimestamp(instantToLocal(value as number, options.timeZone ?? 'UTC'), type.precision);
    case 'INTERVAL_YEAR_MONTH': return intervalYearMonthString(value as number);
    case 'INTERVAL_DAY_TIME': return intervalDayTimeString(value as number);
    case 'ARRAY': return '[' + (value as unknown[]).map((v) => valueToString(v, type.element, options)).join(', ') + ']';
    case 'MAP': {
      const parts: string[] = [];
      for (const [k, v] of value as Map<unknown, unknown>) parts.push(valueToString(k, type.key, options) + '=' + valueToString(v, type.value, options));
      return '{' + parts.join(', ') + '}';
    }
    case 'ROW': return '(' + type.fields.map((f, i) => valueToString((value as unknown[])[i], f.type, options)).join(', ') + ')';
    case 'NULL': return 'NULL';
  }
}
