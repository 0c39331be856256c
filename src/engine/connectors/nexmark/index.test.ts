// The nexmark source: the event mix, ids, hot keys, timestamps, determinism, bounds and restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as T from '../../../sql/types/types.ts';
import type { Field } from '../../../sql/plan/physical.ts';
import type { ConnectorContext, SourceRecord } from '../types.ts';
import { nexmark } from './index.ts';

const row = (names: string[], types: T.LogicalType[]) => T.ROW(names.map((name, i) => ({ name, type: types[i]! })));
const S = T.STRING();
const L = T.BIGINT();
const TS = T.TIMESTAMP(3);
const FIELDS: Field[] = [
  { name: 'event_type', type: T.INT() },
  { name: 'person', type: row(['id', 'name', 'emailAddress', 'creditCard', 'city', 'state', 'dateTime', 'extra'], [L, S, S, S, S, S, TS, S]) },
  { name: 'auction', type: row(['id', 'itemName', 'description', 'initialBid', 'reserve', 'dateTime', 'expires', 'seller', 'category', 'extra'], [L, S, S, L, L, TS, TS, L, L, S]) },
  { name: 'bid', type: row(['auction', 'bidder', 'price', 'channel', 'url', 'dateTime', 'extra'], [L, L, L, S, S, TS, S]) },
];

function context(options: Record<string, string>, restored?: unknown, fields = FIELDS): ConnectorContext {
  return { table: 'nexmark', options: new Map(Object.entries(options)), fields, metadata: [], timeZone: 'UTC', services: {}, restored, skipped() {} };
}

async function readAll(options: Record<string, string>, restored?: unknown): Promise<{ records: SourceRecord[]; position: unknown }> {
  const reader = await nexmark.createSource!(context(options, restored));
  const records: SourceRecord[] = [];
  for (;;) {
    const batch = await reader.poll(1000);
    if (batch === undefined) break;
    records.push(...batch);
  }
  return { records, position: reader.position() };
}

test('1:3:46 proportions, consecutive person and auction ids from 1000, bounded by events.num', async () => {
  const { records } = await readAll({ 'events.num': '5000' });
  assert.equal(records.length, 5000);
  const count = [0, 0, 0];
  for (const r of records) count[r.row[0] as number]!++;
  assert.deepEqual(count, [100, 300, 4600]);
  // The first event has id 2, an auction (ids 0 mod 50 are people, 1-3 auctions).
  assert.equal(records[0]!.row[0], 1);
  const people = records.filter((r) => r.row[0] === 0).map((r) => (r.row[1] as unknown[])[0]);
  // Event ids start at 2, so person 1000 and auction 1000 (ids 0 and 1) are never generated.
  assert.deepEqual(people.slice(0, 3), [1001n, 1002n, 1003n]);
  const auctions = records.filter((r) => r.row[0] === 1).map((r) => (r.row[2] as unknown[])[0]);
  assert.deepEqual(auctions.slice(0, 4), [1001n, 1002n, 1003n, 1004n]);
  for (const r of records) assert.equal(r.row.filter((x) => x === null).length, 2);
});

test('bids: mostly hot auctions and bidders, prices in range, event time advancing with the rate', async () => {
  const { records } = await readAll({ 'events.num': '20000', 'first-event.rate': '1000' });
  const bids = records.filter((r) => r.row[0] === 2).map((r) => r.row[3] as unknown[]);
  const hotAuction = bids.filter((b) => ((b[0] as bigint) - 1000n) % 100n === 0n).length / bids.length;
  assert.ok(hotAuction > 0.45 && hotAuction < 0.6, `hot auction share ${hotAuction}`);
  const hotBidder = bids.filter((b) => ((b[1] as bigint) - 2001n) % 100n === 0n).length / bids.length;
  assert.ok(hotBidder > 0.7 && hotBidder < 0.8, `hot bidder share ${hotBidder}`);
  for (const b of bids) {
    const price = b[2] as bigint;
    assert.ok(price >= 100n && price <= 100_000_000n);
  }
  const time = (r: SourceRecord): number => ((r.row[1] ?? r.row[2] ?? r.row[3]) as unknown[])[r.row[0] === 0 ? 6 : 5] as number;
  // 1000 events per second: event n (0-based) is (n + 1) ms after the base time.
  assert.equal(time(records[999]!) - time(records[0]!), 999);
  const channels = new Set(bids.map((b) => b[3]));
  for (const hot of ['Google', 'Facebook', 'Baidu', 'Apple']) assert.ok(channels.has(hot));
  const bytes = bids.reduce((n, b) => n + (b[6] as string).length, 0) / bids.length;
  assert.ok(bytes > 60 && bytes < 76, `bid extra ${bytes}`);
});

test('the same event numbers give the same events; a restored reader continues the stream', async () => {
  const full = await readAll({ 'events.num': '3000' });
  const reader = await nexmark.createSource!(context({ 'events.num': '3000' }, full.position));
  assert.equal(await reader.poll(10), undefined);
  const first = await nexmark.createSource!(context({ 'events.num': '3000' }));
  const part = await first.poll(1200);
  const rest = await readAll({ 'events.num': '3000' }, first.position());
  assert.equal(part!.length + rest.records.length, 3000);
  const strip = (r: SourceRecord) => JSON.stringify(r.row, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  const base = (first.position() as { baseTime: number }).baseTime;
  const again = await readAll({ 'events.num': '3000' }, { emitted: 0, baseTime: base });
  assert.deepEqual([...part!, ...rest.records].map(strip), again.records.map(strip));
});

test('stop-at and keep-alive', async () => {
  assert.equal((await readAll({ 'events.num': '100', 'stop-at': '40' })).records.length, 40);
  const reader = await nexmark.createSource!(context({ 'events.num': '5', 'keep-alive': 'true' }));
  assert.equal((await reader.poll(10))!.length, 5);
  assert.deepEqual(await reader.poll(10), []);
});

test('a table whose columns are not the nexmark layout is refused', async () => {
  await assert.rejects(nexmark.createSource!(context({}, undefined, FIELDS.slice(0, 3))), /physical columns must be event_type, person, auction, bid/);
});
