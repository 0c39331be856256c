// Parse-tree expressions and data types → Weir's AST (src/sql/ast). Shapes follow dt-sql-parser's
// FlinkSqlParser.g4 (booleanExpression → valueExpression → primaryExpression); what rewrite.ts
// changed before parsing is put back from its notes (TRY_CAST, types, FILTER, keyword arguments);
// anything else is rejected as unsupported, naming the construct and where it is.
import * as F from './generated/flinksql.js';
import type { DataType, Expr, BinaryOp, Pos } from '../ast/index.ts';
import { type BuildContext, type Ctx, type Node, pos, kids, child, children, tokens, hasToken, unsupported, path, stringValue, ident, reparse } from './tree.ts';

const comparisons: Record<string, BinaryOp> = { '=': '=', '<>': '<>', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
const arithmetic: Record<string, BinaryOp> = { '+': '+', '-': '-', '*': '*', '/': '/', '%': '%', '||': '||' };

export function expr(b: BuildContext, node: Node | null | undefined): Expr {
  if (node === null || node === undefined || node instanceof F.TerminalNode) throw new Error('expr: missing expression');
  const p = pos(node);
  if (node instanceof F.ExpressionContext) return expr(b, kids(node)[0]);
  if (node instanceof F.LogicalNotContext) return { kind: 'unary', op: 'NOT', operand: expr(b, child(node, F.BooleanExpressionContext)), ...p };
  if (node instanceof F.LogicalBinaryContext) {
    const [l, r] = children(node, F.BooleanExpressionContext);
    return { kind: 'binary', op: hasToken(node, 'AND') ? 'AND' : 'OR', left: expr(b, l), right: expr(b, r), ...p };
  }
  if (node instanceof F.LogicalNestedContext) {
    // booleanExpression IS [NOT] TRUE | FALSE | UNKNOWN | NULL
    const operand = expr(b, child(node, F.BooleanExpressionContext));
    const t = tokens(node);
    const is = kids(node).find((k) => k instanceof F.TerminalNode && k.getText().toUpperCase() === 'IS');
    const at = is === undefined ? p : pos(is);
    return isTruth(t, operand, at) ?? { kind: 'isNull', negated: t.includes('NOT'), operand, ...at };
  }
  if (node instanceof F.PredicatedContext) {
    const operand = expr(b, child(node, F.ValueExpressionContext));
    const pred = child(node, F.PredicateContext);
    return pred === undefined ? operand : predicate(b, pred, operand);
  }
  if (node instanceof F.ValueExpressionDefaultContext) return expr(b, kids(node)[0]);
  if (node instanceof F.ComparisonContext) {
    const [l, r] = children(node, F.ValueExpressionContext);
    const op = comparisons[node.comparisonOperator().getText()];
    if (op === undefined) throw unsupported(b, node.comparisonOperator(), `the comparison ${node.comparisonOperator().getText()}`);
    return { kind: 'binary', op, left: expr(b, l), right: expr(b, r), ...p };
  }
  if (node instanceof F.ArithmeticBinaryContext) {
    const [l, r] = children(node, F.ValueExpressionContext);
    const opText = tokens(node)[0] ?? '';
    const op = arithmetic[opText];
    if (op === undefined) throw unsupported(b, node, `the operator ${opText}`);
    return { kind: 'binary', op, left: expr(b, l), right: expr(b, r), ...p };
  }
  if (node instanceof F.ArithmeticUnaryContext) {
    const opText = tokens(node)[0] ?? '';
    if (opText !== '-' && opText !== '+') throw unsupported(b, node, `the operator ${opText}`);
    return { kind: 'unary', op: opText, operand: expr(b, child(node, F.ValueExpressionContext)), ...p };
  }
  if (node instanceof F.ParenthesizedExpressionContext) return expr(b, child(node, F.ExpressionContext));
  if (node instanceof F.ColumnReferenceContext) return { kind: 'column', name: path(node.getText()), ...p };
  if (node instanceof F.DereferenceContext) return { kind: 'column', name: path(node.getText()), ...p };
  if (node instanceof F.StarContext) {
    const text = node.getText();
    return text === '*' ? { kind: 'star', ...p } : { kind: 'star', qualifier: path(text.slice(0, -2)), ...p };
  }
  if (node instanceof F.ConstantDefaultContext) return constant(b, child(node, F.ConstantContext) ?? node);
  if (node instanceof F.ConstantContext) return constant(b, node);
  if (node instanceof F.CastContext) {
    const tryCast = hasToken(node, 'TRY_CAST') || b.notes.tryCast.has(node.start?.start ?? -1);
    return { kind: 'cast', try: tryCast, operand: expr(b, child(node, F.ExpressionContext)), type: dataType(b, child(node, F.ColumnTypeContext)), ...p };
  }
  if (node instanceof F.SearchedCaseContext || node instanceof F.SimpleCaseContext) {
    const whens = children(node, F.WhenClauseContext).map((w) => {
      const [when, then] = children(w, F.ExpressionContext);
      return { when: expr(b, when), then: expr(b, then) };
    });
    const rest = children(node, F.ExpressionContext);
    const operand = node instanceof F.SimpleCaseContext ? rest[0] : undefined;
    const elseNode = hasToken(node, 'ELSE') ? rest[rest.length - 1] : undefined;
    return {
      kind: 'case', whens, ...p,
      ...(operand !== undefined ? { operand: expr(b, operand) } : {}),
      ...(elseNode !== undefined ? { else: expr(b, elseNode) } : {}),
    };
  }
  if (node instanceof F.FunctionCallContext) return call(b, child(node, F.FunctionCallExpressionContext) ?? node);
  if (node instanceof F.ExtractContext) {
    const field = child(node, F.IdentifierContext);
    const unit: Expr = { kind: 'symbol', value: (field?.getText() ?? '').toUpperCase(), ...pos(field ?? node) };
    return { kind: 'call', name: 'EXTRACT', args: [unit, expr(b, child(node, F.ValueExpressionContext))], distinct: false, ...p };
  }
  if (node instanceof F.PositionContext) {
    const [sub, str] = children(node, F.ValueExpressionContext);
    return { kind: 'call', name: 'POSITION', args: [expr(b, sub), expr(b, str)], distinct: false, ...p };
  }
  if (node instanceof F.SubqueryExpressionContext || node instanceof F.ExistsContext) throw unsupported(b, node, 'subqueries in expressions');
  if (node instanceof F.SubscriptContext) {
    // a[i], m['k'] → ITEM(a, i), as Calcite names the operator.
    return { kind: 'call', name: 'ITEM', args: [expr(b, child(node, F.PrimaryExpressionContext)), expr(b, child(node, F.ValueExpressionContext))], distinct: false, ...p };
  }
  throw unsupported(b, node, `the expression ${describe(node)}`);
}

function describe(node: Ctx): string {
  return `'${node.getText().slice(0, 30)}' (${F.FlinkSqlParser.ruleNames[node.ruleIndex] ?? 'unknown rule'})`;
}

function predicate(b: BuildContext, pred: F.PredicateContext, operand: Expr): Expr {
  const p = pos(pred);
  const t = tokens(pred);
  const negated = t.includes('NOT');
  const like = child(pred, F.LikePredicateContext);
  if (like !== undefined) {
    const lt = tokens(like);
    if (!lt.includes('LIKE') || lt.includes('ANY') || lt.includes('ALL')) throw unsupported(b, like, `the predicate ${lt.join(' ')}`);
    const pattern = expr(b, child(like, F.ValueExpressionContext));
    const escape = child(like, F.StringLiteralContext);
    return { kind: 'like', negated: lt.includes('NOT'), operand, pattern, ...p, ...(escape !== undefined ? { escape: { kind: 'string', value: stringValue(escape.getText()), ...pos(escape) } } : {}) };
  }
  if (t.includes('BETWEEN') && !t.includes('SYMMETRIC') && !t.includes('ASYMMETRIC')) {
    const [low, high] = children(pred, F.ValueExpressionContext);
    return { kind: 'between', negated, operand, low: expr(b, low), high: expr(b, high), ...p };
  }
  if (t.includes('IN') && child(pred, F.QueryStatementContext) === undefined) {
    return { kind: 'inList', negated, operand, list: children(pred, F.ExpressionContext).map((e) => expr(b, e)), ...p };
  }
  if (t.includes('IS') && t.includes('NULL')) return { kind: 'isNull', negated, operand, ...p };
  const truth = isTruth(t, operand, p);
  if (truth !== undefined) return truth;
  if (t.includes('IS') && t.includes('DISTINCT')) {
    const right = expr(b, child(pred, F.ValueExpressionContext));
    return { kind: 'call', name: negated ? 'IS NOT DISTINCT FROM' : 'IS DISTINCT FROM', args: [operand, right], distinct: false, ...p };
  }
  if (t.includes('IN')) throw unsupported(b, pred, 'IN (subquery)');
  throw unsupported(b, pred, `the predicate ${t.join(' ')}`);
}

/** `x IS [NOT] TRUE | FALSE | UNKNOWN` → the call 'IS [NOT] TRUE' (x), as Calcite names the operators. */
function isTruth(t: readonly string[], operand: Expr, p: Pos): Expr | undefined {
  const kind = t.find((w) => w === 'TRUE' || w === 'FALSE' || w === 'UNKNOWN');
  if (!t.includes('IS') || kind === undefined) return undefined;
  return { kind: 'call', name: `IS ${t.includes('NOT') ? 'NOT ' : ''}${kind}`, args: [operand], distinct: false, ...p };
}

function constant(b: BuildContext, c: Ctx): Expr {
  const p = pos(c);
  const dec = child(c, F.DecimalLiteralContext);
  if (dec !== undefined) {
    const n: Expr = { kind: 'number', text: dec.getText(), exact: !/[eE]/.test(dec.getText()), ...pos(dec) };
    // The grammar folds a leading minus into the constant (`-3`): keep it as a negation.
    return tokens(c)[0] === '-' ? { kind: 'unary', op: '-', operand: n, ...p } : n;
  }
  const str = child(c, F.StringLiteralContext);
  // The grammar reads a backquoted name in an expression as a string literal: it is a column.
  if (str !== undefined && str.getText().startsWith('`')) return { kind: 'column', name: path(str.getText()), ...p };
  if (str !== undefined) return { kind: 'string', value: children(str, F.TerminalNode).map((s) => stringValue(s.getText())).join(''), ...p };
  const bool = child(c, F.BooleanLiteralContext);
  if (bool !== undefined) return { kind: 'boolean', value: bool.getText().toUpperCase() === 'TRUE', ...p };
  const interval = c instanceof F.TimeIntervalExpressionContext ? c : child(c, F.TimeIntervalExpressionContext);
  if (interval !== undefined || hasToken(c, 'INTERVAL')) return intervalLiteral(b, interval ?? c);
  if (hasToken(c, 'NULL')) return { kind: 'null', ...p };
  const t = tokens(c);
  if (t.length === 1 && /^[0-9.]/.test(t[0] ?? '')) return { kind: 'number', text: c.getText(), exact: !/[eE]/.test(c.getText()), ...p };
  throw unsupported(b, c, `the literal ${describe(c)}`);
}

export function intervalLiteral(b: BuildContext, node: Ctx): Expr {
  const p = pos(node);
  const value = node.getText().match(/'(?:[^']|'')*'|[0-9.]+/)?.[0] ?? '';
  const units: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof F.TimeIntervalUnitContext) units.push(n.getText().toUpperCase());
    else if (!(n instanceof F.TerminalNode)) for (const k of kids(n)) walk(k);
  };
  walk(node);
  if (units.length === 0 || units.length > 2) throw unsupported(b, node, `the interval ${describe(node)}`);
  // Flink also accepts plural units (INTERVAL '10' MINUTES); the AST holds the singular.
  const from = singular(units[0] ?? '');
  return { kind: 'interval', value: stringValue(value), from, ...p, ...(units[1] !== undefined ? { to: singular(units[1]) } : {}) };
}

