// Parse-tree statements and queries → Weir's AST, with what rewrite.ts hid from the grammar put back
// (SHOW JOBS, SESSION windows, window TVF aliases, named arguments and PARTITION BY). Every construct
// Flink accepts that is not built here is rejected with `unsupported`, naming it and where it is.
import * as F from './generated/flinksql.js';
import type { Column, CreateTable, Expr, Insert, JoinType, Query, SelectItem, Source, Statement, WindowTvfSource } from '../ast/index.ts';
import { SqlError } from './errors.ts';
import { type BuildContext, type Ctx, type Node, pos, kids, child, children, tokens, hasToken, unsupported, path, stringValue, ident, reparse } from './tree.ts';
import { expr, dataType, intervalLiteral } from './expressions.ts';

export function statement(b: BuildContext, node: Node | undefined): Statement {
  if (node === undefined || node instanceof F.TerminalNode) throw new Error('statement: missing');
  const p = pos(node);
  if (node instanceof F.SqlStatementContext || node instanceof F.DdlStatementContext || node instanceof F.DmlStatementContext || node instanceof F.CreateTableContext) {
    return statement(b, kids(node).find((k) => !(k instanceof F.TerminalNode)));
  }
  if (node instanceof F.SimpleCreateTableContext) return createTable(b, node);
  if (node instanceof F.CreateTableAsSelectContext) throw unsupported(b, node, 'CREATE TABLE … AS SELECT');
  if (node instanceof F.CreateViewContext) {
    if (child(node, F.ColumnNameListContext) !== undefined) throw unsupported(b, node, 'view column lists');
    return { kind: 'createView', name: path(node.viewPathCreate().getText()), temporary: hasToken(node, 'TEMPORARY'), ifNotExists: child(node, F.IfNotExistsContext) !== undefined, query: query(b, child(node, F.QueryStatementContext)), ...p };
  }
  if (node instanceof F.QueryStatementContext) return { kind: 'query', query: query(b, node), ...p };
  if (node instanceof F.InsertStatementContext) {
    const multi = child(node, F.InsertMulStatementContext) ?? child(node, F.InsertMulStatementCompatibilityContext);
    if (multi !== undefined) return { kind: 'statementSet', inserts: children(multi, F.InsertSimpleStatementContext).map((i) => insert(b, i)), ...p };
    const simple = child(node, F.InsertSimpleStatementContext);
    if (simple === undefined) throw unsupported(b, node, 'this INSERT form');
    return insert(b, simple);
  }
  if (node instanceof F.SetStatementContext) {
    const prop = child(node, F.TablePropertyContext);
    if (prop === undefined) throw unsupported(b, node, 'SET without a key (listing the configuration)');
    return { kind: 'set', key: stringValue(prop.tablePropertyKey().getText()), value: stringValue(prop.tablePropertyValue()?.getText() ?? ''), ...p };
  }
  if (node instanceof F.ResetStatementContext) {
    const key = child(node, F.TablePropertyKeyContext);
    return key === undefined ? { kind: 'reset', ...p } : { kind: 'reset', key: stringValue(key.getText()), ...p };
  }
  if (node instanceof F.ShowStatementContext) {
    const t = tokens(node);
    if (t.length === 2 && t[1] === 'TABLES') return { kind: 'showTables', ...p };
    if (b.notes.showJobs.has(node.start?.start ?? -1)) return { kind: 'showJobs', ...p };
    throw unsupported(b, node, `${t.join(' ')}`);
  }
  if (node instanceof F.DescribeStatementContext) return { kind: 'describe', name: path(node.tablePath().getText()), ...p };
  if (node instanceof F.ExplainStatementContext) {
    if (child(node, F.ExplainDetailsContext) !== undefined) throw unsupported(b, node, 'EXPLAIN details (ESTIMATED_COST, CHANGELOG_MODE, …)');
    const inner = kids(node).find((k) => k instanceof F.DmlStatementContext || k instanceof F.InsertSimpleStatementContext || k instanceof F.InsertMulStatementContext || k instanceof F.QueryStatementContext);
    if (inner instanceof F.InsertSimpleStatementContext) return { kind: 'explain', statement: insert(b, inner), ...p };
    if (inner instanceof F.InsertMulStatementContext) return { kind: 'explain', statement: { kind: 'statementSet', inserts: children(inner, F.InsertSimpleStatementContext).map((i) => insert(b, i)), ...pos(inner) }, ...p };
    return { kind: 'explain', statement: statement(b, inner), ...p };
  }
  throw unsupported(b, node, `the statement ${tokens(node).slice(0, 2).join(' ') || (F.FlinkSqlParser.ruleNames[node.ruleIndex] ?? 'this statement')}`);
}

