// Helpers shared by operators that evaluate row expressions.
import type { Rex } from '../../sql/plan/rex.ts';
import type { Row } from '../../sql/types/values.ts';

/** True when `projection` is $0, $1, … $n-1 over an input of n fields. */
export function identityProjection(projection: readonly Rex[], inputWidth: number): boolean {
  if (projection.length !== inputWidth) return false;
  return projection.every((r, i) => r.kind === 'input' && r.index === i);
}

/** left ++ right as one row (join output and join conditions). */
export function concatRows(left: Row, right: Row): Row {
  const row = new Array<unknown>(left.length + right.length);
  for (let i = 0; i < left.length; i++) row[i] = left[i];
  for (let i = 0; i < right.length; i++) row[left.length + i] = right[i];
  return row;
}

/** A row of `n` NULLs (the padded side of an outer join). */
export function nullRow(n: number): Row {
  return new Array<unknown>(n).fill(null);
}
