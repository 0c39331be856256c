// Flink's logical type system for Weir: types (types.ts), conversion from the parser's AST
// (from-ast.ts), typing rules (rules.ts) and exact DECIMAL values (decimal.ts).
//
// Runtime value representation (what the engine stores for a non-NULL value; SQL NULL is `null`):
//   BOOLEAN                    boolean
//   TINYINT, SMALLINT, INT     number (integral, within the type's range)
//   BIGINT                     bigint (exact; never a double)
//   FLOAT, DOUBLE              number
//   DECIMAL(p, s)              Decimal {unscaled: bigint, scale} — exact; a result that does not fit
//                              DECIMAL(p, s) after HALF_UP rounding to s becomes NULL, as Flink's
//                              DecimalData.fromBigDecimal does (Decimal#fit); ÷ 0 throws
//   CHAR, VARCHAR/STRING       string
//   BINARY, VARBINARY/BYTES    Uint8Array
//   DATE                       number: days since 1970-01-01
//   TIME(p)                    number: milliseconds of the day (Flink keeps TIME at ms, too)
//   TIMESTAMP(p), TIMESTAMP_LTZ(p)
//                              {ms: number, nanos: number}: epoch milliseconds (a safe integer,
//                              ±285 000 years) and 0..999 999 nanoseconds within that millisecond,
//                              as Flink's TimestampData (TIMESTAMP: wall-clock read as UTC;
//                              TIMESTAMP_LTZ: the instant)
//   INTERVAL YEAR TO MONTH     number: months
//   INTERVAL DAY TO SECOND     bigint: milliseconds
//   ARRAY<T>                   Array of T values (elements may be null)
//   MAP<K, V>                  Map of K → V (keys compared by identity: the engine normalises keys)
//   ROW<…>                     Array of field values, in field order

export * from './types.ts';
export { fromAst } from './from-ast.ts';
export { supportsImplicitCast, commonType, commonTypeOf, arithmeticResult, decimalResult, adjustDecimal, comparable } from './rules.ts';
export type { ArithmeticOp } from './rules.ts';
export { Decimal, MAX_DECIMAL_PRECISION } from './decimal.ts';

/** A TIMESTAMP / TIMESTAMP_LTZ value: epoch milliseconds plus nanoseconds within the millisecond. */
export interface TimestampValue {
  readonly ms: number;
  readonly nanos: number;
}
