// Object store on a local folder: the embedded default. Key "a/b/c" is the file <root>/a/b/c.
// Writes are atomic and durable: bytes go to a temp file in <root>/~tmp (same filesystem), which is
// fsync'd, then renamed (put) or hard-linked (putIfAbsent, which fails with EEXIST if the key
// exists) into place, and the target folder is fsync'd; new folders are fsync'd into their parents.
// A crash leaves at most a temp file, which no key can name ("~" is not a key character): list/get
// never see it and open removes it. ENOSPC/EDQUOT → DISK_FULL with the temp file removed.
// Deliberately not done: sharing one folder between processes (open clears ~tmp), a key that is
// also a folder ("a" and "a/b" cannot both exist here: CONFIG_INVALID), fsync after delete beyond
// the folder itself, locking against other writers of the folder.
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, readdir, rename, rmdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { logger } from '../../util/log.ts';
import { checkKey, checkPrefix, checkRange, compareKeys, isValidKey } from './keys.ts';
import type { ObjectInfo, ObjectStore, PutIfAbsentResult } from './types.ts';

const log = logger('object-store');
const TEMP_DIR = '~tmp';
const PLACE_ATTEMPTS = 5;

/** Writes an object's bytes into its open temp file. A seam for tests (e.g. to inject ENOSPC). */
export type WriteChunks = (file: FileHandle, chunks: readonly Uint8Array[]) => Promise<void>;

export interface FsObjectStoreOptions {
  /** Remove folders that a delete leaves empty (never the root). Default true. */
  pruneEmptyDirs?: boolean;
  /** Test seam: replaces the function that writes bytes to the temp file. */
  writeChunks?: WriteChunks;
}

const errno = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Ranged GETs longer than this look up the object's size before allocating. */
const STAT_ABOVE_BYTES = 64 * 2 ** 20;

/**
 * Writes the chunks in order, as few writev calls as the kernel allows (libuv itself splits one at
 * IOV_MAX and loops), resuming after a short write.
 */
export const writeAll: WriteChunks = async (file, chunks) => {
  let position = 0;
  let pending = chunks.filter((c) => c.byteLength > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await file.writev(pending, position);
    position += bytesWritten;
    let done = 0;
    while (done < pending.length && bytesWritten >= pending[done]!.byteLength) bytesWritten -= pending[done++]!.byteLength;
    const rest = pending.slice(done);
    if (bytesWritten > 0) rest[0] = rest[0]!.subarray(bytesWritten);
    pending = rest;
  }
};

