// sink: INSERT INTO a connector table. Changes of a batch are buffered and written with one
// `write` when the runtime flushes (after each batch), so there is one promise per batch, not per
// record. A sink that only takes inserts (kafka, filesystem) fails on any other kind: the planner
// must not send it one. Checkpoints pass through to the writer (`checkpoint`, `committed`).
import type { Sink } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import type { Connector, SinkWriter } from '../connectors/types.ts';
import type { Terminal } from '../runtime/operator.ts';

export class SinkOperator implements Terminal {
  private readonly node: Sink;
  private readonly writer: SinkWriter;
  private readonly acceptsUpdates: boolean;
  private pending: Change[] = [];

  constructor(node: Sink, connector: Connector, writer: SinkWriter) {
    this.node = node;
    this.writer = writer;
    this.acceptsUpdates = connector.sinkAcceptsUpdates;
  }

  tables(): [] {
    return [];
  }

  process(changes: readonly Change[], _input: number, _out: Change[]): void {
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i]!;
      if (!this.acceptsUpdates && c.kind !== '+I') {
        throw new WeirError('INTERNAL', `Sink table ${this.node.table} (connector '${this.node.connector}') only accepts inserts but received a ${c.kind} change`, {
          where: `sink #${this.node.id} ${this.node.table}`,
          hint: 'The query produces updates; write it to a connector that accepts them (upsert-kafka, print, blackhole)',
        });
      }
      this.pending.push(c);
    }
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await this.writer.write(batch);
  }

  checkpoint(id: number): Promise<unknown> {
    return this.writer.checkpoint(id);
  }

  async committed(id: number): Promise<void> {
    await this.writer.committed?.(id);
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}
