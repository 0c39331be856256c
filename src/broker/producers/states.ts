// Placeholder until idempotent producer state lands: every batch is appended.
import type { Broker } from '../broker.ts';
import type { BatchHeader } from '../../protocol/records/index.ts';

export type SequenceCheck = { kind: 'append' } | { kind: 'duplicate'; baseOffset: bigint } | { kind: 'error'; errorCode: number; message: string };

export class ProducerStates {
  readonly broker: Broker;
  constructor(broker: Broker) {
    this.broker = broker;
  }
  async check(_topic: string, _partition: number, _header: BatchHeader): Promise<SequenceCheck> {
    return { kind: 'append' };
  }
  appended(_topic: string, _partition: number, _header: BatchHeader, _baseOffset: bigint): void {}
  failed(_topic: string, _partition: number, _header: BatchHeader): void {}
}
