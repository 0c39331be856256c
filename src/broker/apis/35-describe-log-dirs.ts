// DescribeLogDirs (35), v0-4: one log dir, the data directory (absolute), holding every partition.
// A partition's size is the bytes of its log — its uploaded ranges plus the batches still waiting
// in the WAL — and its offset lag is 0 (there is no future replica). v4 adds the volume's total and
// usable bytes (from statfs of the data directory; -1 if that fails). A null topic list means every
// topic; requested topics or partitions that do not exist are left out, as Kafka does.
// Not implemented: several log dirs, future (AlterReplicaLogDirs) replicas.
import { statfs } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { DescribeLogDirsRequest, DescribeLogDirsResponse, DescribeLogDirsResponseDescribeLogDirsTopic } from '../../protocol/generated/index.ts';
import type { Broker } from '../broker.ts';

function describeTopic(broker: Broker, name: string, partitions: readonly number[] | null): DescribeLogDirsResponseDescribeLogDirsTopic | null {
  const topic = broker.log.topic(name);
  if (topic === undefined) return null;
  const indexes = partitions ?? Array.from({ length: topic.partitions }, (_, i) => i);
  return {
    name,
    partitions: indexes
      .filter((p) => p >= 0 && p < topic.partitions)
      .map((partitionIndex) => ({ partitionIndex, partitionSize: BigInt(broker.log.stream(name, partitionIndex).totalBytes), offsetLag: 0n, isFutureKey: false })),
  };
}

async function volume(dir: string): Promise<{ totalBytes: bigint; usableBytes: bigint }> {
  try {
    const s = await statfs(dir, { bigint: true });
    return { totalBytes: s.blocks * s.bsize, usableBytes: s.bavail * s.bsize };
  } catch {
    return { totalBytes: -1n, usableBytes: -1n };
  }
}

async function handleDescribeLogDirs(req: DescribeLogDirsRequest, ctx: RequestContext): Promise<DescribeLogDirsResponse> {
  const { broker } = ctx;
  const wanted = req.topics === null ? broker.log.topics().map((t) => ({ topic: t.name, partitions: null })) : req.topics;
  const topics = wanted.map((t) => describeTopic(broker, t.topic, t.partitions)).filter((t): t is DescribeLogDirsResponseDescribeLogDirsTopic => t !== null && t.partitions.length > 0);
  const logDir = resolve(broker.config.dataDir);
  return { throttleTimeMs: 0, errorCode: KafkaErrors.NONE, results: [{ errorCode: KafkaErrors.NONE, logDir, topics, ...(await volume(logDir)) }] };
}

registerApi(35, 0, 4, handleDescribeLogDirs);