async function fsyncDir(path: string): Promise<void> {
  const dir = await open(path, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

/** Opens (creating if needed) a folder object store and removes temp files left by a crash. */
export async function openFsObjectStore(root: string, options: FsObjectStoreOptions = {}): Promise<FsObjectStore> {
  const store = new FsObjectStore(resolve(root), options);
  await store.init();
  return store;
}

export class FsObjectStore implements ObjectStore {
  readonly description: string;
  readonly root: string;
  readonly #tempDir: string;
  readonly #prune: boolean;
  readonly #write: WriteChunks;
  readonly #durableDirs = new Set<string>();

  constructor(root: string, options: FsObjectStoreOptions = {}) {
    this.root = root;
    this.description = `folder ${root}`;
    this.#tempDir = join(root, TEMP_DIR);
    this.#prune = options.pruneEmptyDirs ?? true;
    this.#write = options.writeChunks ?? writeAll;
  }

  async init(): Promise<void> {
    try {
      await this.#ensureDir(this.#tempDir, TEMP_DIR);
      const leftovers = await readdir(this.#tempDir);
      for (const name of leftovers) await unlink(join(this.#tempDir, name));
      if (leftovers.length > 0) log.warn({ store: this.description, count: leftovers.length }, 'removed temp files left by an earlier crash');
    } catch (caught) {
      const err = caught instanceof WeirError && caught.cause !== undefined ? caught.cause : caught; // drop the key-collision wording
      const message = err instanceof Error ? err.message : String(err);
      const code = errno(err) === 'ENOSPC' ? 'DISK_FULL' : 'STORAGE_IO';
      throw new WeirError(code, `Cannot open ${this.description}: ${message}`, { where: this.root, cause: err });
    }
  }

  async get(key: string): Promise<Buffer> {
    checkKey(key, this.description);
    try {
      return await readFile(this.#path(key));
    } catch (err) {
      throw this.#fail('read', key, err);
    }
  }

  async getRange(key: string, start: number, end: number): Promise<Buffer> {
    checkKey(key, this.description);
    checkRange(key, start, end, this.description);
    let file: FileHandle | undefined;
    try {
      file = await open(this.#path(key), 'r');
      // Read up to `end`; a shorter object ends the range at its end (read returns 0 there), so the
      // log's ranges (a few MiB) need no stat. A larger request is clamped to the object's size
      // first, so a huge `end` allocates nothing. Only bytes read are returned: no need to zero.
      let length = Math.max(0, end - start);
      if (length > STAT_ABOVE_BYTES) length = Math.max(0, Math.min(end, (await file.stat()).size) - start);
      const out = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const { bytesRead } = await file.read(out, done, length - done, start + done);
        if (bytesRead === 0) return out.subarray(0, done);
        done += bytesRead;
      }
      return out;
    } catch (err) {
      throw this.#fail('read', key, err);
    } finally {
      await file?.close();
    }
  }

  async head(key: string): Promise<ObjectInfo | null> {
    checkKey(key, this.description);
    try {
      const info = await stat(this.#path(key));
      return info.isFile() ? { key, size: info.size } : null;
    } catch (err) {
      if (MISSING.has(errno(err) ?? '')) return null;
      throw this.#fail('stat', key, err);
    }
  }

  async put(key: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
    checkKey(key, this.description);
    const target = this.#path(key);
    const temp = await this.#writeTemp(key, data instanceof Uint8Array ? [data] : data);
    try {
      await this.#place(key, target, () => rename(temp, target));
    } catch (err) {
      await unlink(temp).catch(() => {});
      throw this.#fail('write', key, err);
    }
  }

  async putIfAbsent(key: string, data: Uint8Array): Promise<PutIfAbsentResult> {
    checkKey(key, this.description);
    const target = this.#path(key);
    const temp = await this.#writeTemp(key, [data]);
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.#place(key, target, () => link(temp, target));
          return { created: true };
        } catch (err) {
          if (errno(err) !== 'EEXIST') throw err;
        }
        try {
          return { created: false, existing: await readFile(target) };
        } catch (err) {
          if (errno(err) !== 'ENOENT' || attempt >= PLACE_ATTEMPTS) throw err; // deleted meanwhile: try again
        }
      }
    } catch (err) {
      throw this.#fail('create', key, err);
    } finally {
      await unlink(temp).catch(() => {});
    }
  }

  async list(prefix: string): Promise<ObjectInfo[]> {
    checkPrefix(prefix, this.description);
    const out: ObjectInfo[] = [];
    const slash = prefix.lastIndexOf('/');
    await this.#walk(slash < 0 ? '' : prefix.slice(0, slash), prefix, out);
    return out.sort((a, b) => compareKeys(a.key, b.key));
  }

  async delete(keys: readonly string[]): Promise<void> {
    for (const key of keys) checkKey(key, this.description);
    const dirs = new Set<string>();
    for (let i = 0; i < keys.length; i += 64) {
      await Promise.all(
        keys.slice(i, i + 64).map(async (key) => {
          try {
            await unlink(this.#path(key));
            dirs.add(dirname(this.#path(key)));
          } catch (err) {
            if (!MISSING.has(errno(err) ?? '') && errno(err) !== 'EPERM') throw this.#fail('delete', key, err);
          }
        }),
      );
    }
    for (const dir of dirs) {
      try {
        await fsyncDir(dir);
      } catch (err) {
        if (errno(err) !== 'ENOENT') throw this.#fail('delete', keys.find((k) => dirname(this.#path(k)) === dir) ?? '', err);
      }
    }
    if (this.#prune) for (const dir of [...dirs].sort().reverse()) await this.#pruneFrom(dir);
  }

  async close(): Promise<void> {}

  #path(key: string): string {
    return join(this.root, key);
  }

  async #writeTemp(key: string, chunks: readonly Uint8Array[]): Promise<string> {
    const temp = join(this.#tempDir, randomUUID());
    let file: FileHandle | undefined;
    try {
      file = await open(temp, 'wx', 0o644);
      await this.#write(file, chunks);
      await file.sync();
      await file.close();
      return temp;
    } catch (err) {
      await file?.close().catch(() => {});
      await unlink(temp).catch(() => {});
      throw this.#fail('write', key, err);
    }
  }

  /** Creates the target's folder, runs rename/link, retrying if a concurrent delete pruned it. */
  async #place(key: string, target: string, op: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.#ensureDir(dirname(target), key);
      try {
        await op();
        break;
      } catch (err) {
        if (errno(err) !== 'ENOENT' || attempt >= PLACE_ATTEMPTS) throw err;
      }
    }
    await fsyncDir(dirname(target));
  }

  /**
   * mkdir -p, then fsync the parent of every folder on the way so the entries are durable. Done once
   * per folder per process: a folder found existing may be a concurrent call's, not yet fsync'd.
   */
  async #ensureDir(dir: string, key: string): Promise<void> {
    if (this.#durableDirs.has(dir)) return;
    let first: string | undefined;
    try {
      first = await mkdir(dir, { recursive: true });
    } catch (err) {
      if (errno(err) === 'EEXIST' || errno(err) === 'ENOTDIR') throw this.#conflict(key, err);
      throw err;
    }
    const stop = first === undefined ? this.root : dirname(first);
    for (let d = dir; d !== stop && d !== dirname(d); d = dirname(d)) await fsyncDir(dirname(d));
    this.#durableDirs.add(dir);
  }

  async #walk(rel: string, prefix: string, out: ObjectInfo[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(this.root, rel), { withFileTypes: true });
    } catch (err) {
      if (MISSING.has(errno(err) ?? '')) return;
      throw this.#fail('list', prefix, err);
    }
    await Promise.all(
      entries.map(async (entry) => {
        const key = rel === '' ? entry.name : `${rel}/${entry.name}`;
        if (!isValidKey(key)) return; // temp folder "~tmp" and stray files
        if (entry.isDirectory()) {
          if (`${key}/`.startsWith(prefix) || prefix.startsWith(`${key}/`)) await this.#walk(key, prefix, out);
        } else if (entry.isFile() && key.startsWith(prefix)) {
          const info = await this.head(key);
          if (info !== null) out.push(info);
        }
      }),
    );
  }

  async #pruneFrom(dir: string): Promise<void> {
    for (let d = dir; d.startsWith(this.root + '/') && d !== this.#tempDir; d = dirname(d)) {
      this.#durableDirs.delete(d);
      try {
        await rmdir(d);
      } catch {
        return; // not empty, already gone, or in use: stop here
      }
    }
  }

  #conflict(key: string, cause: unknown): WeirError {
    return new WeirError('CONFIG_INVALID', `Cannot write object ${key} in ${this.description}: a key and a folder of the same name collide`, {
      where: key,
      cause,
      hint: 'A folder store cannot hold both "a" and "a/b"; object keys must not be prefixes of other keys followed by "/"',
    });
  }

  #fail(op: string, key: string, err: unknown): WeirError {
    if (err instanceof WeirError) return err;
    const code = errno(err);
    const what = `Cannot ${op} object ${key} in ${this.description}`;
    if (op === 'read' && MISSING.has(code ?? '')) {
      return new WeirError('OBJECT_NOT_FOUND', `Object ${key} not found in ${this.description}`, { where: key, cause: err });
    }
    if (code === 'EISDIR' || (op !== 'read' && code === 'ENOTDIR')) return this.#conflict(key, err);
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      return new WeirError('DISK_FULL', `${what}: the disk is full (${code}); nothing was written`, {
        where: key,
        cause: err,
        hint: `Free space on the volume holding ${this.root}`,
      });
    }
    const message = err instanceof Error ? err.message : String(err);
    return new WeirError('STORAGE_IO', `${what}: ${message}`, { where: key, cause: err });
  }
}
