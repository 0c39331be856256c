// The parser's DataType node (src/sql/ast) → LogicalType, with Flink's defaults (DECIMAL →
// DECIMAL(10, 0), CHAR → CHAR(1), VARCHAR → VARCHAR(1) as in Flink, STRING → VARCHAR(max),
// TIME → TIME(0), TIMESTAMP → TIMESTAMP(6)) and limits. Errors name the type and its line:column.

import type { DataType } from '../ast/index.ts';
import { WeirError } from '../../util/errors.ts';
import * as T from './types.ts';
import type { LogicalType, DayTimeResolution, YearMonthResolution } from './types.ts';

function at(dt: DataType): string {
  return `${dt.line}:${dt.column}`;
}

function num(dt: DataType, i: number): number | undefined {
  const a = dt.args[i];
  return a === undefined ? undefined : Number(a);
}

function arity(dt: DataType, max: number): void {
  if (dt.args.length > max) {
    throw new WeirError('CONFIG_INVALID', `${dt.name} takes ${max === 0 ? 'no parameters' : `at most ${max} parameter${max === 1 ? '' : 's'}`}, got '${dt.text}'`, { where: at(dt) });
  }
}

const YM: Record<string, YearMonthResolution> = { YEAR: 'YEAR', 'YEAR TO MONTH': 'YEAR_TO_MONTH', MONTH: 'MONTH' };
const DT: Record<string, DayTimeResolution> = {
  DAY: 'DAY', 'DAY TO HOUR': 'DAY_TO_HOUR', 'DAY TO MINUTE': 'DAY_TO_MINUTE', 'DAY TO SECOND': 'DAY_TO_SECOND',
  HOUR: 'HOUR', 'HOUR TO MINUTE': 'HOUR_TO_MINUTE', 'HOUR TO SECOND': 'HOUR_TO_SECOND', MINUTE: 'MINUTE',
  'MINUTE TO SECOND': 'MINUTE_TO_SECOND', SECOND: 'SECOND',
};

export function fromAst(dt: DataType): LogicalType {
  const n = dt.nullable;
  const w = at(dt);
  switch (dt.name) {
    case 'BOOLEAN': case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': case 'FLOAT': case 'DOUBLE': case 'DATE':
      arity(dt, 0);
      return T.simple(dt.name, n);
    case 'DECIMAL':
      arity(dt, 2);
      return T.DECIMAL(num(dt, 0) ?? 10, num(dt, 1) ?? 0, n, w);
    case 'CHAR': arity(dt, 1); return T.CHAR(num(dt, 0) ?? 1, n, w);
    case 'VARCHAR': arity(dt, 1); return T.VARCHAR(num(dt, 0) ?? 1, n, w);
    case 'STRING': arity(dt, 0); return T.STRING(n);
    case 'BINARY': arity(dt, 1); return T.BINARY(num(dt, 0) ?? 1, n, w);
    case 'VARBINARY': arity(dt, 1); return T.VARBINARY(num(dt, 0) ?? 1, n, w);
    case 'BYTES': arity(dt, 0); return T.BYTES(n);
    case 'TIME': arity(dt, 1); return T.TIME(num(dt, 0) ?? 0, n, w);
    case 'TIMESTAMP': arity(dt, 1); return T.TIMESTAMP(num(dt, 0) ?? 6, n, 'REGULAR', w);
    case 'TIMESTAMP_LTZ': arity(dt, 1); return T.TIMESTAMP_LTZ(num(dt, 0) ?? 6, n, 'REGULAR', w);
    case 'ARRAY': {
      const [e] = dt.elements;
      if (e === undefined) throw new WeirError('CONFIG_INVALID', `ARRAY needs an element type, e.g. ARRAY<INT>`, { where: w });
      return T.ARRAY(fromAst(e), n);
    }
    case 'MAP': {
      const [k, v] = dt.elements;
      if (k === undefined || v === undefined) throw new WeirError('CONFIG_INVALID', `MAP needs a key and a value type, e.g. MAP<STRING, INT>`, { where: w });
      return T.MAP(fromAst(k), fromAst(v), n);
    }
    case 'ROW':
      return T.ROW(dt.fields.map((f) => ({ name: f.name, type: fromAst(f.type) })), n, w);
    case 'NULL':
      return T.NULL();
  }
  if (dt.name.startsWith('INTERVAL ')) {
    // Qualifier precisions (DAY(p), SECOND(p), YEAR(p)) are taken from args in order when given.
    const q = dt.name.slice('INTERVAL '.length);
    const ym = YM[q];
    if (ym !== undefined) return T.INTERVAL_YEAR_MONTH(ym, num(dt, 0) ?? 2, n, w);
    const res = DT[q];
    if (res !== undefined) {
      const hasDay = res.startsWith('DAY');
      const hasSecond = res.endsWith('SECOND');
      const dayP = hasDay ? num(dt, 0) ?? 2 : 2;
      const fracP = hasSecond ? num(dt, hasDay ? 1 : 0) ?? 6 : 6;
      return T.INTERVAL_DAY_TIME(res, dayP, fracP, n, w);
    }
  }
  throw new WeirError('NOT_IMPLEMENTED', `The data type '${dt.text}' is not supported yet`, {
    where: w,
    hint: 'use BOOLEAN, TINYINT…BIGINT, FLOAT, DOUBLE, DECIMAL, CHAR/VARCHAR/STRING, BINARY/VARBINARY/BYTES, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ, INTERVAL, ARRAY, MAP or ROW',
  });
}
