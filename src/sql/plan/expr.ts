// AST expressions → typed row expressions (Rex) over a scope of named input fields. Typing of
// calls is the function library's (src/sql/functions); this file resolves names, turns literals
// into values of Flink's literal types, and hands aggregate and window-property calls to the
// caller's hook (query.ts), since only the caller knows the aggregation they belong to.
import type { DataType, Expr, Name, Pos } from '../ast/index.ts';
import { SqlError } from '../parse/errors.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { Decimal } from '../types/decimal.ts';
import { fromAst } from '../types/from-ast.ts';
import { WeirError } from '../../util/errors.ts';
import { castRex, intervalValue, parseLiteral, typeCall } from '../functions/index.ts';
import { call, literal, inputRef, type Rex, type SourcePos } from './rex.ts';

export interface ScopeField {
  /** The table alias or name the field can be qualified with. */
  readonly qualifier?: string;
  readonly name: string;
  readonly type: LogicalType;
}

/** Names visible to an expression: fields in input order (their index is the Rex input index). */
export class Scope {
  readonly fields: readonly ScopeField[];
  constructor(fields: readonly ScopeField[]) {
    this.fields = fields;
  }

  /** The field a (possibly qualified) name refers to, plus the rest of the name (ROW field access). */
  resolve(name: Name, at: SourcePos): { index: number; rest: readonly string[] } {
    const [first, second] = name;
    if (name.length >= 2) {
      const q = this.fields.flatMap((f, i) => (f.qualifier === first && f.name === second ? [i] : []));
      if (q.length === 1) return { index: q[0]!, rest: name.slice(2) };
    }
    const matches = this.fields.flatMap((f, i) => (f.name === first ? [i] : []));
    if (matches.length === 1) return { index: matches[0]!, rest: name.slice(1) };
    if (matches.length > 1) fail(at, `Column '${first}' is ambiguous`);
    const qualified = name.length >= 2 && this.fields.some((f) => f.qualifier === first);
    const text = name.join('.');
    if (qualified) fail(at, `Column '${second}' not found in table '${first}'`);
    const known = [...new Set(this.fields.map((f) => f.name))];
    fail(at, `Column '${text}' not found in any table; available: ${known.map((k) => `'${k}'`).join(', ') || 'none'}`);
  }
}

/** Consulted before each expression is translated (for aggregates, group keys and window
 * properties, which only the query planner knows); undefined means "translate as usual". */
export type Intercept = (e: Expr, at: SourcePos) => Rex | undefined;

export function posOf(file: string, p: Pos): SourcePos {
  return { file, line: p.line, column: p.column };
}

export function fail(at: SourcePos, message: string, kind: 'validation' | 'unsupported' = 'validation'): never {
  throw new SqlError(kind, at.file, at.line, at.column, '', message);
}

/** A parser type → LogicalType, with errors carrying the script's file, line and column. */
export function typeOf(dt: DataType, file: string): LogicalType {
  try {
    return fromAst(dt);
  } catch (e) {
    if (e instanceof WeirError) fail(posOf(file, dt), e.message, e.code === 'NOT_IMPLEMENTED' ? 'unsupported' : 'validation');
    throw e;
  }
}

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** A numeric literal with Flink's literal type: INT, BIGINT, DECIMAL(p, s) or DOUBLE. */
export function numberLiteral(text: string, exact: boolean, at: SourcePos): Rex {
  if (!exact || /[eE]/.test(text)) return literal(Number(text), T.DOUBLE(false));
  if (/^\d+$/.test(text)) {
    const v = BigInt(text);
    if (v >= INT_MIN && v <= INT_MAX) return literal(Number(v), T.INT(false));
    if (v >= LONG_MIN && v <= LONG_MAX) return literal(v, T.BIGINT(false));
  }
  const d = Decimal.fromString(text);
  const precision = Math.max(d.precision(), d.scale, 1);
  if (precision > 38) fail(at, `Numeric literal '${text}' out of range`);
  return literal(d, T.DECIMAL(precision, d.scale, false));
}

export class ExprTranslator {
  readonly file: string;
  readonly scope: Scope;
  readonly hook: Intercept | undefined;

  constructor(file: string, scope: Scope, hook?: Intercept) {
    this.file = file;
    this.scope = scope;
    this.hook = hook;
  }

  at(p: Pos): SourcePos {
    return posOf(this.file, p);
  }

