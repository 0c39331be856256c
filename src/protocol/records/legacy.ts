// Legacy message sets, magic 0 and 1 (Kafka before 0.11), for old clients. Each message is
//   offset int64, messageSize int32, crc uint32 (CRC32, not C, over magic to the end),
//   magic int8, attributes int8 (bits 0-2 codec, bit 3 LogAppendTime on v1),
//   timestamp int64 (v1 only), key bytes (int32 length, -1 = null), value bytes (likewise).
// A compressed message is a wrapper whose value is a compressed inner message set. In v0 the inner
// offsets are absolute; in v1 they are relative, and the wrapper carries the absolute offset of the
// last inner message (absolute = wrapperOffset - lastInner + inner). Under LogAppendTime a v1
// wrapper's timestamp applies to every inner message. Inner messages may not be compressed again.
// v0 LZ4 wrappers from Kafka 0.8 clients carry a wrongly computed LZ4 header checksum, tolerated here.
import zlib from 'node:zlib';
import { ProtocolError } from '../errors.ts';
import { Reader } from '../reader.ts';
import { BatchAttributes, LOG_OVERHEAD, batchesIn, type PartialBatch, type TimestampType } from './batch.ts';
import { CODEC_IDS, DEFAULT_MAX_DECOMPRESSED_BYTES, codecFromId, compress, decompress, type CompressionCodec } from './compression.ts';
import { corrupt } from './fail.ts';
import type { KafkaRecord } from './records.ts';

export type LegacyMagic = 0 | 1;

export interface LegacyRecord extends KafkaRecord {
  magic: LegacyMagic;
  timestampType: TimestampType;
  /** The codec of the wrapper the record came in ('none' for a bare message). */
  compression: CompressionCodec;
}

export interface LegacyDecodeOptions {
  /** Check each message's CRC32 (default true). */
  verifyCrc?: boolean;
  /** Refuse a wrapper whose inner set inflates beyond this (default 64 MiB). */
  maxDecompressedBytes?: number;
}

const MSG = 'Message';
const NO_TIMESTAMP = -1n;

interface RawMessage {
  offset: bigint;
  magic: LegacyMagic;
  attributes: number;
  compression: CompressionCodec;
  timestamp: bigint;
  key: Uint8Array | null;
  value: Uint8Array | null;
}

function readMessage(bytes: Uint8Array, at: number, end: number, verifyCrc: boolean, where: string): RawMessage {
  const r = new Reader(bytes, at, end);
  const offset = r.int64('offset');
  r.int32('messageSize');
  const crc = r.uint32('crc');
  const crcStart = r.pos;
  const magic = r.int8('magic');
  if (!r.failed && magic !== 0 && magic !== 1) throw corrupt(MSG, `${where}magic`, crcStart, `magic ${magic} is not a legacy message`);
  const attributes = r.int8('attributes');
  const timestamp = magic === 1 ? r.int64('timestamp') : NO_TIMESTAMP;
  const key = r.nullableBytes('key');
  const value = r.nullableBytes('value');
  try {
    r.checkEnd({});
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    const reason = error.message.slice(error.message.indexOf(': ') + 2);
    throw corrupt(MSG, `${where}${error.context.field ?? '?'}`, error.context.offset ?? at, reason);
  }
  if (verifyCrc) {
    const actual = zlib.crc32(bytes.subarray(crcStart, end)) >>> 0;
    if (actual !== crc) throw corrupt(MSG, `${where}crc`, at + 12, `CRC32 0x${crc.toString(16).padStart(8, '0')} does not match the computed 0x${actual.toString(16).padStart(8, '0')}`);
  }
  const codecId = attributes & BatchAttributes.compressionMask;
  const compression = codecFromId(codecId);
  if (compression === undefined || compression === 'zstd') throw corrupt(MSG, `${where}attributes`, crcStart + 1, `codec ${codecId} is not valid in message format v${magic}`);
  return { offset, magic: magic as LegacyMagic, attributes, compression, timestamp, key, value };
}

/**
 * Decodes the legacy message at `at` (whose size is known to fit in `bytes`) into records: one for
 * a plain message, the inner messages for a compressed wrapper.
 */
export function decodeMessage(bytes: Uint8Array, at: number, size: number, options: LegacyDecodeOptions = {}): LegacyRecord[] {
  const verifyCrc = options.verifyCrc ?? true;
  const outer = readMessage(bytes, at, at + size, verifyCrc, '');
  const outerType: TimestampType = outer.magic === 1 && (outer.attributes & BatchAttributes.logAppendTime) !== 0 ? 'log-append' : 'create';
  if (outer.compression === 'none') return [toRecord(outer, outerType, 'none')];
  if (outer.value === null) throw corrupt(MSG, 'value', at + 12, 'a compressed wrapper message has a null value');
  let inner: Buffer;
  try {
    inner = decompress(outer.compression, outer.value, {
      maxBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
      lz4AllowBrokenHeaderChecksum: outer.magic === 0,
    });
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    throw new ProtocolError(error.message, { message: MSG, field: 'value', offset: at }, error.code, error);
  }
  const messages: RawMessage[] = [];
  for (const item of batchesIn(inner)) {
    const where = `value (${outer.compression}-decompressed)[${messages.length}].`;
    if (item.kind === 'partial') throw corrupt(MSG, `${where}messageSize`, item.at, `inner message is cut short (${item.available} bytes)`);
    const m = readMessage(inner, item.at, item.at + item.size, verifyCrc, where);
    if (m.compression !== 'none') throw corrupt(MSG, `${where}attributes`, item.at + 17, 'an inner message is compressed again');
    if (m.magic !== outer.magic) throw corrupt(MSG, `${where}magic`, item.at + 16, `inner magic ${m.magic} differs from the wrapper's ${outer.magic}`);
    messages.push(m);
  }
  const last = messages.at(-1);
  const base = outer.magic === 1 && last !== undefined ? outer.offset - last.offset : 0n;
  return messages.map((m) => {
    const record = toRecord(m, outerType, outer.compression);
    record.offset = base + m.offset;
    if (outerType === 'log-append') record.timestamp = outer.timestamp;
    return record;
  });
}

