// The accumulator of order-sensitive aggregates with retraction (FIRST_VALUE, LAST_VALUE, LISTAGG):
// the non-NULL values in arrival order, plus retractions that found no matching value (a slice can
// see a row's retraction without the row). As Flink's *WithRetract functions do, a retraction
// removes the earliest equal value; a merge appends the other list and applies the other side's
// pending retractions to the combined list.
import { keyOf } from '../../types/values.ts';

export interface OrderedAcc {
  values: unknown[];
  pending: unknown[];
}

export const createOrdered = (): OrderedAcc => ({ values: [], pending: [] });

function removeFirst(list: unknown[], v: unknown): boolean {
  // For a string, number, bigint or boolean the first === match is the first equal value, so
  // indexOf answers without building keys (NaN never matches itself and is scanned for). An object
  // (DECIMAL, array, …) may have equal copies before the identical one: it is always scanned for.
  let i = typeof v === 'object' ? -1 : list.indexOf(v);
  if (i < 0) {
    const k = keyOf(v);
    i = list.findIndex((x) => keyOf(x) === k);
  }
  if (i < 0) return false;
  list.splice(i, 1);
  return true;
}

export function addOrdered(acc: OrderedAcc, v: unknown): OrderedAcc {
  if (v !== null && v !== undefined) acc.values.push(v);
  return acc;
}

export function retractOrdered(acc: OrderedAcc, v: unknown): OrderedAcc {
  if (v !== null && v !== undefined && !removeFirst(acc.values, v)) acc.pending.push(v);
  return acc;
}

export function mergeOrdered(acc: OrderedAcc, other: OrderedAcc): OrderedAcc {
  acc.values.push(...other.values);
  for (const v of other.pending) if (!removeFirst(acc.values, v)) acc.pending.push(v);
  return acc;
}
