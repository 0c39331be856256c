// Flink's logical types as Weir uses them in validation and the runtime: readonly values tagged by
// `kind`, each carrying `nullable`. Constructors apply Flink's defaults and limits; `toSql` prints
// the form Flink's DESCRIBE shows (LogicalType#asSummaryString): `DECIMAL(10, 2) NOT NULL`,
// `STRING`, `BYTES`, `ROW<\`a\` INT, \`b\` STRING>`, `TIMESTAMP(3) *ROWTIME*`.

import { WeirError } from '../../util/errors.ts';
import { MAX_DECIMAL_PRECISION } from './decimal.ts';

export const MAX_LENGTH = 2147483647;

/** Flink's time attribute markers on TIMESTAMP / TIMESTAMP_LTZ (TimestampKind). */
export type TimeAttribute = 'REGULAR' | 'ROWTIME' | 'PROCTIME';

export type YearMonthResolution = 'YEAR' | 'YEAR_TO_MONTH' | 'MONTH';
export type DayTimeResolution =
  | 'DAY' | 'DAY_TO_HOUR' | 'DAY_TO_MINUTE' | 'DAY_TO_SECOND' | 'HOUR' | 'HOUR_TO_MINUTE'
  | 'HOUR_TO_SECOND' | 'MINUTE' | 'MINUTE_TO_SECOND' | 'SECOND';

interface Base { readonly nullable: boolean }

export type LogicalType =
  | (Base & { readonly kind: 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'DATE' | 'NULL' })
  | (Base & { readonly kind: 'DECIMAL'; readonly precision: number; readonly scale: number })
  | (Base & { readonly kind: 'CHAR' | 'VARCHAR' | 'BINARY' | 'VARBINARY'; readonly length: number })
  | (Base & { readonly kind: 'TIME'; readonly precision: number })
  | (Base & { readonly kind: 'TIMESTAMP' | 'TIMESTAMP_LTZ'; readonly precision: number; readonly timeAttribute: TimeAttribute })
  | (Base & { readonly kind: 'INTERVAL_YEAR_MONTH'; readonly resolution: YearMonthResolution; readonly yearPrecision: number })
  | (Base & { readonly kind: 'INTERVAL_DAY_TIME'; readonly resolution: DayTimeResolution; readonly dayPrecision: number; readonly fractionalPrecision: number })
  | (Base & { readonly kind: 'ARRAY'; readonly element: LogicalType })
  | (Base & { readonly kind: 'MAP'; readonly key: LogicalType; readonly value: LogicalType })
  | (Base & { readonly kind: 'ROW'; readonly fields: readonly RowField[] });

export interface RowField { readonly name: string; readonly type: LogicalType }
export type Kind = LogicalType['kind'];
/** The variant of LogicalType whose kind is K (variants share a tag union, e.g. CHAR | VARCHAR). */
export type TypeOf<K extends Kind> = LogicalType extends infer U ? (U extends { kind: infer X } ? (K extends X ? U & { kind: K } : never) : never) : never;

function check(ok: boolean, message: string, where?: string): void {
  if (!ok) throw new WeirError('CONFIG_INVALID', message, where === undefined ? {} : { where });
}

function between(name: string, what: string, v: number, lo: number, hi: number, where?: string): void {
  check(Number.isInteger(v) && v >= lo && v <= hi, `${what} of ${name} must be between ${lo} and ${hi} (both inclusive), got ${v}`, where);
}

// ---- constructors (defaults as Flink's) ---------------------------------------------------------

type Simple = 'BOOLEAN' | 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT' | 'FLOAT' | 'DOUBLE' | 'DATE' | 'NULL';
export const simple = (kind: Simple, nullable = true): LogicalType => ({ kind, nullable: kind === 'NULL' ? true : nullable });
export const BOOLEAN = (nullable = true) => simple('BOOLEAN', nullable);
export const TINYINT = (nullable = true) => simple('TINYINT', nullable);
export const SMALLINT = (nullable = true) => simple('SMALLINT', nullable);
export const INT = (nullable = true) => simple('INT', nullable);
export const BIGINT = (nullable = true) => simple('BIGINT', nullable);
export const FLOAT = (nullable = true) => simple('FLOAT', nullable);
export const DOUBLE = (nullable = true) => simple('DOUBLE', nullable);
export const DATE = (nullable = true) => simple('DATE', nullable);
export const NULL = (): LogicalType => simple('NULL');

export function DECIMAL(precision = 10, scale = 0, nullable = true, where?: string): TypeOf<'DECIMAL'> {
  between('DECIMAL', 'Precision', precision, 1, MAX_DECIMAL_PRECISION, where);
  check(Number.isInteger(scale) && scale >= 0 && scale <= precision, `Scale of DECIMAL must be between 0 and the precision ${precision} (both inclusive), got ${scale}`, where);
  return { kind: 'DECIMAL', precision, scale, nullable };
}

