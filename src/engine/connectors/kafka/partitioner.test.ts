// Kafka's murmur2 against the values Kafka's own UtilsTest pins, and the partitioners' choices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyPartition, makePartitioner, murmur2 } from './partitioner.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

test("murmur2 gives the values of Kafka's UtilsTest.testMurmur2", () => {
  const cases: [string, number][] = [
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ];
  for (const [text, expected] of cases) assert.equal(murmur2(bytes(text)), expected, text);
});

test('a keyed record goes to toPositive(murmur2(key)) mod n', () => {
  // (-973932308 & 0x7fffffff) = 1173551340; mod 3 = 0, mod 7 = 6.
  assert.equal(keyPartition(bytes('21'), 3), 1173551340 % 3);
  assert.equal(keyPartition(bytes('21'), 7), 1173551340 % 7);
  const p = makePartitioner('default', 100);
  assert.equal(p.partition('t', bytes('21'), 10, 7), 1173551340 % 7);
});

test('default without a key sticks to one partition until a batch of bytes went to it', () => {
  const draws = [0.1, 0.1, 0.9];
  const p = makePartitioner('default', 100, () => draws.shift() ?? 0);
  const first = p.partition('t', null, 60, 4);
  assert.equal(first, 0);
  assert.equal(p.partition('t', null, 60, 4), 0); // 120 bytes now: the next one moves on
  assert.equal(p.partition('t', null, 10, 4), 1); // drew 0 again, which is the last: takes the next
  assert.equal(p.partition('t', null, 10, 4), 1);
});

test('round-robin cycles per topic; fixed is partition 0', () => {
  const rr = makePartitioner('round-robin', 100);
  assert.deepEqual([0, 1, 2, 3].map(() => rr.partition('a', bytes('k'), 1, 3)), [0, 1, 2, 0]);
  assert.equal(rr.partition('b', null, 1, 3), 0);
  const fixed = makePartitioner('fixed', 100);
  assert.deepEqual([0, 1].map(() => fixed.partition('a', bytes('k'), 1, 3)), [0, 0]);
});
