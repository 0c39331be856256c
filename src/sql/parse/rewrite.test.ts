// Valid Flink SQL that dt-sql-parser's grammar rejects as written reaches the AST through the
// position-keeping rewrites (rewrite.ts): the right nodes, at the line:column where they are written,
// with strings and comments left alone and errors after (or inside) a rewrite still placed right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript, SqlError, type Statement, type Expr, type DataType } from './index.ts';
import { fromAst } from '../types/from-ast.ts';
import { toSql } from '../types/types.ts';

function one(sql: string): Statement {
  const [s, ...rest] = parseScript(sql, 'q.sql');
  assert.equal(rest.length, 0);
  assert.ok(s !== undefined);
  return s;
}
function select(sql: string) {
  const s = one(sql);
  assert.ok(s.kind === 'query' && s.query.kind === 'select', s.kind);
  return s.query;
}
function item(sql: string, i = 0): Expr {
  const e = select(sql).items[i]?.expr;
  assert.ok(e !== undefined);
  return e;
}
/** An expression's shape with each node's line:column. */
function shape(e: Expr): unknown {
  const at = `@${e.line}:${e.column}`;
  switch (e.kind) {
    case 'call': return [e.name + at, ...e.args.map(shape), ...(e.filter !== undefined ? ['FILTER', shape(e.filter)] : [])];
    case 'column': return e.name.join('.') + at;
    case 'symbol': return `:${e.value}${at}`;
    case 'string': return `'${e.value}'${at}`;
    case 'number': return e.text + at;
    case 'interval': return `INTERVAL '${e.value}' ${e.from}${at}`;
    case 'binary': return [e.op + at, shape(e.left), shape(e.right)];
    case 'cast': return [(e.try ? 'TRY_CAST' : 'CAST') + at, shape(e.operand), e.type.text];
    case 'isNull': return [`IS${e.negated ? ' NOT' : ''} NULL${at}`, shape(e.operand)];
    default: return e.kind + at;
  }
}
function rejects(sql: string, kind: SqlError['kind'], message: RegExp, line: number, column: number, text?: string): void {
  assert.throws(() => parseScript(sql, 'q.sql'), (e: unknown) => {
    assert.ok(e instanceof SqlError, String(e));
    assert.equal(e.kind, kind, e.message);
    assert.equal(e.code, kind === 'unsupported' ? 'NOT_IMPLEMENTED' : 'CONFIG_INVALID');
    assert.match(e.message, message);
    assert.deepEqual([e.line, e.column], [line, column], e.message);
    if (text !== undefined) assert.equal(e.text, text);
    return true;
  });
}

test('TRY_CAST is a cast with try; strings, quoted names and comments are never rewritten', () => {
  assert.deepEqual(shape(item('SELECT TRY_CAST(a AS INT), CAST(b AS INT) FROM t')), ['TRY_CAST@1:8', 'a@1:17', 'INT']);
  const sql = "SELECT 'TRY_CAST(x AS INT) FILTER (WHERE' AS s, `TRY_CAST` /* TRY_CAST(y AS INT) */\nFROM t -- SHOW JOBS; TABLE(SESSION(\nWHERE c = \"EXTRACT(DAY FROM x)\"";
  const q = select(sql);
  assert.deepEqual(q.items.map((i) => shape(i.expr)), ["'TRY_CAST(x AS INT) FILTER (WHERE'@1:8", 'TRY_CAST@1:49']);
  assert.deepEqual(q.where && shape(q.where), ['=@3:7', 'c@3:7', "'EXTRACT(DAY FROM x)'@3:11"]);
});

