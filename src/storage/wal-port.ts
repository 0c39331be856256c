// What the log needs of a write-ahead log (implemented by ./wal/).
export interface WalPort {
  /** The largest record `append` takes; a larger one is refused without affecting the appends around it. */
  readonly maxRecordBytes: number;
  /**
   * Appends one record; resolves when it is durable per the WAL's fsync policy. `knownCrcs[i]`, if
   * given, is the CRC32C of part i, which the WAL may use instead of reading the part again.
   * Records are acknowledged in append order; when one fails for any reason but its size, every
   * record appended after it (and not yet settled) fails too, though that may happen before the
   * records ahead of it settle.
   */
  append(payload: readonly Uint8Array[], knownCrcs?: readonly (number | undefined)[]): Promise<{ lsn: bigint }>;
  /** Drops whole segments whose records all lie below `upToLsn`. */
  trim(upToLsn: bigint): Promise<unknown>;
  close(): Promise<void>;
}
