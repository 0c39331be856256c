// The WAL's I/O seam: every file-system call the WAL makes goes through a `WalIo`, so tests can
// count fsyncs or inject failures (ENOSPC, EIO) without a real full disk. `nodeIo` is the real one,
// built on Node's callback `fs` API with raw file descriptors (less overhead than FileHandle on the
// hot path). It does not retry, translate errors or know about frames: wal.ts decides what an error
// means. To inject a failure, wrap `nodeIo`: `{ ...nodeIo, writev: (fd, b, p) => fail() }`.
import * as fs from 'node:fs';
import { promisify } from 'node:util';

export interface WalIo {
  /** `flags` as for fs.open: 'r', 'r+', 'wx' (create, fail if it exists). */
  open(path: string, flags: string): Promise<number>;
  close(fd: number): Promise<void>;
  /** Writes `buffers` at `position`; may write fewer bytes than asked (the caller loops). */
  writev(fd: number, buffers: readonly Uint8Array[], position: number): Promise<number>;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  fdatasync(fd: number): Promise<void>;
  ftruncate(fd: number, length: number): Promise<void>;
  size(fd: number): Promise<number>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string): Promise<void>;
  unlink(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Makes a directory's entries (created, renamed, deleted files) durable. */
  fsyncDir(dir: string): Promise<void>;
}

function writev(fd: number, buffers: readonly Uint8Array[], position: number): Promise<number> {
  return new Promise((resolve, reject) => fs.writev(fd, buffers, position, (err, n) => (err ? reject(err) : resolve(n))));
}

function read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, buffer, offset, length, position, (err, n) => (err ? reject(err) : resolve(n))));
}
const fstat = promisify(fs.fstat);
const fsync = promisify(fs.fsync);

export const nodeIo: WalIo = {
  open: promisify(fs.open) as (path: string, flags: string) => Promise<number>,
  close: promisify(fs.close),
  writev,
  read,
  fdatasync: promisify(fs.fdatasync),
  ftruncate: promisify(fs.ftruncate),
  size: async (fd) => (await fstat(fd)).size,
  readdir: (dir) => fs.promises.readdir(dir),
  mkdir: async (dir) => {
    await fs.promises.mkdir(dir, { recursive: true });
  },
  unlink: (path) => fs.promises.unlink(path),
  rename: (from, to) => fs.promises.rename(from, to),
  fsyncDir: async (dir) => {
    const fd = await promisify(fs.open)(dir, 'r');
    try {
      await fsync(fd);
    } finally {
      await promisify(fs.close)(fd);
    }
  },
};

/** The errno code of a Node system error (`'ENOSPC'`, …), if it has one. */
export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
