// The object-store contract that Weir's durable data sits on (ARCHITECTURE "The log": stream-set
// objects, stream objects, checkpoints). It states the consistency each operation needs (STYLE
// example 4); drivers live beside it (fs.ts, s3.ts) and openObjectStore in index.ts picks one.
// Deliberately not here: streaming bodies, object metadata/tags, versioning, listing by delimiter.

export interface ObjectInfo {
  readonly key: string;
  readonly size: number;
}

export type PutIfAbsentResult = { created: true } | { created: false; existing: Buffer };

/**
 * Keys are `/`-separated relative paths of `[A-Za-z0-9._=/-]` (see keys.ts); every method rejects
 * other keys with CONFIG_INVALID. Consistency needed from the backing store: read-after-write for
 * get/head/list after put and delete (S3 gives this since 2020), atomic whole-object writes, and an
 * atomic create-only write for putIfAbsent.
 */
export interface ObjectStore {
  /** Where the objects are, for messages: "folder /x/objects", "s3://bucket/prefix at http://…". */
  readonly description: string;
  /** The whole object; OBJECT_NOT_FOUND if missing. */
  get(key: string): Promise<Buffer>;
  /** Bytes [start, end); an end beyond the size is clamped; OBJECT_NOT_FOUND if missing. */
  getRange(key: string, start: number, end: number): Promise<Buffer>;
  /** Size of the object, or null if missing. */
  head(key: string): Promise<ObjectInfo | null>;
  /** Atomic: readers see the whole new object or the previous state, never a part. Overwrites. */
  put(key: string, data: Uint8Array | readonly Uint8Array[]): Promise<void>;
  /** Atomic create-only: exactly one of racing writers gets `created: true`. */
  putIfAbsent(key: string, data: Uint8Array): Promise<PutIfAbsentResult>;
  /** Every key starting with prefix, sorted by key (byte order). */
  list(prefix: string): Promise<ObjectInfo[]>;
  /** Batch delete; keys that are missing are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
