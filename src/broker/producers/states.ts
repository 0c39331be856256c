// Placeholder until idempotent producer state lands.
import type { Broker } from '../broker.ts';

export class ProducerStates {
  readonly broker: Broker;
  constructor(broker: Broker) {
    this.broker = broker;
  }
}