function createTable(b: BuildContext, node: F.SimpleCreateTableContext): CreateTable {
  for (const k of kids(node)) {
    if (k instanceof F.PartitionDefinitionContext) throw unsupported(b, k, 'PARTITIONED BY');
    if (k instanceof F.LikeDefinitionContext) throw unsupported(b, k, 'CREATE TABLE … LIKE');
  }
  const columns: Column[] = [];
  for (const def of children(node, F.ColumnOptionDefinitionContext)) {
    const c = kids(def)[0];
    if (c instanceof F.PhysicalColumnDefinitionContext) {
      const constraint = child(c, F.ColumnConstraintContext);
      if (constraint !== undefined && !/^NOTNULL$/i.test(constraint.getText())) throw unsupported(b, constraint, 'an inline PRIMARY KEY (declare PRIMARY KEY (…) NOT ENFORCED after the columns)');
      const type = dataType(b, c.columnType());
      columns.push({ kind: 'physical', name: ident(c.columnNameCreate().getText()), type: constraint !== undefined ? { ...type, nullable: false } : type, ...pos(c) });
    } else if (c instanceof F.ComputedColumnDefinitionContext) {
      columns.push({ kind: 'computed', name: ident(c.columnNameCreate().getText()), expr: expr(b, child(c.computedColumnExpression(), F.ExpressionContext)), ...pos(c) });
    } else if (c instanceof F.MetadataColumnDefinitionContext) {
      const key = child(c, F.MetadataKeyContext);
      columns.push({ kind: 'metadata', name: ident(c.columnNameCreate().getText()), type: dataType(b, c.columnType()), virtual: hasToken(c, 'VIRTUAL'), ...pos(c), ...(key !== undefined ? { key: stringValue(key.getText()) } : {}) });
    } else {
      throw unsupported(b, def, `the column definition '${def.getText().slice(0, 30)}'`);
    }
  }
  const wm = child(node, F.WatermarkDefinitionContext);
  const pk = child(node, F.TableConstraintContext);
  if (pk !== undefined && child(pk, F.ConstraintNameContext) !== undefined) throw unsupported(b, pk, 'named constraints');
  const options = children(child(node, F.WithOptionContext)?.tablePropertyList() ?? node, F.TablePropertyContext).map((prop) => ({
    key: stringValue(prop.tablePropertyKey().getText()),
    value: stringValue(prop.tablePropertyValue()?.getText() ?? ''),
    ...pos(prop),
  }));
  return {
    kind: 'createTable',
    name: path(node.tablePathCreate().getText()),
    temporary: hasToken(node, 'TEMPORARY'),
    ifNotExists: child(node, F.IfNotExistsContext) !== undefined,
    columns,
    options,
    ...pos(node),
    ...(wm !== undefined ? { watermark: { timeColumn: ident(wm.columnName().getText()), expr: expr(b, child(wm, F.ExpressionContext)), ...pos(wm) } } : {}),
    ...(pk !== undefined ? { primaryKey: { columns: children(child(pk, F.ColumnNameListContext) ?? pk, F.ColumnNameContext).map((c) => ident(c.getText())), ...pos(pk) } } : {}),
  };
}

function insert(b: BuildContext, node: F.InsertSimpleStatementContext): Insert {
  if (hasToken(node, 'OVERWRITE')) throw unsupported(b, node, 'INSERT OVERWRITE');
  if (child(node, F.InsertPartitionDefinitionContext) !== undefined) throw unsupported(b, node, 'INSERT … PARTITION');
  const q = child(node, F.QueryStatementContext);
  if (q === undefined) throw unsupported(b, node, 'INSERT … VALUES');
  const cols = child(node, F.ColumnNameListContext);
  return {
    kind: 'insert',
    table: path(node.tablePath().getText()),
    query: query(b, q),
    ...pos(node),
    ...(cols !== undefined ? { columns: children(cols, F.ColumnNameContext).map((c) => ident(c.getText())) } : {}),
  };
}

