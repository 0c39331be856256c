import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseScript, SqlError } from '../parse/index.ts';
import { Catalog } from './index.ts';
import { checkValue, closeMatches, durationMs } from './options.ts';

/** CREATE TABLE t (<cols>) WITH (<one option per line, from line 2>): errors land on the option's line, column 3. */
function table(cols: string, options: Record<string, string>, extra = ''): string {
  return `CREATE TABLE t (${cols}${extra}) WITH (\n${Object.entries(options).map(([k, v]) => `  '${k}' = '${v}'`).join(',\n')}\n);`;
}

function error(sql: string): SqlError {
  try {
    new Catalog('t.sql').applyAll(parseScript(sql, 't.sql'));
  } catch (e) {
    assert.ok(e instanceof SqlError, String(e));
    return e;
  }
  assert.fail('expected an error');
}

function rejects(sql: string, line: number, message: string | RegExp, column = 3): void {
  const e = error(sql);
  assert.deepEqual([e.line, e.column], [line, column], e.message);
  if (typeof message === 'string') assert.equal(e.message, `t.sql:${line}:${column}: ${message}`);
  else assert.match(e.message, message);
}

const K = { connector: 'kafka', topic: 'o', 'properties.bootstrap.servers': 'b:9092', format: 'json' };
const cols = 'id BIGINT, name STRING';

test('connector and option names', () => {
  rejects('CREATE TABLE t (id INT) WITH (\'topic\' = \'x\');', 1, "Table options of 't' do not contain an option key 'connector' for discovering a connector.", 1);
  rejects(table(cols, { connector: 'kafak' }), 2, "Could not find any factory for identifier 'kafak' (did you mean 'kafka'?) (table 't'). Available factory identifiers are: blackhole, datagen, filesystem, kafka, nexmark, print, upsert-kafka.");
  rejects(table(cols, { ...K, 'scan.startup.mod': 'earliest-offset' }), 6,
    /^t\.sql:6:3: Unsupported options found for 'kafka' \(table 't'\)\. Unsupported options: scan\.startup\.mod \(did you mean 'scan\.startup\.mode'\?\)\. Supported options: connector, format, json\.encode\.decimal-as-plain-number, .*, scan\.startup\.mode, .*topic-pattern, value\.fields-include, value\.format\.$/);
  rejects(table('id BIGINT', { connector: 'print', 'print-identifer': 'x', 'standard-error': 'true' }), 3,
    "Unsupported options found for 'print' (table 't'). Unsupported options: print-identifer (did you mean 'print-identifier'?). Supported options: connector, print-identifier, sink.parallelism, standard-error.");
  rejects(table('id BIGINT', { connector: 'blackhole', 'x': 'y' }), 3, "Unsupported options found for 'blackhole' (table 't'). Unsupported options: x. Supported options: connector.");
  rejects(table(cols, K).replace("'format' = 'json'", "'format' = 'json',\n  'topic' = 'again'"), 6, "Option 'topic' is set more than once in table 't'.");
});

