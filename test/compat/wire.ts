// Reading what the broker stores straight off the wire, with Weir's own protocol code as the
// oracle: to check what a client really sent (codecs, producer ids, sequence numbers) and to read
// records back where the client under test cannot consume without a group.
import { connect } from 'node:net';
import assert from 'node:assert/strict';
import { encodeRequest, decodeResponse } from '../../src/protocol/frames.ts';
import { ApiKeys, type ApiKey, type ApiRequests, type ApiResponses } from '../../src/protocol/generated/apis.ts';
import { defaultFetchRequest, defaultFetchRequestFetchPartition, defaultFetchRequestFetchTopic } from '../../src/protocol/generated/index.ts';
import { batchesIn, decodeRecords, type BatchHeader } from '../../src/protocol/records/index.ts';
import type { Got } from './records.ts';
import { recordsBytes } from '../../src/protocol/writer.ts';

/** Sends one request on a new connection and decodes the response. */
export function wireRequest<K extends ApiKey>(port: number, apiKey: K, version: number, body: ApiRequests[K], timeoutMs = 10_000): Promise<ApiResponses[K]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no response to API ${apiKey} v${version} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => {
      for (const c of encodeRequest(apiKey, version, 1, 'weir-compat', body)) socket.write(c);
    });
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      const all = Buffer.concat(chunks);
      if (all.length < 4 || all.length < 4 + all.readInt32BE(0)) return;
      clearTimeout(timer);
      socket.destroy();
      try {
        resolve(decodeResponse(apiKey, version, all.subarray(4, 4 + all.readInt32BE(0))).body);
      } catch (err) {
        reject(err as Error);
      }
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`connection closed before a response to API ${apiKey} v${version}`));
    });
  });
}

/** One stored batch: its header and its records, decoded by Weir's own protocol code. */
export interface StoredBatch {
  readonly header: BatchHeader;
  readonly records: Got[];
}

/** Every batch stored in one partition, read with Fetch v11 from offset 0 to the high watermark. */
export async function storedBatches(port: number, topic: string, partition: number): Promise<StoredBatch[]> {
  const out: StoredBatch[] = [];
  let offset = 0n;
  for (let round = 0; round < 1000; round++) {
    const response = await wireRequest(port, ApiKeys.Fetch, 11, {
      ...defaultFetchRequest(),
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 8 << 20,
      topics: [{ ...defaultFetchRequestFetchTopic(), topic, partitions: [{ ...defaultFetchRequestFetchPartition(), partition, fetchOffset: offset, partitionMaxBytes: 8 << 20 }] }],
    });
    const p = response.responses[0]?.partitions[0];
    assert.ok(p !== undefined, `Fetch ${topic}-${partition}: no partition in the response`);
    assert.equal(p.errorCode, 0, `Fetch ${topic}-${partition} at ${offset}: error ${p.errorCode}`);
    const bytes = p.records === null ? new Uint8Array(0) : recordsBytes(p.records);
    let any = false;
    for (const b of batchesIn(bytes)) {
      if (b.kind === 'partial') break;
      const { header, records } = decodeRecords(b.bytes);
      if (header.baseOffset + BigInt(header.lastOffsetDelta) < offset) continue;
      const text = (u: Uint8Array | null): string | null => (u === null ? null : Buffer.from(u).toString('utf8'));
      out.push({
        header,
        records: records.map((r) => ({
          topic,
          partition,
          offset: Number(r.offset),
          key: text(r.key),
          value: text(r.value),
          headers: r.headers.map((h) => [h.key, text(h.value)] as const),
          timestamp: Number(r.timestamp),
        })),
      });
      offset = header.baseOffset + BigInt(header.lastOffsetDelta) + 1n;
      any = true;
    }
    if (!any || offset >= p.highWatermark) return out;
  }
  return out;
}

/** Every record stored in partitions 0..partitions-1 of a topic (Weir's own decoder as the oracle). */
export async function storedRecords(port: number, topic: string, partitions: number): Promise<Got[]> {
  const out: Got[] = [];
  for (let p = 0; p < partitions; p++) for (const b of await storedBatches(port, topic, p)) out.push(...b.records);
  return out;
}

/**
 * Checks that an idempotent producer wrote the topic: every batch has the same producer id and
 * epoch, and each partition's sequence numbers run on from 0 without a gap or a repeat.
 */
export async function assertIdempotentBatches(port: number, topic: string, partitions: number): Promise<void> {
  const producers = new Set<string>();
  for (let p = 0; p < partitions; p++) {
    let sequence = 0;
    for (const { header } of await storedBatches(port, topic, p)) {
      producers.add(`${header.producerId}/${header.producerEpoch}`);
      assert.ok(header.producerId >= 0n && header.producerEpoch >= 0, `${topic}-${p}@${header.baseOffset}: the batch has a producer id and epoch`);
      assert.equal(header.baseSequence, sequence, `${topic}-${p}@${header.baseOffset}: the sequence runs on`);
      sequence += header.recordCount;
    }
  }
  assert.equal(producers.size, 1, `one producer id and epoch across partitions: ${[...producers].join(', ')}`);
}