test('every Flink type spelling works in CAST, as the type module reads it', () => {
  const cases: [string, string][] = [
    ['INT', 'INT'], ['INTEGER', 'INT'], ['TINYINT', 'TINYINT'], ['SMALLINT', 'SMALLINT'], ['BIGINT', 'BIGINT'],
    ['STRING', 'STRING'], ['BYTES', 'BYTES'], ['BOOLEAN', 'BOOLEAN'], ['FLOAT', 'FLOAT'], ['DOUBLE', 'DOUBLE'],
    ['DOUBLE PRECISION', 'DOUBLE'], ['DECIMAL', 'DECIMAL(10, 0)'], ['DEC(5)', 'DECIMAL(5, 0)'], ['NUMERIC(20, 4)', 'DECIMAL(20, 4)'],
    ['CHAR(3)', 'CHAR(3)'], ['VARCHAR(10)', 'VARCHAR(10)'], ['BINARY(2)', 'BINARY(2)'], ['VARBINARY(8)', 'VARBINARY(8)'],
    ['DATE', 'DATE'], ['TIME', 'TIME(0)'], ['TIME(3) WITHOUT TIME ZONE', 'TIME(3)'], ['TIMESTAMP', 'TIMESTAMP(6)'],
    ['TIMESTAMP(3)', 'TIMESTAMP(3)'], ['TIMESTAMP_LTZ(3)', 'TIMESTAMP_LTZ(3)'], ['TIMESTAMP(3) WITH LOCAL TIME ZONE', 'TIMESTAMP_LTZ(3)'],
    ['INT NOT NULL', 'INT NOT NULL'], ['ARRAY<INT NOT NULL>', 'ARRAY<INT NOT NULL>'], ['INT ARRAY', 'ARRAY<INT>'],
    ['MAP<STRING, ARRAY<BIGINT>>', 'MAP<STRING, ARRAY<BIGINT>>'], ['ROW<a INT, `b c` STRING>', 'ROW<`a` INT, `b c` STRING>'],
    ["ROW(a INT 'the a', b DOUBLE NOT NULL)", 'ROW<`a` INT, `b` DOUBLE NOT NULL>'],
    ['INTERVAL DAY(3) TO SECOND(3)', 'INTERVAL DAY(3) TO SECOND(3)'], ['INTERVAL DAY TO SECOND(3)', 'INTERVAL DAY(2) TO SECOND(3)'],
    ['INTERVAL YEAR TO MONTH', 'INTERVAL YEAR(2) TO MONTH'], ['INTERVAL SECOND(3)', 'INTERVAL SECOND(3)'],
  ];
  for (const [written, flink] of cases) {
    const e = item(`SELECT CAST(a AS ${written}) FROM t`);
    assert.ok(e.kind === 'cast', written);
    assert.deepEqual([e.type.line, e.type.column], [1, 18], written);
    assert.equal(toSql(fromAst(e.type)), flink, written);
  }
  rejects('SELECT CAST(a AS FOO) FROM t', 'syntax', /syntax error at 'FOO'/, 1, 18);
});

test('CREATE TABLE column types take NOT NULL at any depth, DOUBLE PRECISION and INTERVAL', () => {
  const s = one(`CREATE TABLE t (
  a ARRAY<STRING NOT NULL> NOT NULL,
  b DOUBLE PRECISION,
  r ROW<x INT, y ROW<z INT NOT NULL>>,
  c INTERVAL DAY TO SECOND(3) COMMENT 'lag',
  k STRING METADATA FROM 'key' VIRTUAL,
  d AS CAST(b AS DECIMAL(10, 2)),
  PRIMARY KEY (a) NOT ENFORCED
) WITH ('connector' = 'datagen')`);
  assert.ok(s.kind === 'createTable');
  const types = s.columns.map((c) => (c.kind === 'computed' ? undefined : c.type));
  assert.deepEqual(types.map((t) => t && toSql(fromAst(t))), [
    'ARRAY<STRING NOT NULL> NOT NULL', 'DOUBLE', 'ROW<`x` INT, `y` ROW<`z` INT NOT NULL>>', 'INTERVAL DAY(2) TO SECOND(3)', 'STRING', undefined,
  ]);
  const r = types[2] as DataType;
  assert.deepEqual([r.line, r.column, r.fields[1]?.type.line, r.fields[1]?.type.column], [4, 5, 4, 18]);
  assert.deepEqual(s.columns.map((c) => [c.name, c.kind, c.line, c.column]), [
    ['a', 'physical', 2, 3], ['b', 'physical', 3, 3], ['r', 'physical', 4, 3], ['c', 'physical', 5, 3], ['k', 'metadata', 6, 3], ['d', 'computed', 7, 3],
  ]);
  assert.deepEqual(s.primaryKey?.columns, ['a']);
});

test('SHOW JOBS', () => {
  assert.deepEqual(one('SHOW JOBS'), { kind: 'showJobs', line: 1, column: 1 });
  rejects('SHOW JARS', 'unsupported', /SHOW JARS is not supported yet/, 1, 1);
  rejects('SHOW JOBS extra', 'syntax', /syntax error at 'extra'/, 1, 11);
});

