// Java's integer types as SQL's TINYINT/SMALLINT/INT/BIGINT: their ranges and the two's-complement
// wrap-around of Java's narrowing casts ((byte), (short), (int), (long)) and of overflowing arithmetic.
// TINYINT..INT values are JS numbers, BIGINT values bigints (src/sql/types/values.ts).

export type IntegerKind = 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT';
export type SmallIntegerKind = Exclude<IntegerKind, 'BIGINT'>;

/** Inclusive [min, max] of each integer type. */
export const INTEGER_RANGE: Readonly<Record<IntegerKind, readonly [bigint, bigint]>> = {
  TINYINT: [-128n, 127n],
  SMALLINT: [-32768n, 32767n],
  INT: [-2147483648n, 2147483647n],
  BIGINT: [-9223372036854775808n, 9223372036854775807n],
};

/** An integral number (within ±2^53) wrapped to TINYINT/SMALLINT/INT as Java's (byte)/(short)/(int). */
export function wrapNumber(kind: SmallIntegerKind, n: number): number {
  return kind === 'INT' ? n | 0 : kind === 'SMALLINT' ? (n << 16) >> 16 : (n << 24) >> 24;
}

const BITS: Readonly<Record<IntegerKind, number>> = { TINYINT: 8, SMALLINT: 16, INT: 32, BIGINT: 64 };

/** A bigint wrapped to the integer type `kind`: a number for TINYINT..INT, a bigint for BIGINT. */
export function wrapBigInt(kind: IntegerKind, n: bigint): number | bigint {
  const w = BigInt.asIntN(BITS[kind], n);
  return kind === 'BIGINT' ? w : Number(w);
}
