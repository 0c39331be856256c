// Records as the compatibility suites compare them: what was produced (with the offsets the
// client's acknowledgements imply) against what was consumed, each record with its key, value,
// headers and timestamp.
import assert from 'node:assert/strict';

/** A record as the suites compare it; keys, values and header values as UTF-8 text. */
export interface Rec {
  readonly topic: string;
  readonly partition: number;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: readonly (readonly [string, string | null])[];
  /** Exact, or a window (for clients that stamp records themselves: kcat). */
  readonly timestamp: number | { readonly min: number; readonly max: number };
  readonly offset?: number;
}

/** A consumed record: everything known exactly. */
export interface Got extends Rec {
  readonly timestamp: number;
  readonly offset: number;
}

/**
 * Checks delivery: per partition, the consumed records are exactly the expected ones, each once and
 * in order, with its key, value, headers and timestamp; offsets increase. `expected` lists each
 * partition's records in the order they were produced (or acknowledged).
 */
export function assertDelivered(got: readonly Got[], expected: readonly Rec[], what = 'records'): void {
  const byPartition = <T extends Rec>(rs: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const r of rs) {
      const k = `${r.topic}-${r.partition}`;
      m.set(k, [...(m.get(k) ?? []), r]);
    }
    return m;
  };
  const g = byPartition(got);
  const e = byPartition(expected);
  assert.deepEqual([...g.keys()].sort(), [...e.keys()].sort(), `${what}: partitions with records`);
  for (const [tp, want] of e) {
    const have = g.get(tp)!;
    const offsets = have.map((r) => r.offset);
    const seen = new Set(offsets);
    assert.equal(seen.size, offsets.length, `${what}: ${tp} has offsets delivered more than once: ${offsets.join(',')}`);
    for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i]! > offsets[i - 1]!, `${what}: ${tp} offsets out of order: ${offsets.join(',')}`);
    assert.equal(have.length, want.length, `${what}: ${tp} delivered ${have.length} records, expected ${want.length}\n${JSON.stringify(have.map((r) => [r.offset, r.key]))}`);
    for (let i = 0; i < want.length; i++) {
      const w = want[i]!;
      const h = have[i]!;
      let timestamp: number | string = h.timestamp;
      if (typeof w.timestamp !== 'number') {
        const { min, max } = w.timestamp;
        timestamp = h.timestamp >= min && h.timestamp <= max ? `within [${min}, ${max}]` : `${h.timestamp}, outside [${min}, ${max}]`;
      }
      const actual = { key: h.key, value: h.value, headers: h.headers.map(([k, v]) => [k, v]), timestamp, offset: w.offset === undefined ? undefined : h.offset };
      const wanted = { key: w.key, value: w.value, headers: w.headers.map(([k, v]) => [k, v]), timestamp: typeof w.timestamp === 'number' ? w.timestamp : `within [${w.timestamp.min}, ${w.timestamp.max}]`, offset: w.offset };
      assert.deepEqual(actual, wanted, `${what}: ${tp} record ${i} (offset ${h.offset})`);
    }
  }
}

/** Checks that one consumer saw each partition's records in increasing offset order, none twice. */
export function assertInOrder(got: readonly Got[], what: string): void {
  const last = new Map<string, number>();
  for (const r of got) {
    const tp = `${r.topic}-${r.partition}`;
    const before = last.get(tp);
    assert.ok(before === undefined || r.offset > before, `${what}: ${tp} offset ${r.offset} after ${before}`);
    last.set(tp, r.offset);
  }
}

/** A fixed base for explicit record timestamps (2024-01-01T00:00:00Z). */
export const BASE_TS = Date.UTC(2024, 0, 1);

/**
 * `perPartition` records for each of `partitions` partitions, produced round-robin: record i of
 * partition p has key `<tag>-key-p-i` (null for i = 3), a non-ASCII value, headers (an empty value
 * every fifth record) and timestamp tsBase + i*1000 + p.
 */
export function makeRecords(topic: string, partitions: number, perPartition: number, tag: string, tsBase = BASE_TS): Rec[] {
  const out: Rec[] = [];
  for (let i = 0; i < perPartition; i++) {
    for (let p = 0; p < partitions; p++) {
      const headers: [string, string][] = [['tag', tag], ['i', String(i)]];
      if (i % 5 === 0) headers.push(['empty', '']);
      out.push({ topic, partition: p, key: i === 3 ? null : `${tag}-key-${p}-${i}`, value: `${tag} ${p}/${i} ✓`, headers, timestamp: tsBase + i * 1000 + p });
    }
  }
  return out;
}