function singular(unit: string): string {
  return /^(YEAR|MONTH|WEEK|DAY|HOUR|MINUTE|SECOND|MILLISECOND|MICROSECOND|NANOSECOND)S$/.test(unit) ? unit.slice(0, -1) : unit;
}

function call(b: BuildContext, fc: Ctx): Expr {
  const p = pos(fc);
  const named = child(fc, F.FunctionNameAndParamsContext);
  if (named !== undefined) {
    // TIMESTAMP '…', DATE '…', TIME '…' and friends.
    const type = (kids(named)[0]?.getText() ?? '').toUpperCase();
    const lit = kids(named)[1]?.getText() ?? '';
    if (kids(named).length === 2 && lit.startsWith("'")) return { kind: 'typedLiteral', type, value: stringValue(lit), ...p };
    throw unsupported(b, named, `the function form ${describe(named)}`);
  }
  const nameCtx = kids(fc)[0];
  if (nameCtx === undefined) throw unsupported(b, fc, describe(fc));
  const name = b.notes.functionNames.get(fc.start?.start ?? -1) ?? path(nameCtx.getText()).join('.').toUpperCase();
  const args = children(fc, F.FunctionParamContext).filter((param) => param.getText() !== '').map((param): Expr => {
    const symbol = b.notes.symbols.get(param.start?.start ?? -1);
    if (symbol !== undefined) return { kind: 'symbol', value: symbol, ...pos(param) };
    const unit = child(param, F.TimeIntervalUnitContext) ?? child(param, F.TimePointUnitContext);
    if (unit !== undefined && kids(param).length === 1) return { kind: 'symbol', value: unit.getText().toUpperCase(), ...pos(param) };
    const e = child(param, F.ExpressionContext);
    if (e !== undefined) return expr(b, e);
    if (param.getText() === '*') return { kind: 'star', ...pos(param) };
    const interval = child(param, F.TimeIntervalExpressionContext);
    if (interval !== undefined) return intervalLiteral(b, interval);
    throw unsupported(b, param, `the function argument ${describe(param)}`);
  });
  // JSON_VALUE(… RETURNING type): the type travels as CAST(NULL AS type), a third argument.
  const returning = b.notes.returning.get(fc.stop?.start ?? -1);
  if (returning !== undefined) {
    if (name !== 'JSON_VALUE') throw unsupported(b, fc, `RETURNING in ${name}(…)`);
    args.push({ kind: 'cast', try: false, operand: { kind: 'null', line: returning.line, column: returning.column }, type: returning, line: returning.line, column: returning.column });
  }
  const filter = b.notes.filters.get(fc.stop?.start ?? -1);
  const distinct = child(fc, F.SetQuantifierContext)?.getText().toUpperCase() === 'DISTINCT';
  return {
    kind: 'call', name, args: name === 'TRIM' ? trimArgs(b, fc, args) : args, distinct, ...p,
    ...(filter !== undefined ? { filter: expr(b, reparse(b, filter.start, filter.stop, (parser) => parser.expression(), { strict: true, text: b.withFilters }).tree) } : {}),
  };
}

