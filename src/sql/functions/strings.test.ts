// String, regex and hash functions against Flink's documented examples and edge cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../types/types.ts';
import { run, int, str, nul, bigint } from './testkit.ts';

const S = T.STRING();

test('concatenation', () => {
  assert.equal(run('||', [str('a'), str('b')]), 'ab');
  assert.equal(run('CONCAT', [str('AA'), str('BB'), str('CC')]), 'AABBCC');
  assert.equal(run('CONCAT', [str('AA'), nul(S)]), null);
  assert.equal(run('CONCAT_WS', [str('~'), str('AA'), nul(S), str('BB'), str(''), str('CC')]), 'AA~BB~~CC');
  assert.equal(run('CONCAT_WS', [nul(S), str('AA')]), null);
});

test('case, trimming, lengths', () => {
  assert.equal(run('UPPER', [str('aBc')]), 'ABC');
  assert.equal(run('LOWER', [str('aBc')]), 'abc');
  assert.equal(run('TRIM', [str('  a b  ')]), 'a b');
  assert.equal(run('TRIM', [str('BOTH'), str('xy'), str('xyaxbyx')]), 'axb');
  assert.equal(run('TRIM', [str('LEADING'), str('x'), str('xxaxx')]), 'axx');
  assert.equal(run('TRIM', [str('TRAILING'), str('x'), str('xxaxx')]), 'xxa');
  assert.equal(run('LTRIM', [str(' This is a test String.')]), 'This is a test String.');
  assert.equal(run('RTRIM', [str('This is a test String. ')]), 'This is a test String.');
  assert.equal(run('RTRIM', [str('abcxx'), str('x')]), 'abc');
  assert.equal(run('CHAR_LENGTH', [str('héllo')]), 5);
  assert.equal(run('CHARACTER_LENGTH', [str('a😀b')]), 3);
  assert.equal(run('CHAR_LENGTH', [nul(S)]), null);
});

test('SUBSTRING, POSITION, LOCATE, LEFT, RIGHT', () => {
  assert.equal(run('SUBSTRING', [str('hello'), int(2), int(3)]), 'ell');
  assert.equal(run('SUBSTRING', [str('hello'), int(2)]), 'ello');
  assert.equal(run('SUBSTR', [str('hello'), int(-3)]), 'llo');
  assert.equal(run('SUBSTRING', [str('hello'), int(0), int(2)]), 'he');
  assert.equal(run('SUBSTRING', [str('hello'), int(-9)]), '');
  assert.equal(run('SUBSTRING', [str('hello'), int(1), int(-1)]), null);
  assert.equal(run('SUBSTRING', [str('hello'), int(10)]), '');
  assert.equal(run('SUBSTRING', [str('a😀bc'), int(2), int(2)]), '😀b');
  assert.equal(run('POSITION', [str('b'), str('abcb')]), 2);
  assert.equal(run('POSITION', [str('z'), str('abc')]), 0);
  assert.equal(run('LOCATE', [str('b'), str('abcb'), int(3)]), 4);
  assert.equal(run('LEFT', [str('hello'), int(2)]), 'he');
  assert.equal(run('LEFT', [str('hello'), int(-1)]), '');
  assert.equal(run('RIGHT', [str('hello'), int(2)]), 'lo');
  assert.equal(run('RIGHT', [str('hello'), int(9)]), 'hello');
});