function stringType<K extends 'CHAR' | 'VARCHAR' | 'BINARY' | 'VARBINARY'>(kind: K, length: number, nullable: boolean, where?: string): LogicalType & { kind: K; length: number } {
  between(kind, 'Length', length, 1, MAX_LENGTH, where);
  return { kind, length, nullable } as LogicalType & { kind: K; length: number };
}
export const CHAR = (length = 1, nullable = true, where?: string) => stringType('CHAR', length, nullable, where);
export const VARCHAR = (length = 1, nullable = true, where?: string) => stringType('VARCHAR', length, nullable, where);
export const STRING = (nullable = true) => VARCHAR(MAX_LENGTH, nullable);
export const BINARY = (length = 1, nullable = true, where?: string) => stringType('BINARY', length, nullable, where);
export const VARBINARY = (length = 1, nullable = true, where?: string) => stringType('VARBINARY', length, nullable, where);
export const BYTES = (nullable = true) => VARBINARY(MAX_LENGTH, nullable);

export function TIME(precision = 0, nullable = true, where?: string): TypeOf<'TIME'> {
  between('TIME', 'Precision', precision, 0, 9, where);
  return { kind: 'TIME', precision, nullable };
}

export function TIMESTAMP(precision = 6, nullable = true, timeAttribute: TimeAttribute = 'REGULAR', where?: string): TypeOf<'TIMESTAMP'> {
  between('TIMESTAMP', 'Precision', precision, 0, 9, where);
  return { kind: 'TIMESTAMP', precision, nullable, timeAttribute };
}

export function TIMESTAMP_LTZ(precision = 6, nullable = true, timeAttribute: TimeAttribute = 'REGULAR', where?: string): TypeOf<'TIMESTAMP_LTZ'> {
  between('TIMESTAMP_LTZ', 'Precision', precision, 0, 9, where);
  return { kind: 'TIMESTAMP_LTZ', precision, nullable, timeAttribute };
}

export function INTERVAL_YEAR_MONTH(resolution: YearMonthResolution = 'YEAR_TO_MONTH', yearPrecision = 2, nullable = true, where?: string): TypeOf<'INTERVAL_YEAR_MONTH'> {
  between('INTERVAL', 'Year precision', yearPrecision, 1, 4, where);
  return { kind: 'INTERVAL_YEAR_MONTH', resolution, yearPrecision, nullable };
}

export function INTERVAL_DAY_TIME(resolution: DayTimeResolution = 'DAY_TO_SECOND', dayPrecision = 2, fractionalPrecision = 6, nullable = true, where?: string): TypeOf<'INTERVAL_DAY_TIME'> {
  between('INTERVAL', 'Day precision', dayPrecision, 1, 6, where);
  between('INTERVAL', 'Fractional precision', fractionalPrecision, 0, 9, where);
  return { kind: 'INTERVAL_DAY_TIME', resolution, dayPrecision, fractionalPrecision, nullable };
}

export const ARRAY = (element: LogicalType, nullable = true): LogicalType => ({ kind: 'ARRAY', element, nullable });
export const MAP = (key: LogicalType, value: LogicalType, nullable = true): LogicalType => ({ kind: 'MAP', key, value, nullable });

export function ROW(fields: readonly RowField[], nullable = true, where?: string): TypeOf<'ROW'> {
  const seen = new Set<string>();
  for (const f of fields) {
    check(!seen.has(f.name), `Field names of ROW must be unique, '${f.name}' appears twice`, where);
    seen.add(f.name);
  }
  return { kind: 'ROW', fields, nullable };
}

// ---- helpers ------------------------------------------------------------------------------------

export function withNullable<T extends LogicalType>(t: T, nullable: boolean): T {
  if (t.kind === 'NULL' || t.nullable === nullable) return t;
  return { ...t, nullable };
}

/** The time attribute of a type: ROWTIME or PROCTIME on a time attribute column, else REGULAR. */
export function timeAttributeOf(t: LogicalType): TimeAttribute {
  return t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ' ? t.timeAttribute : 'REGULAR';
}

