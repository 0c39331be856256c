// Typing helpers shared by the function families: Calcite/Flink-style validation messages, type
// families for signatures, implicit casts, and result nullability.
import type { Rex, SourcePos } from '../plan/rex.ts';
import { call, literal } from '../plan/rex.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import { commonTypeOf } from '../types/rules.ts';
import { SqlError } from '../parse/errors.ts';

export function validation(at: SourcePos, text: string, message: string): SqlError {
  return new SqlError('validation', at.file, at.line, at.column, text, message);
}

/** Calcite's spelling of a type in messages: INTEGER, VARCHAR(2147483647), TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)… */
export function sqlTypeName(t: LogicalType): string {
  const nn = t.nullable || t.kind === 'NULL' ? '' : ' NOT NULL';
  switch (t.kind) {
    case 'INT': return 'INTEGER' + nn;
    case 'CHAR': case 'VARCHAR': case 'BINARY': case 'VARBINARY': return `${t.kind}(${t.length})${nn}`;
    case 'DECIMAL': return `DECIMAL(${t.precision}, ${t.scale})${nn}`;
    case 'TIME': case 'TIMESTAMP': return `${t.kind}(${t.precision})${nn}`;
    case 'TIMESTAMP_LTZ': return `TIMESTAMP_WITH_LOCAL_TIME_ZONE(${t.precision})${nn}`;
    case 'INTERVAL_YEAR_MONTH': case 'INTERVAL_DAY_TIME': return T.toSql(T.withNullable(t, true)).replace(/\(\d+\)/g, '') + nn;
    case 'ARRAY': return `${sqlTypeName(t.element)} ARRAY${nn}`;
    case 'MAP': return `(${sqlTypeName(t.key)}, ${sqlTypeName(t.value)}) MAP${nn}`;
    case 'ROW': return `RecordType(${t.fields.map((f) => `${sqlTypeName(f.type)} ${f.name}`).join(', ')})${nn}`;
    default: return t.kind + nn;
  }
}

/** Calcite's type family name, used in "No match found for function signature F(<NUMERIC>)". */
export function familyName(t: LogicalType): string {
  if (T.isNumeric(t)) return 'NUMERIC';
  if (T.isCharString(t)) return 'CHARACTER';
  if (T.isBinaryString(t)) return 'BINARY';
  if (T.isTimestamp(t)) return 'TIMESTAMP';
  if (t.kind === 'INTERVAL_YEAR_MONTH') return 'INTERVAL_YEAR_MONTH';
  if (t.kind === 'INTERVAL_DAY_TIME') return 'INTERVAL_DAY_TIME';
  return t.kind;
}

const angle = (t: LogicalType): string => `<${sqlTypeName(t).replace(/ NOT NULL$/, '')}>`;

/** "Cannot apply '+' to arguments of type '<VARCHAR(5)> + <INTEGER>'. Supported form(s): …". */
export function cannotApply(fn: string, args: readonly Rex[], at: SourcePos, forms: readonly string[] = []): SqlError {
  const infix = args.length === 2 && /^[^A-Z]+$|^(AND|OR|LIKE|NOT LIKE)$/.test(fn);
  const postfix = args.length === 1 && /^IS /.test(fn);
  const shown = infix ? `${angle(args[0]!.type)} ${fn} ${angle(args[1]!.type)}`
    : postfix ? `${angle(args[0]!.type)} ${fn}`
    : `${fn}(${args.map((a) => angle(a.type)).join(', ')})`;
  const supported = forms.length > 0 ? `. Supported form(s): ${forms.map((f) => `'${f}'`).join('\n')}` : '';
  return validation(at, fn, `Cannot apply '${fn}' to arguments of type '${shown}'${supported}`);
}

export function wrongCount(fn: string, expected: string, at: SourcePos): SqlError {
  return validation(at, fn, `Invalid number of arguments to function '${fn}'. Was expecting ${expected} arguments`);
}

// ---- families -----------------------------------------------------------------------------------

export type Family = 'STRING' | 'NUMERIC' | 'EXACT' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'TIME' | 'TIMESTAMP' | 'DATETIME' | 'BINARY' | 'ANY';

const FAMILY_TEST: Record<Family, (t: LogicalType) => boolean> = {
  STRING: T.isCharString,
  NUMERIC: T.isNumeric,
  EXACT: T.isExactNumeric,
  INTEGER: T.isIntegerKind,
  BOOLEAN: (t) => t.kind === 'BOOLEAN',
  DATE: (t) => t.kind === 'DATE',
  TIME: (t) => t.kind === 'TIME',
  TIMESTAMP: T.isTimestamp,
  DATETIME: (t) => t.kind === 'DATE' || t.kind === 'TIME' || T.isTimestamp(t),
  BINARY: T.isBinaryString,
  ANY: () => true,
};

