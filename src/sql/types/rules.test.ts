import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from './types.ts';
import type { LogicalType } from './types.ts';
import { supportsImplicitCast, commonType, commonTypeOf, arithmeticResult, comparable } from './rules.ts';

const s = (t: LogicalType | undefined) => (t === undefined ? undefined : T.toSql(t));

test('implicit casts follow Flink\'s matrix', () => {
  const yes: [LogicalType, LogicalType][] = [
    [T.TINYINT(), T.INT()], [T.INT(), T.BIGINT()], [T.BIGINT(), T.DECIMAL(5, 2)], [T.INT(), T.DOUBLE()],
    [T.DECIMAL(20, 2), T.FLOAT()], [T.FLOAT(), T.DOUBLE()], [T.CHAR(3), T.VARCHAR(2)], [T.BINARY(2), T.BYTES()],
    [T.TIMESTAMP(3), T.DATE()], [T.TIMESTAMP(3), T.TIMESTAMP_LTZ(6)], [T.TIMESTAMP_LTZ(3), T.TIMESTAMP(3)],
    [T.NULL(), T.ROW([])], [T.INT(false), T.INT()], [T.ARRAY(T.INT()), T.ARRAY(T.BIGINT())],
  ];
  const no: [LogicalType, LogicalType][] = [
    [T.BIGINT(), T.INT()], [T.DOUBLE(), T.FLOAT()], [T.DOUBLE(), T.DECIMAL()], [T.INT(), T.STRING()],
    [T.STRING(), T.INT()], [T.VARCHAR(3), T.CHAR(3)], [T.BOOLEAN(), T.INT()], [T.DATE(), T.TIMESTAMP()],
    [T.INT(), T.INT(false)], [T.NULL(), T.INT(false)], [T.ARRAY(T.BIGINT()), T.ARRAY(T.INT())],
  ];
  for (const [a, b] of yes) assert.ok(supportsImplicitCast(a, b), `${s(a)} → ${s(b)}`);
  for (const [a, b] of no) assert.ok(!supportsImplicitCast(a, b), `${s(a)} ↛ ${s(b)}`);
});

test('commonType: least restrictive type (LogicalTypeMerging)', () => {
  // Flink's own example: [INT, BIGINT, DECIMAL(2, 2)] → DECIMAL(21, 2)
  assert.equal(s(commonTypeOf([T.INT(), T.BIGINT(), T.DECIMAL(2, 2)])), 'DECIMAL(21, 2)');
  assert.equal(s(commonType(T.INT(false), T.BIGINT(false))), 'BIGINT NOT NULL');
  assert.equal(s(commonType(T.INT(false), T.BIGINT())), 'BIGINT');
  assert.equal(s(commonType(T.TINYINT(), T.SMALLINT())), 'SMALLINT');
  assert.equal(s(commonType(T.DECIMAL(10, 2), T.DECIMAL(5, 4))), 'DECIMAL(12, 4)');
  assert.equal(s(commonType(T.DECIMAL(38, 0), T.DECIMAL(38, 10))), 'DECIMAL(38, 0)');
  assert.equal(s(commonType(T.DECIMAL(10, 2), T.FLOAT())), 'DOUBLE');
  assert.equal(s(commonType(T.INT(), T.FLOAT())), 'FLOAT');
  assert.equal(s(commonType(T.CHAR(3), T.CHAR(5))), 'VARCHAR(5)');
  assert.equal(s(commonType(T.CHAR(3), T.CHAR(3))), 'CHAR(3)');
  assert.equal(s(commonType(T.CHAR(3), T.STRING())), 'STRING');
  assert.equal(s(commonType(T.VARCHAR(3), T.CHAR(10))), 'VARCHAR(10)');
  assert.equal(s(commonType(T.NULL(), T.INT(false))), 'INT');
  assert.equal(commonType(T.NULL(), T.NULL()), undefined);
  assert.equal(commonType(T.INT(), T.STRING()), undefined);
  assert.equal(commonType(T.BOOLEAN(), T.INT()), undefined);
  assert.equal(s(commonType(T.TIMESTAMP(3), T.TIMESTAMP_LTZ(6))), 'TIMESTAMP_LTZ(6)');
  assert.equal(s(commonType(T.TIMESTAMP(3, true, 'ROWTIME'), T.TIMESTAMP(6))), 'TIMESTAMP(6)');
  assert.equal(s(commonType(T.TIMESTAMP(3, true, 'ROWTIME'), T.TIMESTAMP(3, true, 'ROWTIME'))), 'TIMESTAMP(3) *ROWTIME*');
  // not similar types, so Flink falls back to implicit casts: TIMESTAMP → DATE is implicit
  assert.equal(s(commonType(T.DATE(), T.TIMESTAMP(3))), 'DATE');
  assert.equal(s(commonType(T.ARRAY(T.INT()), T.ARRAY(T.DECIMAL(5, 2)))), 'ARRAY<DECIMAL(12, 2)>');
  assert.equal(s(commonType(T.ROW([{ name: 'a', type: T.INT() }]), T.ROW([{ name: 'b', type: T.BIGINT() }]))), 'ROW<`a` BIGINT>');
  assert.equal(s(commonType(T.INTERVAL_DAY_TIME('DAY', 2, 0), T.INTERVAL_DAY_TIME('MINUTE_TO_SECOND', 2, 3))), 'INTERVAL DAY(2) TO SECOND(3)');
});

