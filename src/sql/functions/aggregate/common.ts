// What the aggregate families share: the call being resolved, errors in Flink's words (Calcite's
// "Cannot apply …" for operand types its validator rejects, the planner's "… does not support
// type" for types Flink's AggFunctionFactory rejects), result nullability as Calcite infers it,
// and Java's wrapping integer arithmetic (Flink sums INT in an int and BIGINT in a long).
import { SqlError } from '../../parse/errors.ts';
import { WeirError } from '../../../util/errors.ts';
import type { SourcePos } from '../../plan/rex.ts';
import { toSql, withNullable } from '../../types/types.ts';
import type { LogicalType } from '../../types/types.ts';

/** One aggregate call to type: its upper-case name, argument types and where it was written. */
export interface AggCallSite {
  readonly name: string;
  readonly argTypes: readonly LogicalType[];
  readonly at: SourcePos;
  /**
   * Grouped by at least one key and without FILTER: Calcite then keeps a NOT NULL argument's
   * result NOT NULL (a group exists only while it has rows). Otherwise the result is nullable.
   */
  readonly grouped: boolean;
}

export function validationError(call: AggCallSite, what: string): SqlError {
  return new SqlError('validation', call.at.file, call.at.line, call.at.column, call.name, what);
}

/** Calcite's spelling of a type in operand-type errors: INTEGER, VARCHAR(2147483647), … */
export function calciteName(t: LogicalType): string {
  switch (t.kind) {
    case 'INT': return 'INTEGER';
    case 'VARCHAR': return `VARCHAR(${t.length})`;
    case 'VARBINARY': return `VARBINARY(${t.length})`;
    case 'TIMESTAMP_LTZ': return `TIMESTAMP_WITH_LOCAL_TIME_ZONE(${t.precision})`;
    case 'TIMESTAMP': return `TIMESTAMP(${t.precision})`;
    default: return toSql(withNullable(t, true));
  }
}

/** Calcite's "Cannot apply 'F' to arguments of type 'F(<T>)'. Supported form(s): …". */
export function cannotApply(call: AggCallSite, forms: readonly string[]): SqlError {
  const types = call.argTypes.map((t) => `<${calciteName(t)}>`).join(', ');
  return validationError(call, `Cannot apply '${call.name}' to arguments of type '${call.name}(${types})'. Supported form(s): ${forms.map((f) => `'${f}'`).join('\n')}`);
}

/** Flink's planner message for an argument type it has no implementation for. */
export function unsupportedType(call: AggCallSite, t: LogicalType): SqlError {
  return validationError(call, `${call.name} aggregate function does not support type: '${toSql(withNullable(t, true))}'. Please re-check the data type.`);
}

/** Calcite: "Invalid number of arguments to function 'F'. Was expecting N arguments". */
export function checkArity(call: AggCallSite, min: number, max = min): void {
  const n = call.argTypes.length;
  if (n >= min && n <= max) return;
  const expecting = min === max ? `${min}` : `${min} to ${max}`;
  throw validationError(call, `Invalid number of arguments to function '${call.name}'. Was expecting ${expecting} arguments`);
}

/** An untyped NULL literal as an argument (Calcite: "Illegal use of 'NULL'"). */
export function checkNoNullLiteral(call: AggCallSite): void {
  if (call.argTypes.some((t) => t.kind === 'NULL')) throw validationError(call, `Illegal use of 'NULL' in ${call.name}; cast it to a type, e.g. CAST(NULL AS INT)`);
}

/**
 * Calcite's AGG_SUM / ARG0_NULLABLE_IF_EMPTY: the type as derived (carrying the argument's
 * nullability) when grouped, else nullable (an empty input yields one row with NULL).
 */
export function nullableIfEmpty(t: LogicalType, arg: LogicalType, grouped: boolean): LogicalType {
  return withNullable(t, grouped ? arg.nullable : true);
}

export function toBigInt(v: unknown): bigint {
  return typeof v === 'bigint' ? v : BigInt(v as number);
}

/** `retract` of a function resolved for an append-only input: a planner bug if ever called. */
export function appendOnlyRetract(name: string): () => never {
  return () => { throw new WeirError('INTERNAL', `${name} was planned for an insert-only input but received a retraction`); };
}
