// Fuzzing the decoders: mutated request and response frames of every API and version. Each input
// must end in a decoded value or a ProtocolError — never another exception, never a hang — and the
// heap must stay bounded (a length field cannot make the decoder allocate what the input lacks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProtocolError } from './errors.ts';
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from './frames.ts';
import { API_DEFINITIONS, type ApiKey } from './generated/apis.ts';
import { rng, randomStruct } from './testing/random-message.ts';
import { mutate } from './testing/mutate.ts';
import { encodeBatch, decodeRecords, validateBatch, splitBatches, decodeMessageSet, encodeMessageSet, type CompressionCodec } from './records/index.ts';

interface Seed {
  key: ApiKey;
  version: number;
  request: Buffer;
  response: Buffer;
}

function seeds(): Seed[] {
  const out: Seed[] = [];
  for (const [k, api] of Object.entries(API_DEFINITIONS)) {
    const key = Number(k) as ApiKey;
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      const flexible = api.flexibleMin !== null && v >= api.flexibleMin;
      const req = randomStruct(api.requestSchema.fields, v, flexible, rng(key * 1000 + v), 0);
      const res = randomStruct(api.responseSchema.fields, v, flexible, rng(key * 1000 + v + 500), 0);
      out.push({
        key,
        version: v,
        request: Buffer.concat(encodeRequest(key, v, 1, 'fuzz', req as never)).subarray(4),
        response: Buffer.concat(encodeResponse(key, v, 1, res as never)).subarray(4),
      });
    }
  }
  return out;
}

/** Runs `decode`, which must return or throw a ProtocolError; returns which. */
function outcome(decode: () => unknown, what: string): 'ok' | 'error' {
  try {
    decode();
    return 'ok';
  } catch (err) {
    if (err instanceof ProtocolError) return 'error';
    assert.fail(`${what}: ${err instanceof Error ? err.stack : String(err)}`);
  }
}

test('100,000 mutated request and response frames end in a value or a ProtocolError', (t) => {
  const all = seeds();
  const next = rng(20261121);
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let slowest = 0;
  const counts = { ok: 0, error: 0 };
  const total = 100_000;
  for (let i = 0; i < total; i++) {
    const seed = all[Math.floor(next() * all.length)]!;
    const asRequest = i % 2 === 0;
    const input = mutate(asRequest ? seed.request : seed.response, next);
    const started = performance.now();
    const result = asRequest
      ? outcome(() => decodeRequest(input), `request ${seed.key} v${seed.version}`)
      : outcome(() => decodeResponse(seed.key, seed.version, input), `response ${seed.key} v${seed.version}`);
    slowest = Math.max(slowest, performance.now() - started);
    counts[result]++;
    if (i % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const grownMiB = (peak - baseline) / 2 ** 20;
  t.diagnostic(`${counts.ok} decoded, ${counts.error} ProtocolErrors; slowest ${slowest.toFixed(2)} ms; heap grew at most ${grownMiB.toFixed(1)} MiB`);
  assert.equal(counts.ok + counts.error, total);
  assert.ok(counts.error > total / 10, 'the mutations produce malformed input');
  assert.ok(grownMiB < 256, `heap grew by ${grownMiB.toFixed(1)} MiB`);
});

function batchSeeds(): Buffer[] {
  const next = rng(7);
  const out: Buffer[] = [];
  const codecs: CompressionCodec[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
  for (const compression of codecs) {
    for (let n = 0; n < 4; n++) {
      const records = Array.from({ length: 1 + n * 3 }, (_, i) => ({
        key: i % 3 === 0 ? null : Buffer.from(`key-${i}`),
        value: Buffer.alloc(Math.floor(next() * 200), i),
        headers: i % 2 === 0 ? [{ key: 'h', value: Buffer.from('v') }] : [],
        timestamp: 1_700_000_000_000n + BigInt(i),
      }));
      out.push(encodeBatch({ records, compression, baseOffset: BigInt(n * 100), producerId: 5n, producerEpoch: 1, baseSequence: n }));
    }
    if (compression !== 'zstd') {
      out.push(encodeMessageSet([{ offset: 0n, key: Buffer.from('k'), value: Buffer.from('v'), timestamp: 1n }], { magic: 1, compression }));
    }
  }
  return out;
}

test('100,000 mutated record batches and message sets end in records or a ProtocolError', (t) => {
  const all = batchSeeds();
  const next = rng(11);
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const counts = { ok: 0, error: 0 };
  const total = 100_000;
  for (let i = 0; i < total; i++) {
    const seed = all[Math.floor(next() * all.length)]!;
    const input = mutate(seed, next);
    const result = outcome(() => {
      // What the broker does with a produced batch, then what a reader does with fetched bytes.
      if (seed[16] === 2) {
        validateBatch(input);
        decodeRecords(input, { maxDecompressedBytes: 1 << 20 });
      } else {
        decodeMessageSet(input, { maxDecompressedBytes: 1 << 20 });
      }
      splitBatches(input);
    }, `batch ${i}`);
    counts[result]++;
    if (i % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const grownMiB = (peak - baseline) / 2 ** 20;
  t.diagnostic(`${counts.ok} decoded, ${counts.error} ProtocolErrors; heap grew at most ${grownMiB.toFixed(1)} MiB`);
  assert.ok(counts.error > total / 2, 'the mutations produce corrupt batches');
  assert.ok(counts.ok > 0, 'some mutations leave valid input (e.g. outside the CRC)');
  assert.ok(grownMiB < 256, `heap grew by ${grownMiB.toFixed(1)} MiB`);
});

test('a length that claims more than the frame holds fails fast, naming the field', () => {
  // A Produce v3 request whose topic array claims 2^31-1 entries.
  const frame = Buffer.concat(encodeRequest(0, 3, 9, 'x', { transactionalId: null, acks: -1, timeoutMs: 1000, topicData: [] })).subarray(4);
  frame.writeInt32BE(0x7fffffff, frame.length - 4);
  assert.throws(
    () => decodeRequest(frame),
    (e: unknown) => e instanceof ProtocolError && /ProduceRequest v3 field ProduceRequest\.TopicData/.test(e.message) && /cannot fit/.test(e.message),
  );
});