test('arithmetic result types follow Flink\'s DECIMAL rules', () => {
  const r = (op: '+' | '-' | '*' | '/' | '%', a: LogicalType, b: LogicalType) => s(arithmeticResult(op, a, b));
  assert.equal(r('+', T.DECIMAL(10, 2), T.DECIMAL(5, 4)), 'DECIMAL(13, 4)'); // max(4)+max(8,1)+1
  assert.equal(r('-', T.DECIMAL(10, 2, false), T.DECIMAL(5, 4, false)), 'DECIMAL(13, 4) NOT NULL');
  assert.equal(r('*', T.DECIMAL(10, 2), T.DECIMAL(5, 4)), 'DECIMAL(16, 6)');
  assert.equal(r('/', T.DECIMAL(10, 2), T.DECIMAL(5, 4)), 'DECIMAL(20, 8)'); // s = max(6, 2+5+1)
  assert.equal(r('%', T.DECIMAL(10, 2), T.DECIMAL(5, 4)), 'DECIMAL(5, 4)');
  assert.equal(r('+', T.DECIMAL(38, 8), T.DECIMAL(32, 8)), 'DECIMAL(38, 7)'); // Flink's documented example
  assert.equal(r('*', T.DECIMAL(38, 10), T.DECIMAL(38, 10)), 'DECIMAL(38, 6)');
  assert.equal(r('/', T.DECIMAL(38, 0), T.DECIMAL(38, 0)), 'DECIMAL(38, 6)');
  assert.equal(r('+', T.INT(), T.DECIMAL(5, 2)), 'DECIMAL(13, 2)'); // INT as DECIMAL(10, 0)
  assert.equal(r('*', T.BIGINT(), T.DECIMAL(5, 2)), 'DECIMAL(25, 2)');
  assert.equal(r('+', T.INT(false), T.BIGINT(false)), 'BIGINT NOT NULL');
  assert.equal(r('/', T.INT(), T.INT()), 'INT');
  assert.equal(r('+', T.TINYINT(), T.TINYINT()), 'TINYINT');
  assert.equal(r('*', T.DECIMAL(10, 2), T.DOUBLE()), 'DOUBLE');
  assert.equal(r('+', T.INT(), T.FLOAT()), 'FLOAT');
  assert.equal(r('%', T.INT(), T.BIGINT()), 'BIGINT'); // MOD returns its second operand's type
  assert.equal(r('%', T.DOUBLE(), T.INT()), undefined);
  assert.equal(r('+', T.INT(), T.STRING()), undefined);
  assert.equal(r('+', T.NULL(), T.INT(false)), 'INT');
  assert.equal(r('+', T.TIMESTAMP(3, false, 'ROWTIME'), T.INTERVAL_DAY_TIME('SECOND', 2, 3, false)), 'TIMESTAMP(3) NOT NULL');
  assert.equal(r('-', T.DATE(), T.INTERVAL_YEAR_MONTH()), 'DATE');
  assert.equal(r('*', T.INTERVAL_DAY_TIME(), T.INT()), 'INTERVAL DAY(2) TO SECOND(6)');
});

test('comparable', () => {
  assert.ok(comparable(T.INT(), T.DECIMAL(5, 2)));
  assert.ok(comparable(T.DOUBLE(), T.BIGINT(), 'order'));
  assert.ok(comparable(T.CHAR(3), T.STRING(), 'order'));
  assert.ok(comparable(T.TIMESTAMP(3), T.TIMESTAMP_LTZ(3), 'order'));
  assert.ok(comparable(T.NULL(), T.DATE()));
  assert.ok(comparable(T.ARRAY(T.INT()), T.ARRAY(T.BIGINT())));
  assert.ok(!comparable(T.ARRAY(T.INT()), T.ARRAY(T.BIGINT()), 'order'));
  assert.ok(!comparable(T.INT(), T.STRING()));
  assert.ok(!comparable(T.BOOLEAN(), T.INT()));
  assert.ok(!comparable(T.BYTES(), T.STRING()));
});
