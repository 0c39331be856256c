// The write-ahead log's public surface: open a WAL, append, replay, trim, close. The storage layer
// above puts a stream id and a record batch in each payload; the WAL treats payloads as opaque bytes.
// See wal.ts for behaviour, format.ts for the bytes on disk. Nothing else here is meant for use
// outside src/storage/wal, except the I/O seam (tests of other layers may inject failures too).
export { openWal, Wal } from './wal.ts';
export type { AppendResult, FsyncPolicy, WalOptions, WalRecord, WalStats } from './wal.ts';
export type { Recovery, TailCut } from './recovery.ts';
export type { FrameFault } from './format.ts';
export { nodeIo } from './io.ts';
export type { WalIo } from './io.ts';
