// Helpers shared by operators that evaluate row expressions, and the row building the joins share.
import type { JoinType } from '../../sql/plan/physical.ts';
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

/** Which sides of a join are outer (kept, padded with NULLs, when they match nothing): [left, right]. */
export function outerSides(joinType: JoinType): [boolean, boolean] {
  return [joinType === 'left' || joinType === 'full', joinType === 'right' || joinType === 'full'];
}

/** True when one of `fields` of `row` is NULL (such a join key never matches). */
export function hasNullAt(row: Row, fields: readonly number[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const v = row[fields[i]!];
    if (v === null || v === undefined) return true;
  }
  return false;
}

/** `row` of one join side with the other side's fields NULL (an outer join's unmatched row). */
export function paddedRow(row: Row, isLeft: boolean, leftWidth: number, rightWidth: number): Row {
  const pad = isLeft ? rightWidth : leftWidth;
  const out = new Array<unknown>(row.length + pad);
  const rowAt = isLeft ? 0 : pad;
  const padAt = isLeft ? row.length : 0;
  for (let i = 0; i < row.length; i++) out[rowAt + i] = row[i];
  for (let i = 0; i < pad; i++) out[padAt + i] = null;
  return out;
}
