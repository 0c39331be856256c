// Key compaction (cleanup.policy=compact), as Kafka's cleaner does it: of all records with the same
// key only the newest stays; offsets are kept (the log gets gaps). A tombstone (null value) stays
// until its batch's delete horizon passes: the first pass that keeps a tombstone stamps the batch
// with horizon = now + delete.retention.ms, and a later pass after that horizon removes it. Records
// without a key, and control batches, are kept. Pure: batches in, batches out.
import { decodeRecords, encodeBatch } from '../../protocol/records/index.ts';

export interface CompactedBatch {
  readonly bytes: Buffer;
  readonly baseOffset: bigint;
  readonly lastOffset: bigint;
}

export function compactBatches(batches: readonly Buffer[], nowMs: bigint, deleteRetentionMs: bigint): { changed: boolean; batches: CompactedBatch[] } {
  const decoded = batches.map((b) => decodeRecords(b));
  const newest = new Map<string, bigint>();
  for (const d of decoded) {
    if (d.header.isControl) continue;
    for (const r of d.records) if (r.key !== null) newest.set(Buffer.from(r.key).toString('latin1'), r.offset);
  }
  let changed = false;
  const out: CompactedBatch[] = [];
  decoded.forEach((d, i) => {
    const h = d.header;
    const original = batches[i]!;
    const span = { baseOffset: h.baseOffset, lastOffset: h.baseOffset + BigInt(h.lastOffsetDelta) };
    if (h.isControl) {
      out.push({ bytes: original, ...span });
      return;
    }
    const expired = h.hasDeleteHorizonMs && h.baseTimestamp <= nowMs;
    const kept = d.records.filter((r) => {
      if (r.key === null) return true;
      if (newest.get(Buffer.from(r.key).toString('latin1')) !== r.offset) return false;
      return !(r.value === null && expired);
    });
    const needsHorizon = !h.hasDeleteHorizonMs && kept.some((r) => r.value === null);
    if (kept.length === d.records.length && !needsHorizon) {
      out.push({ bytes: original, ...span });
      return;
    }
    changed = true;
    if (kept.length === 0) return;
    const horizon = needsHorizon ? nowMs + deleteRetentionMs : h.hasDeleteHorizonMs ? h.baseTimestamp : undefined;
    const bytes = encodeBatch({
      records: kept.map((r) => ({ key: r.key, value: r.value, headers: r.headers, timestamp: r.timestamp, offsetDelta: Number(r.offset - h.baseOffset) })),
      compression: h.compression,
      baseOffset: h.baseOffset,
      partitionLeaderEpoch: h.partitionLeaderEpoch,
      producerId: h.producerId,
      producerEpoch: h.producerEpoch,
      baseSequence: h.baseSequence,
      isTransactional: h.isTransactional,
      timestampType: h.timestampType,
      ...(h.timestampType === 'log-append' ? { logAppendTime: h.maxTimestamp } : {}),
      ...(horizon === undefined ? {} : { deleteHorizonMs: horizon }),
      lastOffsetDelta: h.lastOffsetDelta,
    });
    out.push({ bytes, ...span });
  });
  return { changed, batches: out };
}