test('window TVFs: alias, SESSION with PARTITION BY, named arguments in any order, offset', () => {
  const tvf = (sql: string) => {
    const from = select(sql).from;
    assert.ok(from.kind === 'windowTvf');
    return { ...from, args: from.args.map(shape) };
  };
  const a = tvf("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS w");
  assert.deepEqual([a.fn, a.alias, a.args, a.line, a.column], ['TUMBLE', 'w', ["INTERVAL '1' MINUTE@1:53"], 1, 15]);
  assert.equal(tvf("SELECT * FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE, INTERVAL '5' MINUTE)) `my w`").alias, 'my w');
  const j = select("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) w\nJOIN u ON w.k = u.k").from;
  assert.ok(j.kind === 'join' && j.left.kind === 'windowTvf' && j.right.kind === 'table');
  assert.deepEqual([j.left.alias, j.right.line, j.right.column], ['w', 2, 6]);
  const named = tvf("SELECT * FROM TABLE(TUMBLE(DATA => TABLE t, TIMECOL => DESCRIPTOR(ts),\n  OFFSET => INTERVAL '1' MINUTE, SIZE => INTERVAL '10' MINUTES))");
  assert.deepEqual([named.table, named.timeColumn, named.args], [['t'], 'ts', ["INTERVAL '10' MINUTE@2:42", "INTERVAL '1' MINUTE@2:13"]]);
  assert.deepEqual(tvf("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' HOUR, INTERVAL '5' MINUTE))").args.length, 2);
  const s = tvf("SELECT * FROM TABLE(SESSION(TABLE t PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' MINUTE))");
  assert.deepEqual([s.fn, s.partitionBy, s.args], ['SESSION', ['k'], ["INTERVAL '5' MINUTE@1:69"]]);
  const sn = tvf("SELECT * FROM TABLE(SESSION(DATA => TABLE t PARTITION BY (k, `j`), TIMECOL => DESCRIPTOR(ts), GAP => INTERVAL '5' MINUTE)) AS s");
  assert.deepEqual([sn.fn, sn.partitionBy, sn.alias, sn.args], ['SESSION', ['k', 'j'], 's', ["INTERVAL '5' MINUTE@1:102"]]);
  rejects("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), GAP => INTERVAL '1' MINUTE))", 'validation', /TUMBLE has no parameter GAP/, 1, 60);
  rejects("SELECT * FROM TABLE(SESSION(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS w WHERE = 1", 'syntax', /syntax error at '='/, 1, 87);
});

test('aggregate FILTER (WHERE …), with errors inside it placed right', () => {
  const q = select("SELECT k, COUNT(*) FILTER (WHERE a > 1) AS n,\n  SUM(x) FILTER (WHERE TRY_CAST(s AS INT) = 2) FROM t GROUP BY k");
  assert.deepEqual(q.items.map((i) => [shape(i.expr), i.alias]), [
    ['k@1:8', undefined],
    [['COUNT@1:11', 'star@1:17', 'FILTER', ['>@1:34', 'a@1:34', '1@1:38']], 'n'],
    [['SUM@2:3', 'x@2:7', 'FILTER', ['=@2:24', ['TRY_CAST@2:24', 's@2:33', 'INT'], '2@2:45']], undefined],
  ]);
  rejects('SELECT COUNT(*) FILTER (WHERE a = = 1) FROM t', 'syntax', /syntax error at '='/, 1, 35);
  rejects('SELECT COUNT(*) FILTER (WHERE a b) FROM t', 'syntax', /syntax error at 'b'/, 1, 33);
  rejects('SELECT COUNT(*) FILTER (WHERE a > 1) FROM t WHERE = 2', 'syntax', /syntax error at '='/, 1, 51);
});

