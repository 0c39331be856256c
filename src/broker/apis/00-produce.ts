// Produce (0), v0-11. Each partition's records are checked (CRC, size against max.message.bytes,
// one magic-2 batch per partition from idempotent producers, sequence numbers), appended to the
// log with their base offset assigned, and acknowledged once durable in the WAL — acks=1 and
// acks=all alike, since this broker is the only replica; acks=0 gets no response. Legacy magic 0/1
// message sets (old clients) are converted to one magic-2 batch on the way in, keeping codec and
// timestamps. Partitions of one request are appended together, so they share a group commit.
// Not implemented: transactions (a transactional batch or id is refused with
// TRANSACTIONAL_ID_AUTHORIZATION_FAILED until the transaction coordinator lands); quotas.
import { registerApi, NO_RESPONSE, type RequestContext } from '../registry.ts';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import type { ProduceRequest, ProduceResponse, ProduceResponsePartitionProduceResponse } from '../../protocol/generated/index.ts';
import { batchSizeAt, validateBatch, decodeMessageSet, encodeBatch, type BatchHeader } from '../../protocol/records/index.ts';
import { ProtocolError } from '../../protocol/errors.ts';
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { recordsBytes } from '../../protocol/writer.ts';

const log = logger('produce');

type PartitionResult = Omit<ProduceResponsePartitionProduceResponse, 'index' | 'currentLeader'>;

/** The default (not written): this broker leads every partition, so there is no new leader to name. */
const NO_NEW_LEADER = { leaderId: -1, leaderEpoch: -1 };

function failure(errorCode: number, errorMessage: string | null = null, logStartOffset = -1n): PartitionResult {
  return { errorCode, baseOffset: -1n, logAppendTimeMs: -1n, logStartOffset, recordErrors: [], errorMessage };
}

/** Turns the request's bytes for one partition into one magic-2 batch, or a failure. */
function toBatch(records: Uint8Array, maxBytes: number, where: string): { batch: Buffer; header: BatchHeader } | PartitionResult {
  const bytes = Buffer.from(records.buffer, records.byteOffset, records.byteLength);
  if (bytes.length > maxBytes) return failure(KafkaErrors.MESSAGE_TOO_LARGE, `${where}: ${bytes.length} bytes exceed max.message.bytes (${maxBytes})`);
  const magic = bytes.length > 16 ? bytes[16] : undefined;
  try {
    if (magic === 0 || magic === 1) {
      const { records: legacy, partial } = decodeMessageSet(bytes);
      if (partial !== null || legacy.length === 0) return failure(KafkaErrors.CORRUPT_MESSAGE, `${where}: incomplete message set`);
      const batch = encodeBatch({
        records: legacy.map((r, i) => ({ key: r.key, value: r.value, timestamp: r.timestamp < 0n ? BigInt(Date.now()) : r.timestamp, offsetDelta: i })),
        compression: legacy[0]!.compression,
      });
      return { batch, header: validateBatch(batch) };
    }
    const size = batchSizeAt(bytes);
    if (size === null || size > bytes.length) return failure(KafkaErrors.CORRUPT_MESSAGE, `${where}: incomplete record batch`);
    const header = validateBatch(bytes);
    if (size !== bytes.length) return failure(KafkaErrors.INVALID_RECORD, `${where}: a produce request must carry exactly one record batch per partition`);
    return { batch: bytes, header };
  } catch (err) {
    if (err instanceof ProtocolError) return failure(KafkaErrors.CORRUPT_MESSAGE, `${where}: ${err.message}`);
    throw err;
  }
}

async function producePartition(broker: Broker, topic: string, partition: number, records: Uint8Array | null, transactional: boolean): Promise<PartitionResult> {
  const where = `${topic}-${partition}`;
  const t = broker.log.topic(topic);
  if (t === undefined || partition < 0 || partition >= t.partitions) return failure(KafkaErrors.UNKNOWN_TOPIC_OR_PARTITION);
  if (records === null || records.length === 0) return failure(KafkaErrors.CORRUPT_MESSAGE, `${where}: no records`);
  const config = broker.log.configOf(topic);
  const parsed = toBatch(records, config.maxMessageBytes, where);
  if (!('batch' in parsed)) return parsed;
  const { batch, header } = parsed;
  if (transactional || header.isTransactional) {
    return failure(KafkaErrors.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, 'transactions are not supported by this broker yet');
  }
  const check = await broker.producers.check(topic, partition, header);
  if (check.kind === 'duplicate') {
    return { errorCode: 0, baseOffset: check.baseOffset, logAppendTimeMs: config.logAppendTime ? check.timestamp : -1n, logStartOffset: broker.log.offsets(topic, partition).logStartOffset, recordErrors: [], errorMessage: null };
  }
  if (check.kind === 'error') return failure(check.errorCode, check.message);
  try {
    const r = await broker.log.append(topic, partition, batch, header);
    broker.producers.appended(topic, partition, header, r.baseOffset, r.logAppendTime);
    return { errorCode: 0, baseOffset: r.baseOffset, logAppendTimeMs: r.logAppendTime ?? -1n, logStartOffset: r.logStartOffset, recordErrors: [], errorMessage: null };
  } catch (err) {
    broker.producers.failed(topic, partition, header);
    if (err instanceof ProtocolError) return failure(KafkaErrors.CORRUPT_MESSAGE, `${where}: ${err.message}`);
    if (err instanceof WeirError && (err.code === 'DISK_FULL' || err.code === 'STORAGE_IO' || err.code === 'OBJECT_STORE_UNAVAILABLE')) {
      log.warn({ err, partition: where }, 'append failed');
      return failure(KafkaErrors.KAFKA_STORAGE_ERROR, `${where}: ${err.message}`);
    }
    throw err;
  }
}

async function handleProduce(req: ProduceRequest, ctx: RequestContext): Promise<ProduceResponse | typeof NO_RESPONSE> {
  const transactional = req.transactionalId !== null;
  const responses = await Promise.all(
    req.topicData.map(async (t) => ({
      name: t.name,
      partitionResponses: await Promise.all(
        t.partitionData.map(async (p) => ({ index: p.index, ...(await producePartition(ctx.broker, t.name, p.index, p.records === null ? null : recordsBytes(p.records), transactional)), currentLeader: NO_NEW_LEADER })),
      ),
    })),
  );
  if (req.acks === 0) return NO_RESPONSE;
  return { responses, throttleTimeMs: 0, nodeEndpoints: [] };
}

// From v0, so that librdkafka keeps compression on (it disables it when Produce v0 is not offered).
registerApi(0, 0, 11, handleProduce);