function toRecord(m: RawMessage, timestampType: TimestampType, compression: CompressionCodec): LegacyRecord {
  return { offset: m.offset, timestamp: m.timestamp, key: m.key, value: m.value, headers: [], attributes: m.attributes, magic: m.magic, timestampType, compression };
}

/** Decodes a v0/v1 message set; a message cut short at the end is reported as `partial`. */
export function decodeMessageSet(bytes: Uint8Array, options: LegacyDecodeOptions = {}): { records: LegacyRecord[]; partial: PartialBatch | null } {
  const records: LegacyRecord[] = [];
  for (const item of batchesIn(bytes)) {
    if (item.kind === 'partial') return { records, partial: item };
    if (item.magic !== 0 && item.magic !== 1) throw corrupt(MSG, 'magic', item.at + 16, `magic ${item.magic} in a legacy message set`);
    for (const record of decodeMessage(bytes, item.at, item.size, options)) records.push(record);
  }
  return { records, partial: null };
}

export interface LegacyRecordInput {
  offset: bigint;
  /** Ignored by v0; -1 (none) when absent. */
  timestamp?: bigint;
  key?: Uint8Array | null;
  value?: Uint8Array | null;
}

export interface EncodeMessageSetOptions {
  magic: LegacyMagic;
  compression?: CompressionCodec;
  /** v1 only. */
  timestampType?: TimestampType;
  /** v1 LogAppendTime: the time to stamp (default: the largest record timestamp). */
  logAppendTime?: bigint;
}

/** Encodes records as a v0/v1 message set, compressed into one wrapper message if asked. */
export function encodeMessageSet(records: readonly LegacyRecordInput[], options: EncodeMessageSetOptions): Buffer {
  const { magic } = options;
  const codec = options.compression ?? 'none';
  if (codec === 'zstd') throw new ProtocolError(`zstd cannot be used with message format v${magic}`, { message: MSG, field: 'attributes' }, 'COMPRESSION');
  const logAppend = magic === 1 && options.timestampType === 'log-append';
  const maxTimestamp = records.reduce((max, r) => ((r.timestamp ?? NO_TIMESTAMP) > max ? (r.timestamp ?? NO_TIMESTAMP) : max), NO_TIMESTAMP);
  const stamp = options.logAppendTime ?? maxTimestamp;
  const typeBit = logAppend ? BatchAttributes.logAppendTime : 0;
  if (codec === 'none') {
    return Buffer.concat(records.map((r) => encodeMessage(r.offset, magic, typeBit, logAppend ? stamp : (r.timestamp ?? NO_TIMESTAMP), r.key ?? null, r.value ?? null)));
  }
  const first = records[0];
  const last = records.at(-1);
  if (first === undefined || last === undefined) return Buffer.alloc(0);
  const inner = Buffer.concat(records.map((r) => encodeMessage(magic === 1 ? r.offset - first.offset : r.offset, magic, 0, r.timestamp ?? NO_TIMESTAMP, r.key ?? null, r.value ?? null)));
  const value = compress(codec, inner, { lz4BrokenHeaderChecksum: magic === 0 });
  return encodeMessage(last.offset, magic, CODEC_IDS[codec] | typeBit, logAppend ? stamp : maxTimestamp, null, value);
}

function encodeMessage(offset: bigint, magic: LegacyMagic, attributes: number, timestamp: bigint, key: Uint8Array | null, value: Uint8Array | null): Buffer {
  const size = 4 + 1 + 1 + (magic === 1 ? 8 : 0) + 4 + (key?.length ?? 0) + 4 + (value?.length ?? 0);
  const out = Buffer.alloc(LOG_OVERHEAD + size);
  out.writeBigInt64BE(offset, 0);
  out.writeInt32BE(size, 8);
  let p = 16;
  out.writeInt8(magic, p++);
  out.writeInt8(attributes, p++);
  if (magic === 1) {
    out.writeBigInt64BE(timestamp, p);
    p += 8;
  }
  for (const field of [key, value]) {
    out.writeInt32BE(field === null ? -1 : field.length, p);
    p += 4;
    if (field !== null) {
      out.set(field, p);
      p += field.length;
    }
  }
  out.writeUInt32BE(zlib.crc32(out.subarray(16)) >>> 0, 12);
  return out;
}