test('legacy group windows are calls in GROUP BY', () => {
  const q = select(`SELECT k, TUMBLE_START(ts, INTERVAL '1' HOUR) AS ws, TUMBLE_ROWTIME(ts, INTERVAL '1' HOUR)
FROM t GROUP BY TUMBLE(ts, INTERVAL '1' HOUR), k`);
  assert.deepEqual(q.groupBy.map(shape), [['TUMBLE@2:17', 'ts@2:24', "INTERVAL '1' HOUR@2:28"], 'k@2:48']);
  assert.deepEqual(shape(q.items[1]!.expr), ['TUMBLE_START@1:11', 'ts@1:24', "INTERVAL '1' HOUR@1:28"]);
  const hop = select("SELECT HOP_END(ts, INTERVAL '1' MINUTE, INTERVAL '1' HOUR) FROM t GROUP BY HOP(ts, INTERVAL '1' MINUTE, INTERVAL '1' HOUR)");
  assert.deepEqual(hop.groupBy.map(shape), [['HOP@1:76', 'ts@1:80', "INTERVAL '1' MINUTE@1:84", "INTERVAL '1' HOUR@1:105"]]);
  const session = select("SELECT SESSION_END(ts, INTERVAL '5' MINUTE) FROM t GROUP BY k, SESSION(ts, INTERVAL '5' MINUTE)");
  assert.deepEqual(session.groupBy.map(shape), ['k@1:61', ['SESSION@1:64', 'ts@1:72', "INTERVAL '5' MINUTE@1:76"]]);
});

test('calls with keywords inside: EXTRACT, FLOOR/CEIL TO, TIMESTAMPADD/DIFF, TRIM, POSITION, SUBSTRING, OVERLAY', () => {
  const cases: [string, unknown][] = [
    ['EXTRACT(DAY FROM ts)', ['EXTRACT@1:8', ':DAY@1:16', 'ts@1:25']],
    ['EXTRACT(MILLISECOND FROM ts)', ['EXTRACT@1:8', ':MILLISECOND@1:16', 'ts@1:33']],
    ['FLOOR(ts TO HOUR)', ['FLOOR@1:8', 'ts@1:14', ':HOUR@1:20']],
    ['CEIL(ts TO DAY)', ['CEIL@1:8', 'ts@1:13', ':DAY@1:19']],
    ['FLOOR(x)', ['FLOOR@1:8', 'x@1:14']],
    ['TIMESTAMPADD(HOUR, 1, ts)', ['TIMESTAMPADD@1:8', ':HOUR@1:21', '1@1:27', 'ts@1:30']],
    ['TIMESTAMPDIFF(QUARTER, a, b)', ['TIMESTAMPDIFF@1:8', ':QUARTER@1:22', 'a@1:31', 'b@1:34']],
    ["TRIM(BOTH 'x' FROM s)", ['TRIM@1:8', ':BOTH@1:13', "'x'@1:18", 's@1:27']],
    ['TRIM(LEADING FROM s)', ['TRIM@1:8', ':LEADING@1:13', "' '@1:8", 's@1:26']],
    ["TRIM('x' FROM s)", ['TRIM@1:8', ':BOTH@1:8', "'x'@1:13", 's@1:22']],
    ['TRIM(s)', ['TRIM@1:8', ':BOTH@1:8', "' '@1:8", 's@1:13']],
    ['POSITION(a IN b)', ['POSITION@1:8', 'a@1:17', 'b@1:22']],
    ['SUBSTRING(s FROM 2 FOR 3)', ['SUBSTRING@1:8', 's@1:18', '2@1:25', '3@1:31']],
    ['SUBSTRING(s FROM 2)', ['SUBSTRING@1:8', 's@1:18', '2@1:25']],
    ['SUBSTRING(s, 2, 3)', ['SUBSTRING@1:8', 's@1:18', '2@1:21', '3@1:24']],
    ["OVERLAY(s PLACING 'ab' FROM 2 FOR 3)", ['OVERLAY@1:8', 's@1:16', "'ab'@1:26", '2@1:36', '3@1:42']],
  ];
  for (const [sql, expected] of cases) assert.deepEqual(shape(item(`SELECT ${sql} FROM t`)), expected, sql);
  // Nested, and an error after them is still placed right.
  assert.deepEqual(shape(item('SELECT EXTRACT(HOUR FROM FLOOR(ts TO DAY)) FROM t')), ['EXTRACT@1:8', ':HOUR@1:16', ['FLOOR@1:26', 'ts@1:32', ':DAY@1:38']]);
  rejects("SELECT TRIM(BOTH 'x' FROM s), EXTRACT(DAY FROM ts) FROM t WHERE a = = 1", 'syntax', /syntax error at '='/, 1, 69);
});

