// Offsets for a Position (scan.startup.* / scan.bounded.*) of a topic's partitions, as Flink's
// OffsetsInitializers compute them: earliest and latest from the log bounds, committed offsets of
// the group (else the reset strategy), the first offset at or after a timestamp (else the end),
// specific offsets (else committed, else earliest).
import { WeirError } from '../../../util/errors.ts';
import type { KafkaOptions, Position, ResetStrategy } from './options.ts';
import type { Transport } from './transport.ts';

export async function resolveOffsets(t: Transport, o: KafkaOptions, position: Position, topic: string, partitions: readonly number[]): Promise<bigint[]> {
  const bounds = await t.offsets(topic, partitions);
  switch (position.kind) {
    case 'earliest':
      return bounds.map((b) => b.start);
    case 'latest':
      return bounds.map((b) => b.end);
    case 'timestamp':
      return Promise.all(partitions.map(async (p, i) => (await t.offsetForTimestamp(topic, p, position.ms)) ?? bounds[i]!.end));
    case 'group': {
      const committed = await t.committed(o.groupId!, topic, partitions);
      return committed.map((c, i) => c ?? reset(o, position.reset, bounds[i]!, topic, partitions[i]!));
    }
    case 'specific': {
      const committed = o.groupId === undefined ? partitions.map(() => null) : await t.committed(o.groupId, topic, partitions);
      return partitions.map((p, i) => (topic === position.topic ? position.offsets.get(p) : undefined) ?? committed[i] ?? bounds[i]!.start);
    }
  }
}

/** Where a partition goes when its offset is missing or out of range, by the reset strategy. */
export function reset(o: KafkaOptions, strategy: ResetStrategy, bounds: { start: bigint; end: bigint }, topic: string, partition: number): bigint {
  if (strategy === 'earliest') return bounds.start;
  if (strategy === 'latest') return bounds.end;
  throw new WeirError('CONFIG_INVALID', `${o.label}: no valid offset for topic ${topic} partition ${partition}${o.groupId === undefined ? '' : ` (consumer group '${o.groupId}')`} and no reset policy ('properties.auto.offset.reset' is 'none')`, {
    where: `${topic}-${partition}`,
    hint: `Set 'properties.auto.offset.reset' to 'earliest' or 'latest', or choose another 'scan.startup.mode'`,
  });
}

/** The reset strategy that applies when a fetch position is out of range (Flink's per initializer). */
export function resetStrategyOf(position: Position): ResetStrategy {
  switch (position.kind) {
    case 'earliest':
    case 'specific':
      return 'earliest';
    case 'latest':
      return 'latest';
    case 'timestamp':
      return 'none';
    case 'group':
      return position.reset;
  }
}