const FAMILY_SHOWN: Record<Family, string> = {
  STRING: '<CHARACTER>', NUMERIC: '<NUMERIC>', EXACT: '<EXACT_NUMERIC>', INTEGER: '<INTEGER>', BOOLEAN: '<BOOLEAN>',
  DATE: '<DATE>', TIME: '<TIME>', TIMESTAMP: '<TIMESTAMP>', DATETIME: '<DATETIME>', BINARY: '<BINARY>', ANY: '<ANY>',
};

export const inFamily = (t: LogicalType, f: Family): boolean => t.kind === 'NULL' || FAMILY_TEST[f](t);

/**
 * Checks a call against signatures (lists of families; a trailing '...' repeats the last family) and
 * returns the index of the first that matches. Throws Flink's messages on a wrong count or types.
 */
export function checkSignature(fn: string, args: readonly Rex[], at: SourcePos, forms: readonly (readonly (Family | '...')[])[]): number {
  const fits = (form: readonly (Family | '...')[]): boolean | 'count' => {
    const variadic = form[form.length - 1] === '...';
    const fixed = variadic ? form.length - 1 : form.length;
    if (variadic ? args.length < fixed : args.length !== fixed) return 'count';
    return args.every((a, i) => inFamily(a.type, form[Math.min(i, fixed - 1)] as Family));
  };
  let countOk = false;
  for (const [i, form] of forms.entries()) {
    const r = fits(form);
    if (r === true) return i;
    if (r === false) countOk = true;
  }
  const shown = forms.map((f) => `${fn}(${f.map((x) => (x === '...' ? '...' : FAMILY_SHOWN[x])).join(', ')})`);
  if (!countOk) {
    const counts = [...new Set(forms.map((f) => (f[f.length - 1] === '...' ? `at least ${f.length - 1}` : String(f.length))))];
    throw wrongCount(fn, counts.join(' or '), at);
  }
  throw cannotApply(fn, args, at, shown);
}

// ---- casts and nullability ----------------------------------------------------------------------

/** Same runtime representation and parameters (nullability and time attributes aside). */
export function sameType(a: LogicalType, b: LogicalType): boolean {
  const norm = (t: LogicalType): LogicalType => {
    const n = T.withNullable(t, true);
    return (n.kind === 'TIMESTAMP' || n.kind === 'TIMESTAMP_LTZ') && n.timeAttribute !== 'REGULAR' ? { ...n, timeAttribute: 'REGULAR' } : n;
  };
  return T.typeEquals(norm(a), norm(b));
}

/** `rex` as `to` (keeping rex's nullability), through an implicit CAST node when the types differ. */
export function coerce(rex: Rex, to: LogicalType): Rex {
  if (sameType(rex.type, to)) return rex;
  if (rex.kind === 'literal' && rex.value === null) return literal(null, T.withNullable(to, true));
  return call('CAST', [rex], T.withNullable(to, rex.type.nullable));
}

export const anyNullable = (args: readonly Rex[]): boolean => args.some((a) => a.type.nullable);

/** `t` nullable when any argument is. */
export const nullableIf = (t: LogicalType, args: readonly Rex[]): LogicalType => T.withNullable(t, anyNullable(args));

/** Common type of arguments, or a "Cannot apply" error. */
export function common(fn: string, args: readonly Rex[], at: SourcePos, forms?: readonly string[]): LogicalType {
  const t = commonTypeOf(args.map((a) => a.type));
  if (t === undefined) {
    if (args.every((a) => a.type.kind === 'NULL')) throw validation(at, fn, `Illegal use of 'NULL' in '${fn}': cast NULL to a type, e.g. CAST(NULL AS INT)`);
    throw cannotApply(fn, args, at, forms);
  }
  return t;
}

/** A string literal argument (units of EXTRACT/TIMESTAMPADD, flags), upper-cased; throws otherwise. */
export function symbolArg(fn: string, arg: Rex | undefined, at: SourcePos, allowed: readonly string[]): string {
  const v = arg?.kind === 'literal' && typeof arg.value === 'string' ? arg.value.toUpperCase() : undefined;
  if (v === undefined || !allowed.includes(v)) {
    throw validation(at, fn, `${fn} expects one of ${allowed.join(', ')} as its unit, got ${v === undefined ? 'an expression' : `'${v}'`}`);
  }
  return v;
}

export const STRING_T = T.STRING();