test('subscripts, ROW fields, IS [NOT] TRUE/FALSE/UNKNOWN, IS [NOT] DISTINCT FROM, niladic time functions', () => {
  assert.deepEqual(shape(item('SELECT arr[1] FROM t')), ['ITEM@1:8', 'arr@1:8', '1@1:12']);
  assert.deepEqual(shape(item("SELECT m['k'][2] FROM t")), ['ITEM@1:8', ['ITEM@1:8', 'm@1:8', "'k'@1:10"], '2@1:15']);
  assert.deepEqual(shape(item('SELECT bid.price, t.bid.price FROM t')), 'bid.price@1:8');
  assert.deepEqual(shape(item('SELECT bid.price, t.bid.price FROM t', 1)), 't.bid.price@1:19');
  const where = (cond: string) => {
    const w = select(`SELECT a FROM t WHERE ${cond}`).where;
    assert.ok(w !== undefined);
    return shape(w);
  };
  assert.deepEqual(where('b IS TRUE'), ['IS TRUE@1:25', 'b@1:23']);
  assert.deepEqual(where('b IS NOT FALSE'), ['IS NOT FALSE@1:25', 'b@1:23']);
  assert.deepEqual(where('b IS UNKNOWN'), ['IS UNKNOWN@1:25', 'b@1:23']);
  assert.deepEqual(where('(a > 1) IS NOT TRUE'), ['IS NOT TRUE@1:31', ['>@1:24', 'a@1:24', '1@1:28']]);
  assert.deepEqual(where('a > 1 IS NULL'), ['IS NULL@1:29', ['>@1:23', 'a@1:23', '1@1:27']]);
  assert.deepEqual(where('a IS DISTINCT FROM b'), ['IS DISTINCT FROM@1:25', 'a@1:23', 'b@1:42']);
  assert.deepEqual(where('a IS NOT DISTINCT FROM b'), ['IS NOT DISTINCT FROM@1:25', 'a@1:23', 'b@1:46']);
  assert.deepEqual(select('SELECT CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE, CURRENT_TIME, PROCTIME(), NOW() FROM t').items.map((i) => shape(i.expr)), [
    ['CURRENT_TIMESTAMP@1:8'], ['LOCALTIMESTAMP@1:27'], ['CURRENT_DATE@1:43'], ['CURRENT_TIME@1:57'], ['PROCTIME@1:71'], ['NOW@1:83'],
  ]);
});

test('ORDER BY, LIMIT, WITH and VALUES stay rejected as unsupported, with their position', () => {
  rejects('SELECT a FROM t\nORDER BY a', 'unsupported', /ORDER BY is not supported yet/, 2, 1);
  rejects('SELECT a FROM t LIMIT 3', 'unsupported', /LIMIT is not supported yet/, 1, 17);
  rejects('WITH x AS (SELECT a FROM t) SELECT * FROM x', 'unsupported', /WITH \(common table expressions\) is not supported yet/, 1, 1);
  rejects('INSERT INTO t VALUES (1, 2)', 'unsupported', /VALUES/, 1, 1);
  rejects('SELECT (r).f FROM t', 'syntax', /syntax error at '\.'/, 1, 11);
});

test('functions whose names the grammar reserves (SQRT, CHAR_LENGTH) and negative number literals', () => {
  const q = one('SELECT SQRT(x), CHARACTER_LENGTH(s), -3 FROM t');
  assert.ok(q.kind === 'query' && q.query.kind === 'select');
  const [a, b, c] = q.query.items.map((i) => i.expr);
  assert.deepEqual([a!.kind === 'call' && a!.name, b!.kind === 'call' && b!.name], ['SQRT', 'CHARACTER_LENGTH']);
  assert.deepEqual(c, { kind: 'unary', op: '-', operand: { kind: 'number', text: '3', exact: true, line: 1, column: 39 }, line: 1, column: 38 });
});

test('JSON_VALUE … RETURNING gives its own call a typed NULL argument, not the call around it', () => {
  const q = one("SELECT UPPER(JSON_VALUE(j, '$.a' RETURNING STRING)), CONCAT(JSON_VALUE(j, '$.b' RETURNING INT), 'x') FROM t");
  assert.ok(q.kind === 'query' && q.query.kind === 'select');
  const [upper, concat] = q.query.items.map((i) => i.expr);
  assert.ok(upper!.kind === 'call' && concat!.kind === 'call');
  assert.equal(upper.args.length, 1);
  assert.equal(concat.args.length, 2);
  const inner = upper.args[0]!;
  assert.ok(inner.kind === 'call' && inner.name === 'JSON_VALUE');
  assert.equal(inner.args.length, 3);
  assert.ok(inner.args[2]!.kind === 'cast' && inner.args[2].type.name === 'STRING');
});
