// What the log needs of a write-ahead log (implemented by ./wal/).
export interface WalPort {
  /**
   * Appends one record; resolves when it is durable per the WAL's fsync policy. `knownCrcs[i]`, if
   * given, is the CRC32C of part i, which the WAL may use instead of reading the part again.
   */
  append(payload: readonly Uint8Array[], knownCrcs?: readonly (number | undefined)[]): Promise<{ lsn: bigint }>;
  /** Drops whole segments whose records all lie below `upToLsn`. */
  trim(upToLsn: bigint): Promise<unknown>;
  close(): Promise<void>;
}
