// Records inside a magic-2 batch: decoding a batch into records (decompressing by its codec) and
// encoding records into a batch with a correct CRC32C. Each record is
//   length varint, attributes int8, timestampDelta varlong, offsetDelta varint,
//   key (varint length, -1 = null), value (likewise),
//   header count varint, each header: key (varint length + UTF-8), value (varint length, -1 = null).
// Decoding is strict: the record count, each record's length and the payload's end must agree,
// offset deltas must increase and stay within lastOffsetDelta; any mismatch is RECORD_CORRUPT.
// Keys and values of uncompressed batches are views into the input, not copies.
import { ProtocolError } from '../errors.ts';
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import {
  BATCH_HEADER_SIZE,
  BatchAttributes,
  LOG_OVERHEAD,
  computeBatchCrc,
  readBatchHeader,
  validateBatch,
  type BatchHeader,
  type TimestampType,
} from './batch.ts';
import { CODEC_IDS, DEFAULT_MAX_DECOMPRESSED_BYTES, compress, decompress, type CompressionCodec } from './compression.ts';
import { corrupt } from './fail.ts';

export interface RecordHeader {
  key: string;
  value: Uint8Array | null;
}

export interface KafkaRecord {
  offset: bigint;
  /** Absolute: baseTimestamp + delta, or the batch's maxTimestamp under LogAppendTime. */
  timestamp: bigint;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: RecordHeader[];
  /** The record's own attributes byte (unused by Kafka so far). */
  attributes: number;
}

export interface DecodedBatch {
  header: BatchHeader;
  records: KafkaRecord[];
}

export interface DecodeRecordsOptions {
  /** Position of the batch in `bytes` (default 0). */
  at?: number;
  /** Check the CRC and header first (default true). */
  verifyCrc?: boolean;
  /** Refuse a compressed payload that inflates beyond this (default 64 MiB). */
  maxDecompressedBytes?: number;
}

const MSG = 'RecordBatch';
/** length, attributes, timestampDelta, offsetDelta, key length, value length, header count. */
const MIN_RECORD_SIZE = 7;

export function decodeRecords(bytes: Uint8Array, options: DecodeRecordsOptions = {}): DecodedBatch {
  const at = options.at ?? 0;
  const header = options.verifyCrc === false ? readBatchHeader(bytes, at) : validateBatch(bytes, at);
  const end = at + LOG_OVERHEAD + header.batchLength;
  if (end > bytes.length) throw corrupt(MSG, 'batchLength', at + 8, `length ${header.batchLength} runs past the bytes present`);
  const start = at + BATCH_HEADER_SIZE;
  let reader: Reader;
  let where: string;
  if (header.compression === 'none') {
    reader = new Reader(bytes, start, end);
    where = 'records';
  } else {
    let payload: Buffer;
    try {
      payload = decompress(header.compression, bytes.subarray(start, end), {
        maxBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
      });
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      throw new ProtocolError(error.message, { message: MSG, field: 'records', offset: start }, error.code, error);
    }
    reader = new Reader(payload);
    where = `records (${header.compression}-decompressed)`;
  }
  if (header.recordCount > reader.remaining / MIN_RECORD_SIZE) {
    throw corrupt(MSG, 'recordCount', at + 57, `${header.recordCount} records cannot fit in ${reader.remaining} bytes of ${where}`);
  }
  const records: KafkaRecord[] = [];
  const logAppend = header.timestampType === 'log-append';
  let previousDelta = -1;
  for (let i = 0; i < header.recordCount; i++) {
    const field = `${where}[${i}]`;
    const recordStart = reader.pos;
    const record = readRecord(reader, header, logAppend);
    if (reader.failed) failWith(reader, field);
    const delta = Number(record.offset - header.baseOffset);
    if (delta <= previousDelta || delta > header.lastOffsetDelta) {
      throw corrupt(MSG, `${field}.offsetDelta`, recordStart, `offset delta ${delta} is not above ${previousDelta} and within lastOffsetDelta ${header.lastOffsetDelta}`);
    }
    previousDelta = delta;
    records.push(record);
  }
  if (reader.remaining !== 0) throw corrupt(MSG, where, reader.pos, `${reader.remaining} bytes follow the last of ${header.recordCount} records`);
  return { header, records };
}

