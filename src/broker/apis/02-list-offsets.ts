// ListOffsets (2), v0-9: the earliest offset (-2, also -4 earliest-local and -5 earliest-tiered:
// all data is equally reachable here), the latest (-1: the high watermark), the record with the
// largest timestamp (-3, v7+), or the first record with a timestamp at or after T (-1/-1 when there
// is none). v0 answers in the old form (a list of offsets).
// Not implemented: read_committed (no transactions yet: the last stable offset is the high watermark).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { ListOffsetsRequest, ListOffsetsResponse, ListOffsetsResponseListOffsetsPartitionResponse } from '../../protocol/generated/index.ts';
import type { Broker } from '../broker.ts';

async function lookup(broker: Broker, topic: string, partition: number, timestamp: bigint): Promise<Omit<ListOffsetsResponseListOffsetsPartitionResponse, 'partitionIndex' | 'oldStyleOffsets'>> {
  const t = broker.log.topic(topic);
  if (t === undefined || partition < 0 || partition >= t.partitions) return { errorCode: KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
  const { logStartOffset, highWatermark } = broker.log.offsets(topic, partition);
  const found = (offset: bigint, ts = -1n) => ({ errorCode: 0, timestamp: ts, offset, leaderEpoch: 0 });
  if (timestamp === -2n || timestamp === -4n || timestamp === -5n) return found(logStartOffset);
  if (timestamp === -1n) return found(highWatermark);
  if (timestamp === -3n) {
    const max = await broker.log.maxTimestamp(topic, partition);
    return max === null ? found(-1n) : found(max.offset, max.timestamp);
  }
  if (timestamp < 0n) return { errorCode: KafkaErrors.INVALID_REQUEST, timestamp: -1n, offset: -1n, leaderEpoch: -1 };
  const at = await broker.log.offsetForTimestamp(topic, partition, timestamp);
  return at === null ? found(-1n) : found(at.offset, at.timestamp);
}

async function handleListOffsets(req: ListOffsetsRequest, ctx: RequestContext): Promise<ListOffsetsResponse> {
  const topics = await Promise.all(
    req.topics.map(async (t) => ({
      name: t.name,
      partitions: await Promise.all(
        t.partitions.map(async (p) => {
          const r = await lookup(ctx.broker, t.name, p.partitionIndex, p.timestamp);
          return { partitionIndex: p.partitionIndex, ...r, oldStyleOffsets: ctx.version === 0 && r.errorCode === 0 ? [r.offset] : [] };
        }),
      ),
    })),
  );
  return { throttleTimeMs: 0, topics };
}

registerApi(2, 0, 9, handleListOffsets);
