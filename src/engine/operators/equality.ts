// Value equality for changelog decisions (is an aggregate result unchanged? is an upsert a
// no-op?): SQL values compared as the runtime holds them — NaN equals NaN, Decimals and byte
// arrays by value, arrays and rows element-wise, Maps by their keyOf form.
import { Decimal } from '../../sql/types/decimal.ts';
import { keyOf, type Row } from '../../sql/types/values.ts';

function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Decimal && b instanceof Decimal) return a.compare(b) === 0 && a.scale === b.scale;
  if (Array.isArray(a) && Array.isArray(b)) return rowsEqual(a, b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  return keyOf(a) === keyOf(b);
}

export function rowsEqual(a: Row, b: Row): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
  return true;
}