function readRecord(r: Reader, header: BatchHeader, logAppend: boolean): KafkaRecord {
  const length = r.varint('length');
  const bodyStart = r.pos;
  if (length < MIN_RECORD_SIZE - 1 || length > r.remaining) r.fail('length', `record length ${length} does not fit the ${r.remaining} bytes that remain`);
  const attributes = r.int8('attributes');
  const timestampDelta = r.varlong('timestampDelta');
  const offsetDelta = r.varint('offsetDelta');
  const key = nullableBytes(r, 'key');
  const value = nullableBytes(r, 'value');
  const count = r.varint('headers');
  if (count < 0 || count > r.remaining) r.fail('headers', `invalid header count ${count}`);
  const headers: RecordHeader[] = [];
  for (let h = 0; h < count && !r.failed; h++) {
    const keyLength = r.varint(`headers[${h}].key`);
    if (keyLength < 0) r.fail(`headers[${h}].key`, `header key length ${keyLength} where null is not allowed`);
    const headerKey = Buffer.from(r.raw(`headers[${h}].key`, keyLength)).toString('utf8');
    headers.push({ key: headerKey, value: nullableBytes(r, `headers[${h}].value`) });
  }
  if (!r.failed && r.pos - bodyStart !== length) r.fail('length', `record length ${length} but its fields take ${r.pos - bodyStart} bytes`);
  return {
    offset: header.baseOffset + BigInt(offsetDelta),
    timestamp: logAppend ? header.maxTimestamp : header.baseTimestamp + BigInt(timestampDelta),
    key,
    value,
    headers,
    attributes,
  };
}

function nullableBytes(r: Reader, field: string): Uint8Array | null {
  const n = r.varint(field);
  if (n === -1) return null;
  if (n < -1) {
    r.fail(field, `invalid length ${n}`);
    return null;
  }
  return r.raw(field, n);
}

/** Turns the reader's first failure into RECORD_CORRUPT naming the record and field. */
function failWith(reader: Reader, prefix: string): never {
  try {
    reader.check({});
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    // The reader's message is "protocol input field F: reason"; keep the reason.
    const reason = error.message.slice(error.message.indexOf(': ') + 2);
    throw corrupt(MSG, `${prefix}.${error.context.field ?? '?'}`, error.context.offset ?? reader.pos, reason);
  }
  throw corrupt(MSG, prefix, reader.pos, 'record could not be read');
}

export interface RecordInput {
  key?: Uint8Array | null;
  value?: Uint8Array | null;
  headers?: readonly RecordHeader[];
  /** Absolute timestamp in ms; defaults to the batch's `now`. */
  timestamp?: bigint;
  /** Defaults to the record's index; must increase. */
  offsetDelta?: number;
}

export interface EncodeBatchOptions {
  records: readonly RecordInput[];
  compression?: CompressionCodec;
  /** gzip or zstd level. */
  compressionLevel?: number;
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
  producerId?: bigint;
  producerEpoch?: number;
  baseSequence?: number;
  isTransactional?: boolean;
  isControl?: boolean;
  timestampType?: TimestampType;
  /** Under LogAppendTime, the time written as maxTimestamp (default: the largest record timestamp). */
  logAppendTime?: bigint;
  /** Marks the batch as carrying a delete horizon, which then takes baseTimestamp's place. */
  deleteHorizonMs?: bigint;
  /** Defaults to the last record's offset delta (0 for an empty batch). */
  lastOffsetDelta?: number;
  /** Timestamp for records without one (default: the wall clock). */
  now?: bigint;
}

