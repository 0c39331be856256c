// JSON functions against Flink's documented examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { run, str, nul } from './testkit.ts';

test('JSON_VALUE (Flink docs examples, defaults NULL ON EMPTY / NULL ON ERROR)', () => {
  assert.equal(run('JSON_VALUE', [str('{"a": true}'), str('$.a')]), 'true');
  assert.equal(run('JSON_VALUE', [str('{"a": true}'), str('$.a'), nul(T.BOOLEAN())]), true);
  assert.equal(run('JSON_VALUE', [str('{"a.b": [0.998,0.996]}'), str('$.["a.b"][0]'), nul(T.DOUBLE())]), 0.998);
  assert.equal(run('JSON_VALUE', [str('{"contains blank": "right"}'), str("strict $.['contains blank']")]), 'right');
  assert.equal(run('JSON_VALUE', [str('{"a": true}'), str('lax $.b')]), null);
  assert.equal(run('JSON_VALUE', [str('{"a": true}'), str('strict $.b')]), null);
  assert.equal(run('JSON_VALUE', [str('{"a": {"b": 1}}'), str('$.a')]), null);
  assert.equal(run('JSON_VALUE', [str('{"a": [1, 2, {"c": 12345678901234567890}]}'), str('$.a[2].c')]), '12345678901234567890');
  assert.equal(run('JSON_VALUE', [str('{"a": 1.50}'), str('$.a')]), '1.5');
  assert.equal(run('JSON_VALUE', [str('{"a": "12"}'), str('$.a'), nul(T.INT())]), 12);
  assert.equal(run('JSON_VALUE', [str('{"a": "x"}'), str('$.a'), nul(T.INT())]), null);
  assert.equal(run('JSON_VALUE', [str('not json'), str('$.a')]), null);
  assert.equal(run('JSON_VALUE', [nul(T.STRING()), str('$.a')]), null);
});

test('JSON_QUERY (Flink docs examples)', () => {
  assert.equal(run('JSON_QUERY', [str('{ "a": { "b": 1 } }'), str('$.a')]), '{"b":1}');
  assert.equal(run('JSON_QUERY', [str('[1, 2]'), str('$')]), '[1,2]');
  assert.equal(run('JSON_QUERY', [nul(T.STRING()), str('$')]), null);
  assert.equal(run('JSON_QUERY', [str('{"a":[{"c":"c1"},{"c":"c2"}]}'), str('lax $.a[*].c')]), '["c1","c2"]');
  assert.equal(run('JSON_QUERY', [str('1'), str('$')]), null);
});

test('JSON_EXISTS and IS JSON (Flink docs examples)', () => {
  assert.equal(run('JSON_EXISTS', [str('{"a": true}'), str('$.a')]), true);
  assert.equal(run('JSON_EXISTS', [str('{"a": true}'), str('$.b')]), false);
  assert.equal(run('JSON_EXISTS', [str('{"a": [{ "b": 1 }]}'), str('$.a[0].b')]), true);
  assert.equal(run('JSON_EXISTS', [str('{"a": null}'), str('$.a')]), true);
  for (const s of ['1', '[]', '{}', '"abc"']) assert.equal(run('IS JSON', [str(s)]), true, s);
  assert.equal(run('IS JSON', [str('abc')]), false);
  assert.equal(run('IS JSON', [nul(T.STRING())]), false);
  assert.equal(run('IS JSON', [str('1'), str('SCALAR')]), true);
  assert.equal(run('IS JSON', [str('1'), str('ARRAY')]), false);
  assert.equal(run('IS JSON', [str('1'), str('OBJECT')]), false);
  assert.equal(run('IS JSON', [str('{}'), str('SCALAR')]), false);
  assert.equal(run('IS JSON', [str('{}'), str('ARRAY')]), false);
  assert.equal(run('IS JSON', [str('{}'), str('OBJECT')]), true);
  assert.equal(run('IS NOT JSON', [str('abc')]), true);
});