/** A client's acknowledgement of record `index` of what it was asked to produce. */
export interface Delivery {
  readonly index: number;
  readonly partition: number | null;
  readonly offset: number | null;
  readonly error?: string | null;
}

/**
 * Checks acknowledgements: one per record, none failed, each in the record's partition, and each
 * partition's offsets following produce order from `from` (default 0). Returns the records with
 * their offsets.
 */
export function withOffsets(expected: readonly Rec[], delivered: readonly Delivery[], from: ReadonlyMap<number, number> = new Map()): Rec[] {
  assert.equal(delivered.length, expected.length, 'one acknowledgement per record');
  assert.deepEqual(
    delivered.filter((d) => d.error !== null && d.error !== undefined),
    [],
    'no produce errors',
  );
  const next = new Map(from);
  const byIndex = new Map(delivered.map((d) => [d.index, d]));
  return expected.map((r, i) => {
    const d = byIndex.get(i);
    assert.ok(d !== undefined, `record ${i} was acknowledged`);
    assert.equal(d.partition, r.partition, `record ${i} went to its partition`);
    const want = next.get(r.partition) ?? 0;
    assert.equal(d.offset, want, `record ${i}: offset in ${r.topic}-${r.partition}`);
    next.set(r.partition, want + 1);
    return { ...r, offset: want };
  });
}

/** Checks that each partition's offsets follow produce order, from `from` (default 0). */
export function assertOffsetsFollow(records: readonly Rec[], from = 0): void {
  const next = new Map<number, number>();
  for (const r of records) {
    assert.equal(r.offset, next.get(r.partition) ?? from, `${r.topic}-${r.partition}: offsets follow produce order`);
    next.set(r.partition, r.offset! + 1);
  }
}

/** Assignment changes a group member saw, in order: ['assign' | 'revoke', partitions]. */
export type GroupEvents = readonly (readonly ['assign' | 'revoke', readonly number[]])[];

/**
 * Checks the scenario every group test plays: member a alone gets every partition, gives some up
 * when b joins (b gets the rest), and gets them all back when b leaves. Empty assignments are
 * skipped: a client may join before it has the topic's metadata (kafka-python does), get nothing,
 * and rejoin once it has.
 */
export function assertRebalanced(a: GroupEvents, b: GroupEvents, partitions: number): void {
  const all = Array.from({ length: partitions }, (_, i) => i);
  const assigned = (events: GroupEvents): number[][] =>
    events.filter(([kind, ps]) => kind === 'assign' && ps.length > 0).map(([, ps]) => [...ps].sort((x, y) => x - y));
  const [onA, onB] = [assigned(a), assigned(b)];
  const log = `a: ${JSON.stringify(a)}, b: ${JSON.stringify(b)}`;
  assert.deepEqual(onA[0], all, `a alone gets every partition; ${log}`);
  const split = onA.find((ps) => ps.length > 0 && ps.length < partitions);
  assert.ok(split !== undefined, `a gives partitions up when b joins; ${log}`);
  assert.ok(onB.some((ps) => [...ps, ...split].sort((x, y) => x - y).join() === all.join()), `b gets the partitions a gave up; ${log}`);
  assert.deepEqual(onA.at(-1), all, `a gets every partition back when b leaves; ${log}`);
}

/** A unique name for a topic or group. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The records of several produce rounds with the offsets they were delivered at, and where each partition ends. */
export function placeRounds(rounds: readonly (readonly Rec[])[], delivered: readonly (readonly Delivery[])[]): { expected: Rec[]; next: Map<number, number> } {
  const next = new Map<number, number>();
  const expected: Rec[] = [];
  rounds.forEach((round, i) => {
    const placed = withOffsets(round, delivered[i]!, next);
    for (const r of placed) next.set(r.partition, r.offset! + 1);
    expected.push(...placed);
  });
  return { expected, next };
}

/** The checks both Python group suites make of two consumers a and b across three rounds. */
export function assertGroupRounds(a: { records: Got[]; events: GroupEvents }, b: { records: Got[]; events: GroupEvents }, backMs: number, partitions: number, expected: readonly Rec[]): void {
  assertRebalanced(a.events, b.events, partitions);
  assert.ok(backMs < 6000, `b left with LeaveGroup: a took its partitions back in ${backMs} ms, before b's session (6000 ms) could expire`);
  assert.ok(b.records.length > 0 && b.records.every((r) => r.value?.startsWith('round 2')), 'b read only round 2, and some of it');
  assertInOrder(a.records, 'consumer a');
  assertInOrder(b.records, 'consumer b');
  const consumed = [...a.records, ...b.records].sort((x, y) => x.partition - y.partition || x.offset - y.offset);
  assertDelivered(consumed, expected, 'group a+b');
}
