// Keyed state in memory: one named table of an operator, a Map from a key string (keyOf /
// keyOfFields) to a value the state codec can serialize. Supports Flink's state TTL
// (`table.exec.state.ttl`, processing time, StateTtlConfig OnCreateAndWrite + NeverReturnExpired as
// Flink SQL configures it): an entry not written for `ttl` ms is invisible and removed by `expire`.
// Writes re-insert the key, so the Map's order is write order and expiry pops from the front.
// Size is estimated on demand (walking the values) rather than per write, to keep writes cheap.

export interface StateClock {
  now(): number;
}

export class KeyedState<V> {
  readonly name: string;
  private readonly map = new Map<string, V>();
  private readonly ttl: number;
  private readonly times: Map<string, number> | undefined;
  private readonly clock: StateClock;

  constructor(name: string, ttl: number, clock: StateClock) {
    this.name = name;
    this.ttl = ttl;
    this.clock = clock;
    this.times = ttl > 0 ? new Map() : undefined;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v === undefined || this.times === undefined) return v;
    if (this.clock.now() - this.times.get(key)! >= this.ttl) {
      this.map.delete(key);
      this.times.delete(key);
      return undefined;
    }
    return v;
  }

  /** Stores `value` and, with TTL, restarts the entry's time to live. */
  set(key: string, value: V): void {
    if (this.times !== undefined) {
      this.times.delete(key);
      this.times.set(key, this.clock.now());
    }
    this.map.set(key, value);
  }

  delete(key: string): void {
    this.map.delete(key);
    this.times?.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.times?.clear();
  }

  entries(): IterableIterator<[string, V]> {
    return this.map.entries();
  }

  /** Removes entries whose time to live has passed; returns how many. */
  expire(): number {
    if (this.times === undefined) return 0;
    const limit = this.clock.now() - this.ttl;
    let n = 0;
    for (const [key, t] of this.times) {
      if (t > limit) break;
      this.times.delete(key);
      this.map.delete(key);
      n++;
    }
    return n;
  }

  /** Approximate bytes held (keys and values). */
  bytes(): number {
    let total = 0;
    for (const [k, v] of this.map) total += 48 + k.length * 2 + estimateBytes(v);
    return total;
  }

  /** The entries, for a checkpoint (encoded at once by the caller, so no copy is made). */
  snapshot(): [string, V][] {
    return [...this.map];
  }

  /** Replaces the contents with a snapshot's entries; TTL restarts from now. */
  restore(entries: readonly (readonly [string, V])[]): void {
    this.clear();
    for (const [k, v] of entries) this.set(k, v);
  }
}

/** A rough size in bytes of a runtime value (V8 object overheads included coarsely). */
function estimateBytes(v: unknown, depth = 0): number {
  if (v === null || v === undefined) return 8;
  switch (typeof v) {
    case 'number': case 'boolean': return 8;
    case 'string': return 16 + v.length * 2;
    case 'bigint': return 24;
  }
  if (depth > 8) return 64;
  if (Array.isArray(v)) {
    let n = 32;
    for (const x of v) n += estimateBytes(x, depth + 1);
    return n;
  }
  if (v instanceof Uint8Array) return 64 + v.byteLength;
  if (v instanceof Map) {
    let n = 64;
    for (const [k, x] of v) n += 32 + estimateBytes(k, depth + 1) + estimateBytes(x, depth + 1);
    return n;
  }
  if (v instanceof Set) {
    let n = 64;
    for (const x of v) n += 24 + estimateBytes(x, depth + 1);
    return n;
  }
  if (typeof v === 'object') {
    let n = 32;
    for (const x of Object.values(v)) n += 16 + estimateBytes(x, depth + 1);
    return n;
  }
  return 16;
}