test('REPLACE, SPLIT_INDEX, INITCAP, LPAD, RPAD, REPEAT, REVERSE (Flink docs examples)', () => {
  assert.equal(run('REPLACE', [str('hello world'), str('world'), str('flink')]), 'hello flink');
  assert.equal(run('REPLACE', [str('ababab'), str('abab'), str('z')]), 'zab');
  assert.equal(run('SPLIT_INDEX', [str('a,b,c'), str(','), int(1)]), 'b');
  assert.equal(run('SPLIT_INDEX', [str('a,b,c'), str(','), int(3)]), null);
  assert.equal(run('SPLIT_INDEX', [str('a,b,c'), str(','), int(-1)]), null);
  assert.equal(run('INITCAP', [str('hello wORLD 3rd-party')]), 'Hello World 3rd-Party');
  assert.equal(run('LPAD', [str('hi'), int(4), str('??')]), '??hi');
  assert.equal(run('LPAD', [str('hi'), int(1), str('??')]), 'h');
  assert.equal(run('RPAD', [str('hi'), int(4), str('??')]), 'hi??');
  assert.equal(run('RPAD', [str('hi'), int(5), str('ab')]), 'hiaba');
  assert.equal(run('LPAD', [str('hi'), int(-1), str('?')]), null);
  assert.equal(run('REPEAT', [str('ab'), int(2)]), 'abab');
  assert.equal(run('REPEAT', [str('ab'), int(-1)]), '');
  assert.equal(run('REVERSE', [str('abc')]), 'cba');
});

test('STR_TO_MAP, base64, UUID', () => {
  assert.deepEqual(run('STR_TO_MAP', [str('a=1,b=2,c')]), new Map([['a', '1'], ['b', '2'], ['c', null]]));
  assert.deepEqual(run('STR_TO_MAP', [str('a:1;b:2'), str(';'), str(':')]), new Map([['a', '1'], ['b', '2']]));
  assert.equal(run('TO_BASE64', [str('hello world')]), 'aGVsbG8gd29ybGQ=');
  assert.equal(run('FROM_BASE64', [str('aGVsbG8gd29ybGQ=')]), 'hello world');
  const u = run('UUID', []) as string;
  assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(run('UUID', []), u);
});

test('regular expressions: groups, replacement syntax, invalid patterns', () => {
  assert.equal(run('REGEXP_REPLACE', [str('foobar'), str('oo|ar'), str('')]), 'fb');
  assert.equal(run('REGEXP_REPLACE', [str('2024-01-15'), str('(\\d+)-(\\d+)-(\\d+)'), str('$3/$2/$1')]), '15/01/2024');
  assert.equal(run('REGEXP_REPLACE', [str('a.b'), str('\\.'), str('\\$')]), 'a$b');
  assert.equal(run('REGEXP_REPLACE', [str('abc'), str('(b'), str('x')]), null);
  assert.equal(run('REGEXP_EXTRACT', [str('foothebar'), str('foo(.*?)(bar)'), int(2)]), 'bar');
  assert.equal(run('REGEXP_EXTRACT', [str('foothebar'), str('foo(.*?)(bar)'), int(1)]), 'the');
  assert.equal(run('REGEXP_EXTRACT', [str('foothebar'), str('foo(.*?)(bar)')]), 'foothebar');
  assert.equal(run('REGEXP_EXTRACT', [str('foothebar'), str('foo(.*?)(bar)'), int(3)]), null);
  assert.equal(run('REGEXP_EXTRACT', [str('xyz'), str('(\\d+)'), int(1)]), null);
  assert.equal(run('REGEXP_EXTRACT', [str('ABC'), str('(?i)b'), bigint(0n)]), 'B');
  assert.equal(run('REGEXP', [str('abc123'), str('\\d+')]), true);
  assert.equal(run('REGEXP', [str('abc'), str('^b')]), false);
  assert.equal(run('REGEXP', [nul(S), str('a')]), null);
});

test('hashes', () => {
  assert.equal(run('MD5', [str('')]), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(run('SHA1', [str('abc')]), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(run('SHA256', [str('abc')]), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(run('SHA2', [str('abc'), int(256)]), run('SHA256', [str('abc')]));
  assert.equal(run('SHA2', [str('abc'), int(7)]), null);
  assert.equal(run('HASH_CODE', [str('hello')]), 99162322); // "hello".hashCode() in Java
  assert.equal(run('HASH_CODE', [str('polygenelubricants')]), -2147483648);
});
