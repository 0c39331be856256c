// Error constructors shared by the record-batch and compression modules: a corrupt batch is a
// ProtocolError with code RECORD_CORRUPT naming the field and byte offset; bad compressed data is a
// ProtocolError with code COMPRESSION naming the codec.
import { ProtocolError } from '../errors.ts';

/** A record batch or legacy message that cannot be right: names the field and the byte offset. */
export function corrupt(message: string, field: string, offset: number, reason: string, cause?: unknown): ProtocolError {
  return new ProtocolError(reason, { message, field, offset }, 'RECORD_CORRUPT', cause);
}

/** Compressed data that cannot be decompressed, or that decompresses to more than allowed. */
export function compressionError(codec: string, reason: string, cause?: unknown): ProtocolError {
  return new ProtocolError(reason, { message: `${codec}-compressed data` }, 'COMPRESSION', cause);
}

/** A view of the same memory as a Buffer (no copy). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