/** Encodes a magic-2 batch. Defaults: no compression, baseOffset 0, no producer id (-1), create time. */
export function encodeBatch(options: EncodeBatchOptions): Buffer {
  const records = options.records;
  const now = options.now ?? BigInt(Date.now());
  const timestamps = records.map((r) => r.timestamp ?? now);
  let maxTimestamp = timestamps.length === 0 ? -1n : timestamps.reduce((a, b) => (b > a ? b : a));
  const baseTimestamp = options.deleteHorizonMs ?? timestamps[0] ?? -1n;
  const timestampType = options.timestampType ?? 'create';
  if (timestampType === 'log-append' && options.logAppendTime !== undefined) maxTimestamp = options.logAppendTime;

  const w = new Writer(256 + records.length * 32);
  let previousDelta = -1;
  records.forEach((record, i) => {
    const offsetDelta = record.offsetDelta ?? i;
    if (!Number.isInteger(offsetDelta) || offsetDelta <= previousDelta || offsetDelta > 0x7fffffff) {
      throw new ProtocolError(`offset delta ${offsetDelta} must be an int32 above ${previousDelta}`, { message: MSG, field: `records[${i}].offsetDelta` }, 'PROTOCOL_ENCODE');
    }
    previousDelta = offsetDelta;
    const delta = Number(timestamps[i]! - baseTimestamp);
    if (!Number.isSafeInteger(delta)) {
      throw new ProtocolError(`timestamp delta ${delta} is out of range`, { message: MSG, field: `records[${i}].timestamp` }, 'PROTOCOL_ENCODE');
    }
    writeRecord(w, record, offsetDelta, delta);
  });
  const lastOffsetDelta = options.lastOffsetDelta ?? Math.max(previousDelta, 0);
  const codec = options.compression ?? 'none';
  const payload = compress(codec, w.finish(), options.compressionLevel === undefined ? {} : { level: options.compressionLevel });

  let attributes = CODEC_IDS[codec];
  if (timestampType === 'log-append') attributes |= BatchAttributes.logAppendTime;
  if (options.isTransactional === true) attributes |= BatchAttributes.transactional;
  if (options.isControl === true) attributes |= BatchAttributes.control;
  if (options.deleteHorizonMs !== undefined) attributes |= BatchAttributes.deleteHorizon;

  const out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + payload.length);
  out.writeBigInt64BE(options.baseOffset ?? 0n, 0);
  out.writeInt32BE(out.length - LOG_OVERHEAD, 8);
  out.writeInt32BE(options.partitionLeaderEpoch ?? -1, 12);
  out.writeInt8(2, 16);
  out.writeInt16BE(attributes, 21);
  out.writeInt32BE(lastOffsetDelta, 23);
  out.writeBigInt64BE(baseTimestamp, 27);
  out.writeBigInt64BE(maxTimestamp, 35);
  out.writeBigInt64BE(options.producerId ?? -1n, 43);
  out.writeInt16BE(options.producerEpoch ?? -1, 51);
  out.writeInt32BE(options.baseSequence ?? -1, 53);
  out.writeInt32BE(records.length, 57);
  payload.copy(out, BATCH_HEADER_SIZE);
  out.writeUInt32BE(computeBatchCrc(out, 0, out.length), 17);
  return out;
}

function writeRecord(w: Writer, record: RecordInput, offsetDelta: number, timestampDelta: number): void {
  const key = record.key ?? null;
  const value = record.value ?? null;
  const headers = (record.headers ?? []).map((h) => ({ key: Buffer.from(h.key, 'utf8'), value: h.value }));
  let size = 1 + varlongSize(timestampDelta) + varintSize(offsetDelta) + bytesSize(key) + bytesSize(value) + varintSize(headers.length);
  for (const h of headers) size += bytesSize(h.key) + bytesSize(h.value);
  w.varint(size);
  w.int8(0);
  w.varlong(timestampDelta);
  w.varint(offsetDelta);
  writeBytes(w, key);
  writeBytes(w, value);
  w.varint(headers.length);
  for (const h of headers) {
    writeBytes(w, h.key);
    writeBytes(w, h.value);
  }
}

function writeBytes(w: Writer, b: Uint8Array | null): void {
  if (b === null) {
    w.varint(-1);
    return;
  }
  w.varint(b.length);
  w.raw(b);
}

function bytesSize(b: Uint8Array | null): number {
  return b === null ? 1 : varintSize(b.length) + b.length;
}

function unsignedSize(u: number): number {
  let n = 1;
  while (u >= 128) {
    u = Math.floor(u / 128);
    n++;
  }
  return n;
}

/** Bytes of a zig-zag varint. */
export function varintSize(v: number): number {
  return unsignedSize(((v << 1) ^ (v >> 31)) >>> 0);
}

/** Bytes of a zig-zag varlong (exact within ±2^53). */
export function varlongSize(v: number): number {
  return unsignedSize(v >= 0 ? v * 2 : -v * 2 - 1);
}
