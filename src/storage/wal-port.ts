// What the log needs of a write-ahead log (implemented by ./wal/).
export interface WalPort {
  /** Appends one record; resolves when it is durable per the WAL's fsync policy. */
  append(payload: readonly Uint8Array[]): Promise<{ lsn: bigint }>;
  /** Drops whole segments whose records all lie below `upToLsn`. */
  trim(upToLsn: bigint): Promise<unknown>;
  close(): Promise<void>;
}
