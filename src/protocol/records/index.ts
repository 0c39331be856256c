// Kafka record batches and compression, sans-I/O: the public API of src/protocol/records.
//   batch.ts        magic-2 batch header, splitting, validation, in-place header rewrites
//   records.ts      records inside a magic-2 batch: decode (with decompression) and encode
//   control.ts      transaction markers (control records and batches)
//   legacy.ts       magic 0/1 message sets, decode and encode
//   down-convert.ts magic-2 batches to v0/v1 message sets for old Fetch versions
//   compression.ts  codecs, with bounded decompression (lz4-frame.ts, snappy-xerial.ts, xxhash32.ts)
export {
  BATCH_HEADER_SIZE,
  BatchAttributes,
  BatchOffsets,
  LOG_OVERHEAD,
  batchSizeAt,
  batchesIn,
  computeBatchCrc,
  lastOffsetOf,
  readBatchHeader,
  setBaseOffset,
  setLogAppendTime,
  setMaxTimestamp,
  setPartitionLeaderEpoch,
  splitBatches,
  validateBatch,
  type BatchHeader,
  type BatchSlice,
  type PartialBatch,
  type TimestampType,
} from './batch.ts';
export {
  decodeRecords,
  encodeBatch,
  type DecodeRecordsOptions,
  type DecodedBatch,
  type EncodeBatchOptions,
  type KafkaRecord,
  type RecordHeader,
  type RecordInput,
} from './records.ts';
export {
  CONTROL_TYPES,
  decodeControlRecord,
  encodeControlKey,
  encodeEndTxnBatch,
  encodeEndTxnMarkerValue,
  type ControlRecord,
  type EndTxnBatchOptions,
  type EndTxnType,
} from './control.ts';
export {
  decodeMessage,
  decodeMessageSet,
  encodeMessageSet,
  type EncodeMessageSetOptions,
  type LegacyDecodeOptions,
  type LegacyMagic,
  type LegacyRecord,
  type LegacyRecordInput,
} from './legacy.ts';
export { downConvert, downConvertBatch, type DownConvertOptions } from './down-convert.ts';
export {
  CODEC_IDS,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  codecFromId,
  compress,
  decompress,
  type CompressOptions,
  type CompressionCodec,
  type DecompressOptions,
} from './compression.ts';
export { lz4FrameCompress, lz4FrameDecompress, type Lz4CompressOptions, type Lz4DecompressOptions } from './lz4-frame.ts';
export { xxhash32 } from './xxhash32.ts';
