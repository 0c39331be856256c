// The layout of the objects the log uploads. A stream-set object holds runs of record batches of
// many streams; a stream object holds one stream's run. Both have the same self-describing layout:
//
//   data   : for each entry, its record batches, back to back, exactly as stored
//   index  : u32 count, then per entry: u32 streamId, i64 startOffset, i64 endOffset,
//            u64 position, u32 size, i64 maxTimestamp                    (40 bytes each)
//   footer : u64 index position, u32 index size, u32 CRC32C of the index, "WEIROBJ1"  (24 bytes)
//
// Readers normally go straight to a range through the metadata index and never read the object's
// own index; it is there so an object can be checked and inspected on its own.
import { crc32c } from '@node-rs/crc32';
import { WeirError } from '../../util/errors.ts';

const MAGIC = Buffer.from('WEIROBJ1');
const ENTRY_SIZE = 40;
export const FOOTER_SIZE = 24;

export interface ObjectEntry {
  readonly streamId: number;
  readonly startOffset: bigint;
  /** One past the last offset in the entry. */
  readonly endOffset: bigint;
  readonly position: number;
  readonly size: number;
  readonly maxTimestamp: bigint;
}

export interface EntryInput {
  readonly streamId: number;
  readonly startOffset: bigint;
  readonly endOffset: bigint;
  readonly maxTimestamp: bigint;
  readonly batches: readonly Uint8Array[];
}

/** Lays out an object; returns its chunks (batches referenced, not copied) and its entries. */
export function buildObject(inputs: readonly EntryInput[]): { chunks: Uint8Array[]; entries: ObjectEntry[]; size: number } {
  const chunks: Uint8Array[] = [];
  const entries: ObjectEntry[] = [];
  let position = 0;
  for (const e of inputs) {
    let size = 0;
    for (const b of e.batches) {
      chunks.push(b);
      size += b.length;
    }
    entries.push({ streamId: e.streamId, startOffset: e.startOffset, endOffset: e.endOffset, position, size, maxTimestamp: e.maxTimestamp });
    position += size;
  }
  const index = Buffer.alloc(4 + entries.length * ENTRY_SIZE);
  index.writeUInt32BE(entries.length, 0);
  entries.forEach((e, i) => {
    const at = 4 + i * ENTRY_SIZE;
    index.writeUInt32BE(e.streamId, at);
    index.writeBigInt64BE(e.startOffset, at + 4);
    index.writeBigInt64BE(e.endOffset, at + 12);
    index.writeBigUInt64BE(BigInt(e.position), at + 20);
    index.writeUInt32BE(e.size, at + 28);
    index.writeBigInt64BE(e.maxTimestamp, at + 32);
  });
  const footer = Buffer.alloc(FOOTER_SIZE);
  footer.writeBigUInt64BE(BigInt(position), 0);
  footer.writeUInt32BE(index.length, 8);
  footer.writeUInt32BE(crc32c(index), 12);
  MAGIC.copy(footer, 16);
  chunks.push(index, footer);
  return { chunks, entries, size: position + index.length + FOOTER_SIZE };
}

/** Reads the footer; returns where the index is. `key` names the object in errors. */
export function readFooter(key: string, footer: Uint8Array): { indexPosition: number; indexSize: number; crc: number } {
  const b = Buffer.from(footer.buffer, footer.byteOffset, footer.byteLength);
  if (b.length !== FOOTER_SIZE || !b.subarray(16).equals(MAGIC)) {
    throw new WeirError('OBJECT_CORRUPT', `object ${key} has no valid footer`, { where: key });
  }
  return { indexPosition: Number(b.readBigUInt64BE(0)), indexSize: b.readUInt32BE(8), crc: b.readUInt32BE(12) };
}

/** Parses and checks an object's index. */
export function readIndex(key: string, index: Uint8Array, crc: number): ObjectEntry[] {
  const b = Buffer.from(index.buffer, index.byteOffset, index.byteLength);
  if (crc32c(b) !== crc) throw new WeirError('OBJECT_CORRUPT', `object ${key}: index checksum mismatch`, { where: key });
  const count = b.length >= 4 ? b.readUInt32BE(0) : -1;
  if (count < 0 || b.length !== 4 + count * ENTRY_SIZE) throw new WeirError('OBJECT_CORRUPT', `object ${key}: index of ${b.length} bytes does not hold ${count} entries`, { where: key });
  const out: ObjectEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 4 + i * ENTRY_SIZE;
    out.push({
      streamId: b.readUInt32BE(at),
      startOffset: b.readBigInt64BE(at + 4),
      endOffset: b.readBigInt64BE(at + 12),
      position: Number(b.readBigUInt64BE(at + 20)),
      size: b.readUInt32BE(at + 28),
      maxTimestamp: b.readBigInt64BE(at + 32),
    });
  }
  return out;
}

/** Reads a whole object's index from its bytes. */
export function entriesOf(key: string, object: Uint8Array): ObjectEntry[] {
  if (object.length < FOOTER_SIZE) throw new WeirError('OBJECT_CORRUPT', `object ${key} of ${object.length} bytes is shorter than its footer`, { where: key });
  const f = readFooter(key, object.subarray(object.length - FOOTER_SIZE));
  if (f.indexPosition + f.indexSize + FOOTER_SIZE !== object.length) throw new WeirError('OBJECT_CORRUPT', `object ${key}: footer points outside the object`, { where: key });
  return readIndex(key, object.subarray(f.indexPosition, f.indexPosition + f.indexSize), f.crc);
}
