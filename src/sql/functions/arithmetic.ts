// Arithmetic operators '+' '-' '*' '/' '%' (and MOD), unary 'NEGATE', and datetime ± INTERVAL.
// Result types follow rules.ts (Flink's PLUS/MINUS/TIMES/DIVIDE/MOD strategies); operands get the
// implicit casts Flink's code generator applies. INT/BIGINT (and TINYINT/SMALLINT) overflow wraps as
// Java's; integer division truncates toward zero and division by zero fails the job (Java's
// ArithmeticException), as does DECIMAL division by zero; FLOAT/DOUBLE follow IEEE (x / 0 = ±Infinity).
// DECIMAL arithmetic is exact and a result that does not fit the result type is NULL.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { arithmeticResult, commonType, type ArithmeticOp } from '../types/rules.ts';
import type { Decimal } from '../types/decimal.ts';
import { wrapNumber, type SmallIntegerKind } from '../types/integers.ts';
import { WeirError } from '../../util/errors.ts';
import type { Evaluator } from './types.ts';
import { define, strict1, strict2 } from './registry.ts';
import { cannotApply, coerce, wrongCount } from './typing.ts';
import { addMonthsToDays, addMonthsToTimestamp, floorMod, MS_PER_DAY } from './datetime.ts';

const FORMS: Record<ArithmeticOp, string[]> = {
  '+': ['<NUMERIC> + <NUMERIC>', '<DATETIME_INTERVAL> + <DATETIME_INTERVAL>', '<DATETIME> + <DATETIME_INTERVAL>', '<DATETIME_INTERVAL> + <DATETIME>'],
  '-': ['<NUMERIC> - <NUMERIC>', '<DATETIME_INTERVAL> - <DATETIME_INTERVAL>', '<DATETIME> - <DATETIME_INTERVAL>'],
  '*': ['<NUMERIC> * <NUMERIC>', '<DATETIME_INTERVAL> * <NUMERIC>', '<NUMERIC> * <DATETIME_INTERVAL>'],
  '/': ['<NUMERIC> / <NUMERIC>', '<DATETIME_INTERVAL> / <NUMERIC>'],
  '%': ['<EXACT_NUMERIC> % <EXACT_NUMERIC>'],
};

export function divisionByZero(op: string): WeirError {
  return new WeirError('CONFIG_INVALID', `Division by zero in '${op}'`, { hint: 'guard the divisor, e.g. CASE WHEN d = 0 THEN NULL ELSE n / d END, or NULLIF(d, 0)' });
}

function typeArithmetic(op: ArithmeticOp, fn: string, args: readonly Rex[], at: SourcePos): Rex {
  if (args.length !== 2) throw wrongCount(fn, '2', at);
  let [a, b] = args as [Rex, Rex];
  const result = arithmeticResult(op, a.type, b.type);
  if (result === undefined) throw cannotApply(fn, args, at, FORMS[op]);
  if (a.type.kind === 'NULL') a = coerce(a, b.type);
  if (b.type.kind === 'NULL') b = coerce(b, a.type);
  if (!(T.isNumeric(a.type) && T.isNumeric(b.type))) return call(op, [a, b], result);
  if (result.kind === 'DECIMAL') {
    const asDec = (x: Rex): Rex => {
      const d = T.asDecimal(x.type);
      return d === undefined ? x : coerce(x, T.DECIMAL(d.precision, d.scale));
    };
    return call(op, [asDec(a), asDec(b)], result);
  }
  if (op === '%') {
    // Computed in the operands' common type, then narrowed to the second operand's type (Flink's MOD).
    const c = commonType(a.type, b.type)!;
    const inner = call('%', [coerce(a, c), coerce(b, c)], T.withNullable(c, result.nullable));
    return coerce(inner, result);
  }
  return call(op, [coerce(a, result), coerce(b, result)], result);
}

function intOps(kind: SmallIntegerKind, op: ArithmeticOp): (x: number, y: number) => number {
  const wrap = (n: number): number => wrapNumber(kind, n);
  switch (op) {
    case '+': return (x, y) => wrap(x + y);
    case '-': return (x, y) => wrap(x - y);
    case '*': return (x, y) => wrap(Math.imul(x, y));
    case '/': return (x, y) => { if (y === 0) throw divisionByZero('/'); return wrap(Math.trunc(x / y)); };
    case '%': return (x, y) => { if (y === 0) throw divisionByZero('%'); return wrap(x % y); };
  }
}

function bigintOps(op: ArithmeticOp): (x: bigint, y: bigint) => bigint {
  switch (op) {
    case '+': return (x, y) => BigInt.asIntN(64, x + y);
    case '-': return (x, y) => BigInt.asIntN(64, x - y);
    case '*': return (x, y) => BigInt.asIntN(64, x * y);
    case '/': return (x, y) => { if (y === 0n) throw divisionByZero('/'); return BigInt.asIntN(64, x / y); };
    case '%': return (x, y) => { if (y === 0n) throw divisionByZero('%'); return x % y; };
  }
}

