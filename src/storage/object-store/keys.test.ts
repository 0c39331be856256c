// Unit tests for key, prefix and range validation (keys.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkKey, checkPrefix, checkRange, compareKeys, isValidKey } from './keys.ts';

test('valid keys', () => {
  for (const key of ['a', 'a/b/c.obj', 'streams/00/0000001234-v=2_x.obj', '.hidden', 'a.b/c-d/e=f_g', 'A/Z/0/9']) {
    assert.ok(isValidKey(key), key);
    checkKey(key, 'test store');
  }
});

test('invalid keys name the key, the store and the reason', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/],
    ['/a', /starts with "\/"/],
    ['a/../b', /contains "\.\."/],
    ['a..b', /contains "\.\."/],
    ['a//b', /empty path segment/],
    ['a/', /empty path segment/],
    ['./a', /"\." path segment/],
    ['a b', /characters outside/],
    ['a~tmp', /characters outside/],
    ['é', /characters outside/],
  ];
  for (const [key, why] of cases) {
    assert.equal(isValidKey(key), false, key);
    assert.throws(
      () => checkKey(key, 'folder /x'),
      (err: Error & { code?: string; where?: string }) => {
        assert.equal(err.code, 'CONFIG_INVALID');
        assert.equal(err.where, key);
        assert.match(err.message, why);
        assert.ok(err.message.includes(JSON.stringify(key)) && err.message.includes('folder /x'), err.message);
        return true;
      },
    );
  }
});

test('prefixes may be empty or end with "/"', () => {
  for (const prefix of ['', 'a', 'a/', 'a/b', 'a/b/']) checkPrefix(prefix, 's');
  for (const prefix of ['/', '/a', 'a//', 'a/../', 'a*']) assert.throws(() => checkPrefix(prefix, 's'), /Invalid list prefix/);
});

test('ranges need integers with 0 <= start <= end', () => {
  checkRange('k', 0, 0, 's');
  checkRange('k', 3, 10, 's');
  for (const [start, end] of [[-1, 2], [5, 4], [0.5, 2], [0, Infinity], [Number.NaN, 1]] as const) {
    assert.throws(() => checkRange('k', start, end, 's'), (err: Error & { code?: string }) => err.code === 'CONFIG_INVALID' && err.message.includes('object k in s'));
  }
});

test('keys compare in byte order', () => {
  assert.deepEqual(['b', 'B', 'a/b', 'a-b', 'a=b', 'a_b', 'a.b'].sort(compareKeys), ['B', 'a-b', 'a.b', 'a/b', 'a=b', 'a_b', 'b']);
});
