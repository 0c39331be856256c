// Timers of a window or join operator: keys due at a time, popped in time order once event time
// (or processing time) passes. A min-heap of the distinct times and a set of keys per time.
export class TimerQueue {
  private readonly heap: number[] = [];
  private readonly byTime = new Map<number, Set<string>>();

  add(time: number, key: string): void {
    let keys = this.byTime.get(time);
    if (keys === undefined) {
      keys = new Set();
      this.byTime.set(time, keys);
      this.push(time);
    }
    keys.add(key);
  }

  /** Removes and returns the earliest time's keys if that time is ≤ `limit`. */
  popDue(limit: number): { time: number; keys: Set<string> } | undefined {
    const time = this.heap[0];
    if (time === undefined || time > limit) return undefined;
    this.pop();
    const keys = this.byTime.get(time)!;
    this.byTime.delete(time);
    return { time, keys };
  }

  clear(): void {
    this.heap.length = 0;
    this.byTime.clear();
  }

  private push(t: number): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]! <= t) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = t;
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && h[r]! < h[l]! ? r : l;
      if (h[c]! >= last) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
  }
}
