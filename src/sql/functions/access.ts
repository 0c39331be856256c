// Access into composite values: a ROW's field (`bid.price` → 'FIELD'(bid, 'price'), built by the
// planner when a column path goes into a ROW column), an ARRAY element or a MAP value (`a[i]`,
// `m['k']` → 'ITEM'), and CARDINALITY. Arrays are 1-based as in Flink; an index out of range or a
// missing key gives NULL.
import type { Rex, SourcePos } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import { keyOf } from '../types/values.ts';
import { define, type CallRex } from './registry.ts';
import { validation } from './typing.ts';
import { call } from '../plan/rex.ts';

function fieldIndex(c: CallRex): number {
  const row = c.args[0]!.type;
  const name = c.args[1];
  if (row.kind !== 'ROW' || name?.kind !== 'literal') return -1;
  return row.fields.findIndex((f) => f.name === name.value);
}

define('FIELD', {
  type(fn: string, args: readonly Rex[], at: SourcePos): Rex {
    const [row, name] = args;
    if (row?.type.kind !== 'ROW' || name?.kind !== 'literal' || typeof name.value !== 'string') throw validation(at, fn, `Cannot access a field of ${row === undefined ? 'nothing' : T.toSql(row.type)}`);
    const f = row.type.fields.find((x) => x.name === name.value);
    if (f === undefined) throw validation(at, fn, `Field '${name.value}' not found in ${T.toSql(row.type)}`);
    return call('FIELD', args, row.type.nullable ? T.withNullable(f.type, true) : f.type);
  },
  compile(c, [row]) {
    const i = fieldIndex(c);
    return (r) => {
      const v = row!(r) as unknown[] | null;
      return v === null ? null : (v[i] ?? null);
    };
  },
});

define('ITEM', {
  type(fn: string, args: readonly Rex[], at: SourcePos): Rex {
    const [c, k] = args;
    if (c === undefined || k === undefined || args.length !== 2) throw validation(at, fn, 'ITEM takes a collection and an index or key');
    if (c.type.kind === 'ARRAY') {
      if (!T.isIntegerKind(k.type)) throw validation(at, fn, `Cannot apply 'ITEM' to arguments of type 'ITEM(<${T.toSql(c.type)}>, <${T.toSql(k.type)}>)': an array index must be an integer`);
      return call('ITEM', args, T.withNullable(c.type.element, true));
    }
    if (c.type.kind === 'MAP') return call('ITEM', args, T.withNullable(c.type.value, true));
    throw validation(at, fn, `Cannot apply 'ITEM' to arguments of type 'ITEM(<${T.toSql(c.type)}>, <${T.toSql(k.type)}>)'`);
  },
  compile(c, [coll, key]) {
    if (c.args[0]!.type.kind === 'ARRAY') {
      return (r) => {
        const a = coll!(r) as unknown[] | null;
        const i = key!(r);
        if (a === null || i === null) return null;
        const n = Number(i);
        return n >= 1 && n <= a.length ? (a[n - 1] ?? null) : null;
      };
    }
    return (r) => {
      const m = coll!(r) as Map<unknown, unknown> | null;
      const k = key!(r);
      if (m === null || k === null) return null;
      if (m.has(k)) return m.get(k) ?? null;
      const want = keyOf(k);
      for (const [mk, v] of m) if (keyOf(mk) === want) return v ?? null;
      return null;
    };
  },
});

define('CARDINALITY', {
  type(fn: string, args: readonly Rex[], at: SourcePos): Rex {
    const [c] = args;
    if (args.length !== 1 || (c!.type.kind !== 'ARRAY' && c!.type.kind !== 'MAP')) throw validation(at, fn, `Cannot apply 'CARDINALITY' to arguments of type 'CARDINALITY(<${c === undefined ? '' : T.toSql(c.type)}>)'`);
    return call('CARDINALITY', args, T.INT(c!.type.nullable));
  },
  compile(_c, [coll]) {
    return (r) => {
      const v = coll!(r) as unknown[] | Map<unknown, unknown> | null;
      return v === null ? null : Array.isArray(v) ? v.length : v.size;
    };
  },
});