export function query(b: BuildContext, node: Ctx | undefined): Query {
  if (node === undefined) throw new Error('query: missing');
  const p = pos(node);
  for (const k of kids(node)) {
    if (k instanceof F.OrderByClauseContext) throw unsupported(b, k, 'ORDER BY');
    if (k instanceof F.LimitClauseContext) throw unsupported(b, k, 'LIMIT');
    if (k instanceof F.WithClauseContext) throw unsupported(b, k, 'WITH (common table expressions)');
    if (k instanceof F.ValuesClauseContext) throw unsupported(b, k, 'VALUES');
  }
  const sel = child(node, F.SelectStatementContext);
  if (sel !== undefined) return select(b, sel);
  const parts = children(node, F.QueryStatementContext);
  const t = tokens(node);
  if (parts.length === 1 && t[0] === '(') return query(b, parts[0]);
  if (parts.length === 2 && t.includes('UNION')) {
    if (!t.includes('ALL')) throw unsupported(b, kids(node).find((k) => k instanceof F.TerminalNode && k.getText().toUpperCase() === 'UNION') ?? node, 'UNION without ALL');
    const inputs = parts.flatMap((q) => { const x = query(b, q); return x.kind === 'unionAll' ? x.inputs : [x]; });
    return { kind: 'unionAll', inputs, ...p };
  }
  throw unsupported(b, node, t.find((w) => w === 'INTERSECT' || w === 'EXCEPT' || w === 'MINUS') ?? `the query form '${node.getText().slice(0, 30)}'`);
}