/** The type without its time attribute: values computed from a rowtime are plain timestamps. */
export function withoutTimeAttribute(t: LogicalType): LogicalType {
  return (t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.timeAttribute !== 'REGULAR' ? { ...t, timeAttribute: 'REGULAR' } : t;
}

/** Structural equality, including nullability and time attributes. */
export function typeEquals(a: LogicalType, b: LogicalType): boolean {
  return toSql(a) === toSql(b);
}

export const INTEGER_KINDS = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'] as const;
export const isIntegerKind = (t: LogicalType): boolean => (INTEGER_KINDS as readonly string[]).includes(t.kind);
export const isExactNumeric = (t: LogicalType): boolean => isIntegerKind(t) || t.kind === 'DECIMAL';
export const isApproxNumeric = (t: LogicalType): boolean => t.kind === 'FLOAT' || t.kind === 'DOUBLE';
export const isNumeric = (t: LogicalType): boolean => isExactNumeric(t) || isApproxNumeric(t);
export const isCharString = (t: LogicalType): boolean => t.kind === 'CHAR' || t.kind === 'VARCHAR';
export const isBinaryString = (t: LogicalType): boolean => t.kind === 'BINARY' || t.kind === 'VARBINARY';
export const isTimestamp = (t: LogicalType): boolean => t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';
export const isInterval = (t: LogicalType): boolean => t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME';

/** Flink's precision of integer types as decimals (LogicalTypeChecks.getPrecision). */
export const INTEGER_PRECISION = { TINYINT: 3, SMALLINT: 5, INT: 10, BIGINT: 19 } as const;

/** An exact numeric as DECIMAL(p, s): INT → DECIMAL(10, 0), BIGINT → DECIMAL(19, 0). */
export function asDecimal(t: LogicalType): { precision: number; scale: number } | undefined {
  if (t.kind === 'DECIMAL') return { precision: t.precision, scale: t.scale };
  if (t.kind === 'TINYINT' || t.kind === 'SMALLINT' || t.kind === 'INT' || t.kind === 'BIGINT') return { precision: INTEGER_PRECISION[t.kind], scale: 0 };
  return undefined;
}

// ---- printing -----------------------------------------------------------------------------------

const quote = (name: string): string => '`' + name.replaceAll('`', '``') + '`';

function ymText(t: TypeOf<'INTERVAL_YEAR_MONTH'>): string {
  const p = t.yearPrecision;
  return t.resolution === 'YEAR' ? `INTERVAL YEAR(${p})` : t.resolution === 'MONTH' ? 'INTERVAL MONTH' : `INTERVAL YEAR(${p}) TO MONTH`;
}

function dtText(t: TypeOf<'INTERVAL_DAY_TIME'>): string {
  const d = t.dayPrecision;
  const f = t.fractionalPrecision;
  const texts: Record<DayTimeResolution, string> = {
    DAY: `DAY(${d})`, DAY_TO_HOUR: `DAY(${d}) TO HOUR`, DAY_TO_MINUTE: `DAY(${d}) TO MINUTE`,
    DAY_TO_SECOND: `DAY(${d}) TO SECOND(${f})`, HOUR: 'HOUR', HOUR_TO_MINUTE: 'HOUR TO MINUTE',
    HOUR_TO_SECOND: `HOUR TO SECOND(${f})`, MINUTE: 'MINUTE', MINUTE_TO_SECOND: `MINUTE TO SECOND(${f})`,
    SECOND: `SECOND(${f})`,
  };
  return `INTERVAL ${texts[t.resolution]}`;
}

function body(t: LogicalType): string {
  switch (t.kind) {
    case 'BOOLEAN': case 'TINYINT': case 'SMALLINT': case 'BIGINT': case 'FLOAT': case 'DOUBLE': case 'DATE': case 'NULL':
      return t.kind;
    case 'INT': return 'INT';
    case 'DECIMAL': return `DECIMAL(${t.precision}, ${t.scale})`;
    case 'CHAR': case 'BINARY': return `${t.kind}(${t.length})`;
    case 'VARCHAR': return t.length === MAX_LENGTH ? 'STRING' : `VARCHAR(${t.length})`;
    case 'VARBINARY': return t.length === MAX_LENGTH ? 'BYTES' : `VARBINARY(${t.length})`;
    case 'TIME': return `TIME(${t.precision})`;
    case 'TIMESTAMP': case 'TIMESTAMP_LTZ': return `${t.kind}(${t.precision})`;
    case 'INTERVAL_YEAR_MONTH': return ymText(t);
    case 'INTERVAL_DAY_TIME': return dtText(t);
    case 'ARRAY': return `ARRAY<${toSql(t.element)}>`;
    case 'MAP': return `MAP<${toSql(t.key)}, ${toSql(t.value)}>`;
    case 'ROW': return `ROW<${t.fields.map((f) => `${quote(f.name)} ${toSql(f.type)}`).join(', ')}>`;
  }
}

/** Flink's summary form, as DESCRIBE prints it. */
export function toSql(t: LogicalType): string {
  let s = body(t);
  if (!t.nullable && t.kind !== 'NULL') s += ' NOT NULL';
  if ((t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.timeAttribute !== 'REGULAR') s += ` *${t.timeAttribute}*`;
  return s;
}
