// The only place object keys are built. Every object the log writes lives under one of these
// prefixes, so listing a prefix finds every object of a kind (garbage collection, inspection).
//
//   stream-set/<20-digit object id>.wso         many streams' batches, with an index (upload)
//   streams/<10-digit stream id>/<20-digit start offset>-<20-digit object id>.so   one stream (compaction)

const pad = (n: bigint | number, width: number): string => n.toString().padStart(width, '0');

export const STREAM_SET_PREFIX = 'stream-set/';
export const STREAM_OBJECT_PREFIX = 'streams/';

export function streamSetObjectKey(objectId: bigint): string {
  return `${STREAM_SET_PREFIX}${pad(objectId, 20)}.wso`;
}

export function streamObjectKey(streamId: number, startOffset: bigint, objectId: bigint): string {
  return `${STREAM_OBJECT_PREFIX}${pad(streamId, 10)}/${pad(startOffset, 20)}-${pad(objectId, 20)}.so`;
}

export function streamObjectPrefix(streamId: number): string {
  return `${STREAM_OBJECT_PREFIX}${pad(streamId, 10)}/`;
}