  translate(e: Expr): Rex {
    const at = this.at(e);
    const hooked = this.hook?.(e, at);
    if (hooked !== undefined) return hooked;
    switch (e.kind) {
      case 'number': return numberLiteral(e.text, e.exact, at);
      case 'string': return literal(e.value, T.CHAR(Math.max(1, e.value.length), false));
      case 'boolean': return literal(e.value, T.BOOLEAN(false));
      case 'null': return literal(null, T.NULL());
      case 'symbol': return literal(e.value, T.VARCHAR(Math.max(1, e.value.length), false));
      case 'interval': {
        const v = intervalValue(e.value, e.from, e.to, at);
        return literal(v.value, v.type);
      }
      case 'typedLiteral': {
        const type = typedLiteralType(e.type, e.value, at);
        return literal(parseLiteral(e.value, type), type);
      }
      case 'column': return this.column(e.name, at);
      case 'star': return fail(at, `'*' is only allowed in a select list or COUNT(*)`);
      case 'unary':
        if (e.op === '+') return this.translate(e.operand);
        return this.call(e.op === '-' ? 'NEGATE' : 'NOT', [e.operand], at);
      case 'binary':
        if (e.op === 'AND' || e.op === 'OR') return this.logic(e.op, e, at);
        return this.call(e.op, [e.left, e.right], at);
      case 'isNull': return this.call(e.negated ? 'IS NOT NULL' : 'IS NULL', [e.operand], at);
      case 'between': return this.call(e.negated ? 'NOT BETWEEN' : 'BETWEEN', [e.operand, e.low, e.high], at);
      case 'inList': return this.call(e.negated ? 'NOT IN' : 'IN', [e.operand, ...e.list], at);
      case 'like': return this.call(e.negated ? 'NOT LIKE' : 'LIKE', e.escape === undefined ? [e.operand, e.pattern] : [e.operand, e.pattern, e.escape], at);
      case 'case': {
        const args: Expr[] = [];
        for (const w of e.whens) {
          args.push(e.operand === undefined ? w.when : { kind: 'binary', op: '=', left: e.operand, right: w.when, line: w.when.line, column: w.when.column });
          args.push(w.then);
        }
        const rex = args.map((a) => this.translate(a));
        rex.push(e.else === undefined ? literal(null, T.NULL()) : this.translate(e.else));
        return typeCall('CASE', rex, at);
      }
      case 'cast': return castRex(this.translate(e.operand), typeOf(e.type, this.file), e.try, at);
      case 'call': {
        if (e.filter !== undefined) fail(at, `FILTER (WHERE …) is only allowed on aggregate functions, not ${e.name}`);
        if (e.distinct) fail(at, `DISTINCT is only allowed in aggregate functions, not ${e.name}`);
        return this.call(e.name, e.args, at);
      }
    }
  }

  #fieldAccess(base: Rex, rest: readonly string[], at: SourcePos): Rex {
    let r = base;
    for (const f of rest) {
      const t = r.type;
      if (t.kind !== 'ROW') fail(at, `Column '${f}' not found: ${T.toSql(t)} has no fields`);
      const field = t.fields.find((x) => x.name === f);
      if (field === undefined) fail(at, `Field '${f}' not found in ${T.toSql(t)}`);
      const type = t.nullable ? T.withNullable(field.type, true) : field.type;
      r = call('FIELD', [r, literal(f, T.VARCHAR(Math.max(1, f.length), false))], type);
    }
    return r;
  }

  column(name: Name, at: SourcePos): Rex {
    const { index, rest } = this.scope.resolve(name, at);
    const f = this.scope.fields[index]!;
    return this.#fieldAccess(inputRef(index, f.type), rest, at);
  }

  call(fn: string, args: readonly Expr[], at: SourcePos): Rex {
    // JSON_VALUE's RETURNING type arrives as CAST(NULL AS type): the function takes a typed NULL.
    const translated = args.map((a, i) => (fn === 'JSON_VALUE' && i === 2 && a.kind === 'cast' && a.operand.kind === 'null'
      ? literal(null, T.withNullable(typeOf(a.type, this.file), true))
      : this.translate(a)));
    const rex = typeCall(fn, translated, at);
    return rex.kind === 'call' && rex.fn !== 'PROCTIME' ? { ...rex, type: T.withoutTimeAttribute(rex.type) } : rex;
  }

  logic(op: 'AND' | 'OR', e: Expr, at: SourcePos): Rex {
    const parts: Expr[] = [];
    const flatten = (x: Expr): void => {
      if (x.kind === 'binary' && x.op === op) {
        flatten(x.left);
        flatten(x.right);
      } else parts.push(x);
    };
    flatten(e);
    return typeCall(op, parts.map((p) => this.translate(p)), at);
  }
}

function typedLiteralType(name: string, value: string, at: SourcePos): LogicalType {
  const fraction = /\.(\d+)/.exec(value)?.[1]?.length ?? 0;
  switch (name) {
    case 'DATE': return T.DATE(false);
    case 'TIME': return T.TIME(Math.min(fraction, 3), false);
    case 'TIMESTAMP': return T.TIMESTAMP(Math.max(fraction, 0), false);
    case 'TIMESTAMP_LTZ': return T.TIMESTAMP_LTZ(Math.max(fraction, 0), false);
    default: return fail(at, `${name} '…' literals are not supported`, 'unsupported');
  }
}

/** Splits a condition into its AND-ed parts. */
export function conjuncts(r: Rex): Rex[] {
  return r.kind === 'call' && r.fn === 'AND' ? r.args.flatMap(conjuncts) : [r];
}

/** Structural equality of two AST expressions, ignoring positions. */
export function sameExpr(a: Expr, b: Expr): boolean {
  return stripPos(a) === stripPos(b);
}

export function stripPos(e: Expr): string {
  return JSON.stringify(e, (k, v) => (k === 'line' || k === 'column' ? undefined : v));
}
