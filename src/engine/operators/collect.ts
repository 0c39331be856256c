// collect: a plain SELECT's results, handed to the caller's callback. Without checkpointing a
// batch's changes go out as soon as the batch is done. With checkpointing they are exactly-once
// (as Flink's collect sink): held until the checkpoint that covers them completes, and dropped
// with the attempt if the job fails before that (the restored job produces them again).
import type { Change } from '../../sql/types/values.ts';
import type { Terminal } from '../runtime/operator.ts';

export type CollectCallback = (changes: readonly Change[]) => void;

export class CollectOperator implements Terminal {
  private readonly deliver: CollectCallback;
  private readonly exactlyOnce: boolean;
  private pending: Change[] = [];
  /** Changes prepared by a checkpoint, released when it completes. */
  private readonly prepared = new Map<number, Change[]>();

  constructor(deliver: CollectCallback, exactlyOnce: boolean) {
    this.deliver = deliver;
    this.exactlyOnce = exactlyOnce;
  }

  tables(): [] {
    return [];
  }

  process(changes: readonly Change[], _input: number, _out: Change[]): void {
    for (let i = 0; i < changes.length; i++) this.pending.push(changes[i]!);
  }

  async flush(): Promise<void> {
    if (this.exactlyOnce || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.deliver(batch);
  }

  async checkpoint(id: number): Promise<unknown> {
    if (this.exactlyOnce) {
      this.prepared.set(id, this.pending);
      this.pending = [];
    }
    return undefined;
  }

  async committed(id: number): Promise<void> {
    for (const [cid, changes] of [...this.prepared].sort((a, b) => a[0] - b[0])) {
      if (cid > id) break;
      this.prepared.delete(cid);
      if (changes.length > 0) this.deliver(changes);
    }
  }

  async close(): Promise<void> {}
}
