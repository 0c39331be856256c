// Protocol throughput: Produce requests carrying 1 MiB of record batches and Fetch responses of the
// same size, encoded and decoded; CRC32C and batch validation; record decoding.
//
//   npm run bench:protocol            (or: node bench/protocol/run.ts [--seconds N])
import { crc32c } from '@node-rs/crc32';
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from '../../src/protocol/frames.ts';
import { ApiKeys } from '../../src/protocol/generated/apis.ts';
import { defaultFetchResponsePartitionData, type FetchResponse } from '../../src/protocol/generated/fetch-response.ts';
import type { ProduceRequest } from '../../src/protocol/generated/produce-request.ts';
import { encodeBatch, validateBatch, decodeRecords } from '../../src/protocol/records/index.ts';
import { machine, measure, printTable, type Row } from '../machine.ts';
import { recordsBytes } from '../../src/protocol/writer.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 2;
const PARTITIONS = 16;
const RECORD_BYTES = 1024;
const RECORDS_PER_BATCH = 64; // 64 KiB batches, 16 of them: 1 MiB per request

function batch(seed: number): Buffer {
  const value = Buffer.alloc(RECORD_BYTES - 40, seed);
  return encodeBatch({
    records: Array.from({ length: RECORDS_PER_BATCH }, (_, i) => ({ key: Buffer.from(`key-${seed}-${i}`), value })),
    producerId: 1000n,
    producerEpoch: 0,
    baseSequence: 0,
  });
}

const batches = Array.from({ length: PARTITIONS }, (_, p) => batch(p));
const payload = batches.reduce((n, b) => n + b.length, 0);

function produce(): ProduceRequest {
  return {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30000,
    topicData: [{ name: 'bench', partitionData: batches.map((records, index) => ({ index, records })) }],
  };
}

function fetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    nodeEndpoints: [],
    responses: [
      {
        topic: 'bench',
        topicId: '00000000-0000-0000-0000-000000000000',
        partitions: batches.map((records, partitionIndex) => ({ ...defaultFetchResponsePartitionData(), partitionIndex, highWatermark: 1_000_000n, logStartOffset: 0n, records })),
      },
    ],
  };
}

const rows: Row[] = [];
const mib = payload / 2 ** 20;

for (const v of [3, 9]) {
  const req = produce();
  const frame = Buffer.concat(encodeRequest(ApiKeys.Produce, v, 1, 'bench', req)).subarray(4);
  rows.push(measure(`Produce v${v} encode (${mib.toFixed(2)} MiB of batches)`, payload, seconds, () => encodeRequest(ApiKeys.Produce, v, 1, 'bench', req)));
  rows.push(measure(`Produce v${v} decode`, payload, seconds, () => decodeRequest(frame)));
  rows.push(
    measure(`Produce v${v} decode + validate every batch (CRC32C)`, payload, seconds, () => {
      const { body } = decodeRequest(frame) as { body: ProduceRequest };
      for (const t of body.topicData) for (const p of t.partitionData) validateBatch(recordsBytes(p.records!));
    }),
  );
}

for (const v of [4, 12]) {
  const res = fetchResponse();
  const frame = Buffer.concat(encodeResponse(ApiKeys.Fetch, v, 1, res)).subarray(4);
  rows.push(measure(`Fetch v${v} response encode, chunks for writev`, payload, seconds, () => encodeResponse(ApiKeys.Fetch, v, 1, res)));
  rows.push(measure(`Fetch v${v} response encode, one buffer`, payload, seconds, () => Buffer.concat(encodeResponse(ApiKeys.Fetch, v, 1, res))));
  rows.push(measure(`Fetch v${v} response decode`, payload, seconds, () => decodeResponse(ApiKeys.Fetch, v, frame)));
}

const block = Buffer.alloc(1 << 20, 7);
rows.push(measure('CRC32C of 1 MiB', block.length, seconds, () => crc32c(block)));
rows.push(measure(`decode records of one 64 KiB batch (${RECORDS_PER_BATCH} x 1 KiB)`, batches[0]!.length, seconds, () => decodeRecords(batches[0]!)));

printTable('bench/protocol', machine(), rows);
