// Placeholder until the group coordinator lands (classic rebalance protocol, offsets).
import type { Broker } from '../broker.ts';

export class GroupCoordinator {
  readonly broker: Broker;
  constructor(broker: Broker) {
    this.broker = broker;
  }
  close(): void {}
}