test('values are checked by type', () => {
  rejects(table(cols, { ...K, 'scan.startup.mode': 'earliest' }), 6, "Invalid value 'earliest' for option 'scan.startup.mode' of table 't' (connector 'kafka'): allowed values are earliest-offset, latest-offset, group-offsets, timestamp, specific-offsets.");
  rejects(table(cols, { ...K, 'value.fields-include': 'SOME' }), 6, "Invalid value 'SOME' for option 'value.fields-include' of table 't' (connector 'kafka'): allowed values are ALL, EXCEPT_KEY.");
  rejects(table(cols, { ...K, 'sink.delivery-guarantee': 'twice' }), 6, "Invalid value 'twice' for option 'sink.delivery-guarantee' of table 't' (connector 'kafka'): allowed values are at-least-once, exactly-once, none.");
  rejects(table(cols, { ...K, 'sink.partitioner': 'random' }), 6, "Invalid value 'random' for option 'sink.partitioner' of table 't' (connector 'kafka'): allowed values are default, fixed, round-robin or the class name of a FlinkKafkaPartitioner.");
  rejects(table(cols, { ...K, 'json.timestamp-format.standard': 'RFC' }), 6, "Invalid value 'RFC' for option 'json.timestamp-format.standard' of table 't' (connector 'kafka') (format 'json'): allowed values are SQL, ISO-8601.");
  rejects(table(cols, { connector: 'datagen', 'rows-per-second': 'fast' }), 3, "Invalid value 'fast' for option 'rows-per-second' of table 't' (connector 'datagen'): expected an integer.");
  rejects(table('e INT', { connector: 'nexmark', 'rate.period': 'soon' }), 3, "Invalid value 'soon' for option 'rate.period' of table 't' (connector 'nexmark'): expected a duration such as '10 s', '1 min' or '500 ms'.");
  rejects(table('id BIGINT', { connector: 'print', 'standard-error': 'yes' }), 3, "Invalid value 'yes' for option 'standard-error' of table 't' (connector 'print'): expected true or false.");
});

test('formats', () => {
  rejects(table(cols, { ...K, format: 'jsn' }), 5, "Could not find any format factory for identifier 'jsn' (did you mean 'json'?) in option 'format' of table 't' (connector 'kafka'). Available formats: avro-confluent, csv, debezium-json, json, raw.");
  rejects(table(cols, { ...K, 'csv.field-delimiter': ';' }), 6, /Unsupported options: csv\.field-delimiter\. Supported/);
  rejects(table(cols, { ...K, 'json.ignore-parse-error': 'true' }), 6, /Unsupported options: json\.ignore-parse-error \(did you mean 'json\.ignore-parse-errors'\?\)\./);
  rejects(table(cols, { ...K, format: 'avro-confluent' }), 2, "One or more required options are missing for table 't' (connector 'kafka'). Missing required options: avro-confluent.url.");
  rejects(table(cols, { connector: 'filesystem', path: '/tmp/x', format: 'avro-confluent' }), 4, "Could not find any format factory for identifier 'avro-confluent' in option 'format' of table 't' (connector 'filesystem'). Available formats: json, csv, raw.");
  rejects(table(cols, { connector: 'filesystem', format: 'json' }), 2, "One or more required options are missing for table 't' (connector 'filesystem'). Missing required options: path.");
});

test('kafka rules', () => {
  const { format: _f, ...noFormat } = K;
  rejects(table(cols, { connector: 'kafka', topic: 'o', format: 'json' }), 2, "One or more required options are missing for table 't' (connector 'kafka'). Missing required options: properties.bootstrap.servers.");
  rejects(table(cols, { ...K, 'topic-pattern': 'o.*' }), 6, "Option 'topic' and 'topic-pattern' shouldn't be set together (table 't' (connector 'kafka')).");
  rejects(table(cols, { connector: 'kafka', 'properties.bootstrap.servers': 'b', format: 'json' }), 2, "Either 'topic' or 'topic-pattern' must be set (table 't' (connector 'kafka')).");
  rejects(table(cols, noFormat), 2, "Could not find required scan format 'value.format' (table 't' (connector 'kafka')): set 'format' or 'value.format'.");
  rejects(table(cols, { ...K, 'value.format': 'json' }), 6, "Option 'format' and 'value.format' shouldn't be set together (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'key.format': 'raw' }), 6, "A key format 'key.format' requires the declaration of one or more of key fields using 'key.fields' (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'key.format': 'raw', 'key.fields': 'nope' }), 7, "Could not find the field 'nope' in the table schema for usage in the key format (table 't' (connector 'kafka')). A key field must be a regular, physical column. The following columns can be selected in the 'key.fields' option: [id, name]");
  rejects(table(cols, { ...K, 'key.format': 'raw', 'key.fields': 'id', 'key.fields-prefix': 'k_' }), 8, "A key prefix is not allowed when option 'value.fields-include' is set to 'ALL'. Set it to 'EXCEPT_KEY' instead to avoid field overlaps (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'scan.startup.mode': 'timestamp' }), 6, "'scan.startup.timestamp-millis' is required in 'timestamp' startup mode but missing (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'scan.startup.mode': 'specific-offsets' }), 6, "'scan.startup.specific-offsets' is required in 'specific-offsets' startup mode but missing (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'scan.bounded.mode': 'specific-offsets', 'scan.bounded.specific-offsets': 'p0:1' }), 7, "Invalid properties 'scan.bounded.specific-offsets' should follow the format 'partition:0,offset:42;partition:1,offset:300', but is 'p0:1' (table 't' (connector 'kafka')).");
  rejects(table(cols, { ...K, 'sink.delivery-guarantee': 'exactly-once' }), 6, "sink.transactional-id-prefix must be specified when using DeliveryGuarantee.EXACTLY_ONCE (table 't' (connector 'kafka')).");
});

