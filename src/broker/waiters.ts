// Long-poll support: a Fetch that has too little data waits until an append to one of its
// partitions, or its max wait, whichever comes first.
export class PartitionWaiters {
  private readonly waiting = new Map<string, Set<() => void>>();

  static key(topic: string, partition: number): string {
    return `${topic}\u0000${partition}`;
  }

  /** Resolves when any of `keys` is appended to, or after `ms`. */
  wait(keys: readonly string[], ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        for (const k of keys) this.waiting.get(k)?.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      for (const k of keys) {
        let set = this.waiting.get(k);
        if (set === undefined) this.waiting.set(k, (set = new Set()));
        set.add(wake);
      }
    });
  }

  notify(topic: string, partition: number): void {
    const set = this.waiting.get(PartitionWaiters.key(topic, partition));
    if (set === undefined) return;
    for (const wake of [...set]) wake();
  }

  wakeAll(): void {
    for (const set of this.waiting.values()) for (const wake of [...set]) wake();
  }
}
