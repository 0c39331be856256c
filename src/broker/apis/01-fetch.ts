// Fetch (1), v0-17. Whole batches from each requested offset, as stored (never re-encoded or
// joined: the response refers to the batches where memory holds them), up to
// each partition's and the response's byte limit — the first partition with data always gets at
// least one batch, as Kafka does. With less than min.bytes available it long-polls: it waits for an
// append to any requested partition or for max.wait.ms. Consumers of v0-3 get the batches
// down-converted to the message format they read (magic 0 for v0-1, magic 1 for v2-3).
// Not implemented: fetch sessions (KIP-227: the response's session id is 0, so clients send full
// requests), rack-aware preferred replicas, read_committed filtering (no transactions yet, so the
// last stable offset is the high watermark).
import { registerApi, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { FetchRequest, FetchResponse, FetchResponsePartitionData } from '../../protocol/generated/index.ts';
import { defaultFetchResponsePartitionData } from '../../protocol/generated/index.ts';
import { downConvert } from '../../protocol/records/index.ts';
import { recordsBytes, recordsLength } from '../../protocol/writer.ts';
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import { PartitionWaiters } from '../waiters.ts';
import type { Broker } from '../broker.ts';

const log = logger('fetch');

interface Wanted {
  topic: string | null;
  topicId: string;
  partition: number;
  offset: bigint;
  maxBytes: number;
}

async function readPartition(broker: Broker, w: Wanted, budget: number, version: number): Promise<FetchResponsePartitionData> {
  const base = { ...defaultFetchResponsePartitionData(), partitionIndex: w.partition };
  const topic = w.topic === null ? undefined : broker.log.topic(w.topic);
  if (topic === undefined) return { ...base, errorCode: w.topic === null ? KafkaErrors.UNKNOWN_TOPIC_ID : KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION };
  if (w.partition < 0 || w.partition >= topic.partitions) return { ...base, errorCode: KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION };
  try {
    const r = await broker.log.readBatches(topic.name, w.partition, w.offset, Math.min(w.maxBytes, budget));
    const common = { ...base, highWatermark: r.highWatermark, lastStableOffset: r.highWatermark, logStartOffset: r.logStartOffset };
    if (r.kind === 'out-of-range') return { ...common, errorCode: KafkaErrors.OFFSET_OUT_OF_RANGE };
    if (r.records === null) return { ...common, errorCode: 0, records: Buffer.alloc(0) };
    const records = version < 4 ? downConvert(recordsBytes(r.records), version < 2 ? 0 : 1).bytes : r.records;
    return { ...common, errorCode: 0, records };
  } catch (err) {
    if (!(err instanceof WeirError)) throw err;
    log.error({ err, partition: `${topic.name}-${w.partition}` }, 'read failed');
    return { ...base, errorCode: KafkaErrors.KAFKA_STORAGE_ERROR };
  }
}

async function handleFetch(req: FetchRequest, ctx: RequestContext): Promise<FetchResponse> {
  const { broker, version } = ctx;
  const names = new Map(broker.log.topics().map((t) => [t.id, t.name]));
  const wanted: Wanted[] = [];
  for (const t of req.topics) {
    const topic = version >= 13 ? (names.get(t.topicId) ?? null) : t.topic;
    for (const p of t.partitions) wanted.push({ topic, topicId: t.topicId, partition: p.partition, offset: p.fetchOffset, maxBytes: p.partitionMaxBytes });
  }
  const responseLimit = version >= 3 ? req.maxBytes : Number.MAX_SAFE_INTEGER;
  const deadline = Date.now() + Math.max(0, req.maxWaitMs);
  const keys = wanted.filter((w) => w.topic !== null).map((w) => PartitionWaiters.key(w.topic!, w.partition));

  let results: FetchResponsePartitionData[];
  for (;;) {
    results = [];
    let total = 0;
    let anyError = false;
    for (const w of wanted) {
      // After the first partition with data, the response limit applies to whole batches.
      const budget = total === 0 ? Number.MAX_SAFE_INTEGER : responseLimit - total;
      const r = budget <= 0 ? { ...defaultFetchResponsePartitionData(), partitionIndex: w.partition, records: Buffer.alloc(0) } : await readPartition(broker, w, budget, version);
      results.push(r);
      total += r.records === null ? 0 : recordsLength(r.records);
      if (r.errorCode !== 0) anyError = true;
    }
    const remaining = deadline - Date.now();
    if (total >= req.minBytes || anyError || remaining <= 0 || wanted.length === 0) break;
    await broker.waiters.wait(keys, remaining);
  }

  let i = 0;
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: req.topics.map((t) => ({
      topic: t.topic,
      topicId: t.topicId,
      partitions: t.partitions.map(() => results[i++]!),
    })),
    nodeEndpoints: [],
  };
}

registerApi(1, 0, 17, handleFetch);
