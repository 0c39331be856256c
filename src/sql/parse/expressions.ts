// Parse-tree expressions and data types → Weir's AST (src/sql/ast). Shapes follow dt-sql-parser's
// FlinkSqlParser.g4 (booleanExpression → valueExpression → primaryExpression); anything else is
// rejected as unsupported, naming the construct and where it is.
import * as F from './generated/flinksql.js';
import type { DataType, Expr, BinaryOp } from '../ast/index.ts';
import { type BuildContext, type Ctx, type Node, pos, kids, child, children, tokens, hasToken, unsupported, path, stringValue, ident } from './tree.ts';

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
  if (node instanceof F.LogicalNestedContext) return expr(b, child(node, F.BooleanExpressionContext));
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
    return { kind: 'cast', try: hasToken(node, 'TRY_CAST'), operand: expr(b, child(node, F.ExpressionContext)), type: dataType(b, child(node, F.ColumnTypeContext)), ...p };
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
  if (node instanceof F.ExtractContext) throw unsupported(b, node, 'EXTRACT');
  if (node instanceof F.SubqueryExpressionContext || node instanceof F.ExistsContext) throw unsupported(b, node, 'subqueries in expressions');
  if (node instanceof F.SubscriptContext) throw unsupported(b, node, 'subscripts (a[i])');
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
  if (t.includes('IN')) throw unsupported(b, pred, 'IN (subquery)');
  throw unsupported(b, pred, `the predicate ${t.join(' ')}`);
}

function constant(b: BuildContext, c: Ctx): Expr {
  const p = pos(c);
  const dec = child(c, F.DecimalLiteralContext);
  if (dec !== undefined) return { kind: 'number', text: dec.getText(), exact: !/[eE]/.test(dec.getText()), ...p };
  const str = child(c, F.StringLiteralContext);
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
  const from = units[0] ?? '';
  return { kind: 'interval', value: stringValue(value), from, ...p, ...(units[1] !== undefined ? { to: units[1] } : {}) };
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
  const name = path(nameCtx.getText()).join('.').toUpperCase();
  const args = children(fc, F.FunctionParamContext).map((param): Expr => {
    const e = child(param, F.ExpressionContext);
    if (e !== undefined) return expr(b, e);
    if (param.getText() === '*') return { kind: 'star', ...pos(param) };
    const interval = child(param, F.TimeIntervalExpressionContext);
    if (interval !== undefined) return intervalLiteral(b, interval);
    throw unsupported(b, param, `the function argument ${describe(param)}`);
  });
  return { kind: 'call', name, args, distinct: child(fc, F.SetQuantifierContext)?.getText().toUpperCase() === 'DISTINCT', ...p };
}

export function dataType(b: BuildContext, ct: F.ColumnTypeContext | undefined): DataType {
  if (ct === undefined) throw new Error('dataType: missing type');
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