function select(b: BuildContext, node: F.SelectStatementContext): Query {
  const clause = node.selectClause();
  for (const k of kids(node)) {
    if (k instanceof F.WindowClauseContext) throw unsupported(b, k, 'named WINDOW clauses');
    if (k instanceof F.MatchRecognizeClauseContext) throw unsupported(b, k, 'MATCH_RECOGNIZE');
  }
  const list = child(clause, F.SelectListContext);
  const items: SelectItem[] = [];
  for (const item of children(list ?? clause, F.ColumnProjectItemContext)) {
    const inner = kids(item)[0];
    const alias = child(item, F.ColumnAliasContext) ?? (inner instanceof F.TerminalNode || inner === undefined ? undefined : child(inner, F.ColumnAliasContext));
    const a = alias === undefined ? {} : { alias: ident(child(alias, F.IdentifierContext)?.getText() ?? alias.getText()) };
    if (inner instanceof F.TableAllColumnsContext) {
      const text = inner.getText();
      items.push({ expr: text === '*' ? { kind: 'star', ...pos(inner) } : { kind: 'star', qualifier: path(text.slice(0, -2)), ...pos(inner) }, ...pos(item) });
    } else if (inner instanceof F.SelectLiteralColumnNameContext && (child(item, F.ExpressionContext) !== undefined || !/^[A-Za-z_`]/.test(inner.getText()))) {
      // The grammar can split `a + b` into the column `a` and the expression `+b`, and reads a bare
      // number as a column name: parse the item again
      // as one expression (with its alias, if any, left over).
      const end = (alias ?? item).start?.start ?? 0;
      const stop = alias === undefined ? (item.stop?.stop ?? 0) : end - 1;
      const { tree, rest } = reparse(b, item.start?.start ?? 0, stop, (parser) => parser.expression());
      if (rest.trim() !== '') throw unsupported(b, item, `the select item '${item.getText().slice(0, 30)}'`);
      items.push({ expr: expr(b, tree), ...a, ...pos(item) });
    } else if (inner instanceof F.SelectLiteralColumnNameContext) {
      items.push({ expr: { kind: 'column', name: path(inner.columnName().getText()), ...pos(inner) }, ...a, ...pos(item) });
    } else if (inner instanceof F.SelectExpressionColumnNameContext) {
      items.push({ expr: expr(b, child(inner, F.ExpressionContext)), ...a, ...pos(item) });
    } else if (inner instanceof F.SelectWindowItemColumnNameContext) {
      throw unsupported(b, inner, 'OVER windows');
    } else {
      throw unsupported(b, item, `the select item '${item.getText().slice(0, 30)}'`);
    }
  }
  if (list === undefined && hasToken(clause, '*')) items.push({ expr: { kind: 'star', ...pos(clause) }, ...pos(clause) });
  const from = child(node, F.FromClauseContext);
  if (from === undefined) throw unsupported(b, node, 'SELECT without FROM');
  const where = child(node, F.WhereClauseContext);
  const having = child(node, F.HavingClauseContext);
  const groupBy = children(child(node, F.GroupByClauseContext) ?? node, F.GroupItemDefinitionContext).map((g) => {
    const k = kids(g);
    if (k.length === 1 && k[0] instanceof F.ExpressionContext) return expr(b, k[0]);
    if (k.length === 1 && k[0] instanceof F.ColumnNameContext) return { kind: 'column' as const, name: path(k[0].getText()), ...pos(g) };
    const gw = child(g, F.GroupWindowFunctionContext);
    if (gw !== undefined) {
      // GROUP BY TUMBLE(ts, size) / SESSION(ts, gap): a call the planner reads as a group window
      // (HOP(ts, slide, size) has two intervals, so the grammar already reads it as a call).
      const col = gw.timeAttrColumn();
      const args: Expr[] = [{ kind: 'column', name: path(col.getText()), ...pos(col) }, intervalLiteral(b, gw.timeIntervalExpression())];
      return { kind: 'call' as const, name: gw.groupWindowFunctionName().getText().toUpperCase(), args, distinct: false, ...pos(g) };
    }
    throw unsupported(b, g, `GROUP BY '${g.getText().slice(0, 30)}' (grouping sets, ROLLUP, CUBE)`);
  });
  return {
    kind: 'select',
    distinct: child(clause, F.SetQuantifierContext)?.getText().toUpperCase() === 'DISTINCT',
    items,
    from: source(b, child(from, F.TableExpressionContext)),
    groupBy,
    ...pos(node),
    ...(where !== undefined ? { where: expr(b, child(where, F.BooleanExpressionContext)) } : {}),
    ...(having !== undefined ? { having: expr(b, child(having, F.BooleanExpressionContext)) } : {}),
  };
}

function source(b: BuildContext, node: F.TableExpressionContext | undefined): Source {
  if (node === undefined) throw new Error('source: missing');
  const p = pos(node);
  const tvf = child(node, F.WindowTVFClauseContext);
  if (tvf !== undefined) return windowTvf(b, tvf);
  const sides = children(node, F.TableExpressionContext);
  if (sides.length === 2) {
    const t = tokens(node);
    const cond = child(node, F.JoinConditionContext);
    if (t.includes(',') || t.includes('CROSS')) throw unsupported(b, node, 'cross joins');
    if (t.includes('NATURAL')) throw unsupported(b, node, 'NATURAL joins');
    if (cond === undefined || hasToken(cond, 'USING')) throw unsupported(b, cond ?? node, 'joins without ON');
    const type: JoinType = t.includes('LEFT') ? 'left' : t.includes('RIGHT') ? 'right' : t.includes('FULL') ? 'full' : 'inner';
    return { kind: 'join', type, left: source(b, sides[0]), right: source(b, sides[1]), on: expr(b, child(cond, F.BooleanExpressionContext)), ...p };
  }
  if (sides.length === 1 && tokens(node)[0] === '(') return source(b, sides[0]);
  const refs = children(node, F.TableReferenceContext);
  if (refs.length === 0) throw unsupported(b, node, `the FROM item '${node.getText().slice(0, 30)}'`);
  // `FROM a, b, c` is an inner join of them on TRUE (the WHERE clause usually holds the condition).
  let from = reference(b, refs[0]!);
  for (const r of refs.slice(1)) {
    const rp = pos(r);
    from = { kind: 'join', type: 'inner', left: from, right: reference(b, r), on: { kind: 'boolean', value: true, ...rp }, ...rp };
  }
  return from;
}

function reference(b: BuildContext, ref: F.TableReferenceContext): Source {
  const p = pos(ref);
  const aliasCtx = child(ref, F.TableAliasContext);
  if (aliasCtx !== undefined && child(aliasCtx, F.IdentifierListContext) !== undefined) throw unsupported(b, aliasCtx, 'table aliases with column lists');
  const alias = aliasCtx === undefined ? {} : { alias: ident(child(aliasCtx, F.IdentifierContext)?.getText() ?? '') };
  const prim = ref.tablePrimary();
  const tablePath = child(prim, F.TablePathContext);
  if (child(prim, F.SystemTimePeriodContext) !== undefined) throw unsupported(b, prim, 'temporal joins (FOR SYSTEM_TIME AS OF)');
  if (tablePath !== undefined && kids(prim).length === 1) return { kind: 'table', name: path(tablePath.getText()), ...p, ...alias };
  const sub = child(prim, F.AtomExpressionTableContext);
  if (sub !== undefined) {
    const q = child(sub, F.QueryStatementContext);
    if (q !== undefined) return { kind: 'subquery', query: query(b, q), ...p, ...alias };
  }
  if (child(prim, F.AtomFunctionTableContext) !== undefined) throw unsupported(b, prim, 'table functions in FROM (LATERAL TABLE, UNNEST)');
  throw unsupported(b, prim, `the FROM item '${prim.getText().slice(0, 30)}'`);
}

/** The interval parameters of each window TVF, in the order the AST holds them. */
const intervalParams: Record<WindowTvfSource['fn'], readonly string[]> = {
  TUMBLE: ['SIZE', 'OFFSET'],
  HOP: ['SLIDE', 'SIZE', 'OFFSET'],
  CUMULATE: ['STEP', 'SIZE', 'OFFSET'],
  SESSION: ['GAP'],
};

function windowTvf(b: BuildContext, node: F.WindowTVFClauseContext): WindowTvfSource {
  const e = child(node, F.WindowTVFExpressionContext);
  if (e === undefined) throw unsupported(b, node, 'this window TVF form');
  const note = b.notes.tvfs.get(node.start?.start ?? -1);
  const written = e.windowTVFName().getText().toUpperCase();
  const fn = note?.session === true ? 'SESSION' : written;
  if (fn !== 'TUMBLE' && fn !== 'HOP' && fn !== 'CUMULATE' && fn !== 'SESSION') throw unsupported(b, e, `the window function ${fn}`);
  let table: string[] | undefined;
  let timeColumn: string | undefined;
  const args: { expr: Expr; rank: number }[] = [];
  for (const param of children(e, F.WindowTVFParamContext)) {
    const attr = child(param, F.TimeAttrColumnContext);
    const desc = child(param, F.ColumnDescriptorContext);
    const interval = child(param, F.TimeIntervalExpressionContext);
    const name = b.notes.paramNames.get(param.start?.start ?? -1);
    const expected = attr !== undefined ? 'DATA' : desc !== undefined ? 'TIMECOL' : undefined;
    const rank = name === undefined || expected !== undefined ? args.length : intervalParams[fn].indexOf(name);
    if (name !== undefined && (expected !== undefined ? name !== expected : rank < 0)) {
      const p = pos(param);
      throw new SqlError('validation', b.file, p.line, p.column, name, `${fn} has no parameter ${name} here (its parameters: DATA, TIMECOL, ${intervalParams[fn].join(', ')})`);
    }
    if (attr !== undefined && hasToken(param, 'TABLE')) table = path(attr.getText());
    else if (desc !== undefined) timeColumn = ident(desc.columnName().getText());
    else if (interval !== undefined) args.push({ expr: intervalLiteral(b, interval), rank });
    else throw unsupported(b, param, `the window TVF parameter '${param.getText().slice(0, 30)}'`);
  }
  if (table === undefined || timeColumn === undefined) throw unsupported(b, e, `${fn} without TABLE and DESCRIPTOR parameters`);
  return {
    kind: 'windowTvf', fn, table, timeColumn, args: args.sort((x, y) => x.rank - y.rank).map((a) => a.expr), ...pos(node),
    ...(note?.alias !== undefined ? { alias: note.alias } : {}),
    ...(note?.partitionBy !== undefined ? { partitionBy: note.partitionBy } : {}),
  };
}
