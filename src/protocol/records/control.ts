// Control records: the transaction markers a transaction coordinator writes (through the partition
// leader) to end a transaction. A control batch has the control and transactional attribute bits
// and one record whose key is (version int16 = 0, type int16: 0 ABORT, 1 COMMIT; KRaft adds more
// types) and whose value, for ABORT and COMMIT, is (version int16 = 0, coordinatorEpoch int32).
// Readers accept newer key/value versions and ignore bytes they do not know, as Kafka does.
import { ProtocolError } from '../errors.ts';
import { Reader } from '../reader.ts';
import { encodeBatch } from './records.ts';
import { corrupt } from './fail.ts';

export const CONTROL_TYPES = { abort: 0, commit: 1 } as const;
export type EndTxnType = keyof typeof CONTROL_TYPES;

export interface ControlRecord {
  version: number;
  /** The type id from the key; 0 and 1 are ABORT and COMMIT. */
  typeId: number;
  type: EndTxnType | 'unknown';
  /** For ABORT and COMMIT markers. */
  coordinatorEpoch: number | null;
}

export function encodeControlKey(type: EndTxnType | number, version = 0): Buffer {
  const out = Buffer.alloc(4);
  out.writeInt16BE(version, 0);
  out.writeInt16BE(typeof type === 'number' ? type : CONTROL_TYPES[type], 2);
  return out;
}

export function encodeEndTxnMarkerValue(coordinatorEpoch: number, version = 0): Buffer {
  const out = Buffer.alloc(6);
  out.writeInt16BE(version, 0);
  out.writeInt32BE(coordinatorEpoch, 2);
  return out;
}

/** Decodes a control record's key and (for ABORT/COMMIT) value. */
export function decodeControlRecord(record: { key: Uint8Array | null; value: Uint8Array | null }): ControlRecord {
  const MSG = 'ControlRecord';
  if (record.key === null) throw corrupt(MSG, 'key', 0, 'a control record must have a key');
  const k = new Reader(record.key);
  const version = k.int16('key.version');
  const typeId = k.int16('key.type');
  check(k, MSG);
  if (version < 0) throw corrupt(MSG, 'key.version', 0, `negative control key version ${version}`);
  const type = typeId === 0 ? 'abort' : typeId === 1 ? 'commit' : 'unknown';
  let coordinatorEpoch: number | null = null;
  if (type !== 'unknown') {
    if (record.value === null) throw corrupt(MSG, 'value', 0, 'a transaction marker must have a value');
    const v = new Reader(record.value);
    const valueVersion = v.int16('value.version');
    coordinatorEpoch = v.int32('value.coordinatorEpoch');
    check(v, MSG);
    if (valueVersion < 0) throw corrupt(MSG, 'value.version', 0, `negative marker version ${valueVersion}`);
  }
  return { version, typeId, type, coordinatorEpoch };
}

function check(r: Reader, message: string): void {
  try {
    r.check({ message });
  } catch (error) {
    if (!(error instanceof ProtocolError)) throw error;
    throw new ProtocolError(error.message, error.context, 'RECORD_CORRUPT', error);
  }
}

export interface EndTxnBatchOptions {
  type: EndTxnType;
  coordinatorEpoch: number;
  producerId: bigint;
  producerEpoch: number;
  baseOffset?: bigint;
  partitionLeaderEpoch?: number;
  /** Marker time in ms (default: the wall clock). */
  timestamp?: bigint;
}

/** A control batch holding one COMMIT or ABORT marker for the producer's transaction. */
export function encodeEndTxnBatch(options: EndTxnBatchOptions): Buffer {
  return encodeBatch({
    records: [{ key: encodeControlKey(options.type), value: encodeEndTxnMarkerValue(options.coordinatorEpoch), timestamp: options.timestamp }],
    isControl: true,
    isTransactional: true,
    producerId: options.producerId,
    producerEpoch: options.producerEpoch,
    baseSequence: -1,
    ...(options.baseOffset === undefined ? {} : { baseOffset: options.baseOffset }),
    ...(options.partitionLeaderEpoch === undefined ? {} : { partitionLeaderEpoch: options.partitionLeaderEpoch }),
  });
}
