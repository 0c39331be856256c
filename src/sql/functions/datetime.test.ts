// zoneOffset: offsets of IANA zones at instants, asked in an order that defeats the one-entry memo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zoneOffset } from './datetime.ts';

const H = 3_600_000;

test('zoneOffset answers each zone and hour, alternating between them', () => {
  const winter = Date.UTC(2024, 0, 15, 12);
  const summer = Date.UTC(2024, 6, 15, 12);
  for (let i = 0; i < 2; i++) {
    assert.equal(zoneOffset('Europe/Berlin', winter), 1 * H);
    assert.equal(zoneOffset('Europe/Berlin', winter + 10 * 60_000), 1 * H); // same hour: the memo
    assert.equal(zoneOffset('Asia/Tokyo', winter), 9 * H); // same hour, other zone
    assert.equal(zoneOffset('Europe/Berlin', summer), 2 * H);
    assert.equal(zoneOffset('America/New_York', summer), -4 * H);
    assert.equal(zoneOffset('+05:30', summer), 5.5 * H);
  }
  // Berlin springs forward at 01:00 UTC on 2024-03-31.
  assert.equal(zoneOffset('Europe/Berlin', Date.UTC(2024, 2, 31, 0, 59)), 1 * H);
  assert.equal(zoneOffset('Europe/Berlin', Date.UTC(2024, 2, 31, 1, 0)), 2 * H);
});