/** TRIM's arguments as (specification, characters, string): TRIM(s) is TRIM(BOTH ' ' FROM s). */
function trimArgs(b: BuildContext, fc: Ctx, args: Expr[]): Expr[] {
  const form = b.notes.trims.get(fc.start?.start ?? -1);
  if (form === undefined && args.length !== 1) return args;
  const rest = [...args];
  const p = pos(fc);
  const spec: Expr = form?.spec === true ? rest.shift()! : { kind: 'symbol', value: 'BOTH', ...p };
  const chars: Expr = form?.chars === true ? rest.shift()! : { kind: 'string', value: ' ', ...p };
  return [spec, chars, ...rest];
}

export function dataType(b: BuildContext, ct: F.ColumnTypeContext | undefined): DataType {
  if (ct === undefined) throw new Error('dataType: missing type');
  const noted = b.notes.types.get(ct.start?.start ?? -1);
  if (noted !== undefined) return noted;
  const p = pos(ct);
  const words = tokens(ct).filter((w) => w !== '(' && w !== ')' && w !== '<' && w !== '>' && w !== ',');
  const nullable = !(words.includes('NOT') && words.includes('NULL'));
  const nameWords = words.filter((w) => w !== 'NOT' && w !== 'NULL');
  let name = nameWords.join(' ');
  if (name === 'INTEGER') name = 'INT';
  if (name === 'DEC' || name === 'NUMERIC') name = 'DECIMAL';
  if (name === 'TIMESTAMP WITH LOCAL TIME ZONE') name = 'TIMESTAMP_LTZ';
  if (name === 'TIMESTAMP WITHOUT TIME ZONE') name = 'TIMESTAMP';
  const args: string[] = [];
  const elements: DataType[] = [];
  const fields: { name: string; type: DataType }[] = [];
  for (const k of kids(ct)) {
    if (k instanceof F.LengthOneDimensionContext || k instanceof F.LengthTwoOptionalDimensionContext || k instanceof F.LengthTwoStringDimensionContext) {
      for (const d of children(k, F.DecimalLiteralContext)) args.push(d.getText());
    } else if (k instanceof F.LengthOneTypeDimensionContext || k instanceof F.MapTypeDimensionContext) {
      for (const t of children(k, F.ColumnTypeContext)) elements.push(dataType(b, t));
    } else if (k instanceof F.RowTypeDimensionContext) {
      const names = children(k, F.ColumnNameContext);
      const types = children(k, F.ColumnTypeContext);
      names.forEach((n, i) => fields.push({ name: ident(n.getText()), type: dataType(b, types[i]) }));
    } else if (!(k instanceof F.TerminalNode)) {
      throw unsupported(b, k, `the type ${describe(k)}`);
    }
  }
  return { kind: 'dataType', name, args, elements, fields, nullable, text: ct.getText(), ...p };
}
