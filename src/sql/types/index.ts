// Flink's logical type system for Weir: types (types.ts), conversion from the parser's AST
// (from-ast.ts), typing rules (rules.ts) and exact DECIMAL values (decimal.ts).
// How values of these types are held at run time: src/sql/types/values.ts.

export * from './types.ts';
export { fromAst } from './from-ast.ts';
export { supportsImplicitCast, commonType, commonTypeOf, arithmeticResult, decimalResult, adjustDecimal, comparable } from './rules.ts';
export type { ArithmeticOp } from './rules.ts';
export { Decimal, MAX_DECIMAL_PRECISION } from './decimal.ts';
export * from './values.ts';