test('upsert-kafka, datagen', () => {
  const U = { connector: 'upsert-kafka', topic: 'u', 'properties.bootstrap.servers': 'b', 'key.format': 'raw', 'value.format': 'json' };
  rejects(table(cols, U), 1, "'upsert-kafka' tables require to define a PRIMARY KEY constraint. The PRIMARY KEY specifies which columns should be read from or write to the Kafka message key. The PRIMARY KEY also defines records in the 'upsert-kafka' table should update or delete on which keys (table 't' (connector 'upsert-kafka')).", 1);
  rejects(table(cols, { ...U, 'value.format': 'debezium-json' }, ', PRIMARY KEY (id) NOT ENFORCED'), 6, "Could not find any format factory for identifier 'debezium-json' in option 'value.format' of table 't' (connector 'upsert-kafka'). Available formats: json, csv, raw, avro-confluent.");
  const { 'key.format': _k, ...noKey } = U;
  rejects(table(cols, noKey, ', PRIMARY KEY (id) NOT ENFORCED'), 2, "One or more required options are missing for table 't' (connector 'upsert-kafka'). Missing required options: key.format.");
  rejects(table(cols, { connector: 'datagen', 'fields.age.min': '1' }), 3, "Option 'fields.age.min' of table 't' (connector 'datagen') refers to the column 'age', which is not a declared physical column. Declared columns: id, name.");
  rejects(table(cols, { connector: 'datagen', 'fields.id.kind': 'sequence', 'fields.id.start': '1' }), 3, "Could not find required property 'fields.id.end' for sequence generator (table 't' (connector 'datagen')).");
  rejects(table(cols, { connector: 'datagen', 'fields.id.kind': 'counter' }), 3, "Invalid value 'counter' for option 'fields.id.kind' of table 't' (connector 'datagen'): allowed values are random, sequence.");
  rejects(table(cols, { connector: 'datagen', 'fields.id.kinds': 'random' }), 3, /Unsupported options: fields\.id\.kinds \(did you mean 'fields\.#\.kind'\?\)/);
});

test('option helpers', () => {
  assert.equal(checkValue({ key: 'd', type: 'duration' }, '10 s'), undefined);
  assert.equal(checkValue({ key: 'd', type: 'duration' }, '500'), undefined);
  assert.equal(checkValue({ key: 'm', type: 'memory' }, '64 mb'), undefined);
  assert.equal(checkValue({ key: 'e', type: 'enum', values: ['SQL', 'ISO-8601'] }, 'iso-8601'), undefined);
  assert.equal(checkValue({ key: 'l', type: 'long' }, '9223372036854775808'), 'expected an integer');
  assert.deepEqual([durationMs('10 s'), durationMs('1min'), durationMs('250'), durationMs('2 h')], [10_000, 60_000, 250, 7_200_000]);
  // A unit it does not know is refused, never read as days.
  assert.throws(() => durationMs('5 sekunden'), /not a duration/);
  assert.equal(durationMs('2 d'), 172_800_000);
  assert.deepEqual(closeMatches('scan.startup.mod', ['scan.startup.mode', 'scan.bounded.mode', 'topic']), ['scan.startup.mode']);
});