function doubleOps(op: ArithmeticOp, round: (n: number) => number): (x: number, y: number) => number {
  switch (op) {
    case '+': return (x, y) => round(x + y);
    case '-': return (x, y) => round(x - y);
    case '*': return (x, y) => round(x * y);
    case '/': return (x, y) => round(x / y);
    case '%': return (x, y) => round(x % y);
  }
}

function decimalOps(op: ArithmeticOp, p: number, s: number): (x: Decimal, y: Decimal) => Decimal | null {
  switch (op) {
    case '+': return (x, y) => x.add(y).fit(p, s);
    case '-': return (x, y) => x.sub(y).fit(p, s);
    case '*': return (x, y) => x.mul(y).fit(p, s);
    case '/': return (x, y) => { if (y.unscaled === 0n) throw divisionByZero('/'); return x.div(y, s).fit(p, s); };
    case '%': return (x, y) => { if (y.unscaled === 0n) throw divisionByZero('%'); return x.mod(y).fit(p, s); };
  }
}

/** datetime/interval arithmetic on the runtime numbers (days, ms of day, ms, months). */
function temporalOp(op: ArithmeticOp, a: LogicalType, b: LogicalType): (x: number, y: number) => number {
  const sign = op === '-' ? -1 : 1;
  if (T.isInterval(a) && T.isInterval(b)) return (x, y) => x + sign * y;
  if (op === '*') return (x, y) => Math.trunc(x * y);
  if (op === '/') return (x, y) => { if (y === 0) throw divisionByZero('/'); return Math.trunc(x / y); };
  const [dt, iv, swap] = T.isInterval(a) ? [b, a, true] : [a, b, false];
  const months = iv.kind === 'INTERVAL_YEAR_MONTH';
  let f: (t: number, i: number) => number;
  switch (dt.kind) {
    case 'DATE': f = months ? (t, i) => addMonthsToDays(t, sign * i) : (t, i) => t + Math.trunc((sign * i) / MS_PER_DAY); break;
    case 'TIME': f = months ? (t) => t : (t, i) => floorMod(t + sign * i, MS_PER_DAY); break;
    default: f = months ? (t, i) => addMonthsToTimestamp(t, sign * i) : (t, i) => t + sign * i;
  }
  return swap ? (x, y) => f(y, x) : f;
}

/** Numbers for the multiplier of INTERVAL * n (BIGINT and DECIMAL operands become doubles). */
const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v)));

function compileArithmetic(op: ArithmeticOp, c: { args: readonly Rex[]; type: LogicalType }, [a, b]: readonly Evaluator[]): Evaluator {
  const t = c.type;
  const [ta, tb] = [c.args[0]!.type, c.args[1]!.type];
  if (T.isInterval(ta) || T.isInterval(tb)) {
    const f = temporalOp(op, ta, tb);
    return strict2(a!, b!, (x, y) => f(asNumber(x), asNumber(y)));
  }
  switch (t.kind) {
    case 'TINYINT': case 'SMALLINT': case 'INT': return strict2(a!, b!, intOps(t.kind, op));
    case 'BIGINT': return strict2(a!, b!, bigintOps(op));
    case 'FLOAT': return strict2(a!, b!, doubleOps(op, Math.fround));
    case 'DOUBLE': return strict2(a!, b!, doubleOps(op, (n) => n));
    case 'DECIMAL': return strict2(a!, b!, decimalOps(op, t.precision, t.scale));
    default: throw new WeirError('INTERNAL', `no evaluator for '${op}' on ${T.toSql(t)}`);
  }
}

for (const op of ['+', '-', '*', '/', '%'] as const) {
  define(op === '%' ? ['%', 'MOD'] : op, {
    type: (fn, args, at) => typeArithmetic(op, fn, args, at),
    compile: (c, args) => compileArithmetic(op, c, args),
  });
}

function negate(t: LogicalType): (x: never) => unknown {
  switch (t.kind) {
    case 'TINYINT': case 'SMALLINT': case 'INT': {
      const kind = t.kind;
      return (x: number) => wrapNumber(kind, -x);
    }
    case 'BIGINT': return (x: bigint) => BigInt.asIntN(64, -x);
    case 'DECIMAL': return (x: Decimal) => x.negate();
    default: return (x: number) => -x;
  }
}

define('NEGATE', {
  type: (fn, args, at) => {
    if (args.length !== 1) throw wrongCount(fn, '1', at);
    const t = args[0]!.type;
    if (!(T.isNumeric(t) || T.isInterval(t))) throw cannotApply('-', args, at, ['-<NUMERIC>', '-<DATETIME_INTERVAL>']);
    return call('NEGATE', args, t);
  },
  compile: (c, [a]) => strict1(a!, negate(c.type) as (x: unknown) => unknown),
});
