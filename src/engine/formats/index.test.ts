// formatFor and formatOptions: the registry and Flink's option prefixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFor, formatOptions } from './index.ts';

test('formatFor knows json, csv, raw, avro-confluent and names the others as not supported', () => {
  assert.equal(formatFor('json').name, 'json');
  assert.equal(formatFor('csv').name, 'csv');
  assert.equal(formatFor('raw').name, 'raw');
  assert.equal(formatFor('avro-confluent').name, 'avro-confluent');
  assert.throws(() => formatFor('debezium-json'), /Format 'debezium-json' is not supported by the embedded engine/);
  assert.throws(() => formatFor('toString'), /Format 'toString' is not supported/);
});

test('formatOptions strips the prefix of the format key', () => {
  const opts = new Map([
    ['format', 'json'], ['json.ignore-parse-errors', 'true'], ['json', 'x'], ['csv.field-delimiter', ';'],
    ['key.format', 'csv'], ['key.csv.field-delimiter', '|'], ['value.format', 'json'], ['value.json.fail-on-missing-field', 'true'],
  ]);
  assert.deepEqual(formatOptions(opts, 'format'), { name: 'json', options: new Map([['ignore-parse-errors', 'true']]) });
  assert.deepEqual(formatOptions(opts, 'key.format'), { name: 'csv', options: new Map([['field-delimiter', '|']]) });
  assert.deepEqual(formatOptions(opts, 'value.format'), { name: 'json', options: new Map([['fail-on-missing-field', 'true']]) });
});

test("'value.format' falls back to 'format', as Flink's fallback key", () => {
  const opts = new Map([['format', 'csv'], ['csv.null-literal', 'N']]);
  assert.deepEqual(formatOptions(opts, 'value.format'), { name: 'csv', options: new Map([['null-literal', 'N']]) });
  assert.throws(() => formatOptions(new Map(), 'key.format'), /Could not find required format option 'key.format'/);
});
