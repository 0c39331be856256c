// The disk's own fsync'd sequential write bandwidth, shared by the storage and broker benchmarks:
// a new file written in fixed-size chunks with fdatasync after each, as MB/s (10^6 bytes per second).
import * as fs from 'node:fs';
import { join } from 'node:path';

const fdatasync = (fd: number): Promise<void> => new Promise((res, rej) => fs.fdatasync(fd, (e) => (e ? rej(e) : res())));
const write = (fd: number, b: Buffer, pos: number): Promise<number> => new Promise((res, rej) => fs.write(fd, b, 0, b.length, pos, (e, n) => (e ? rej(e) : res(n))));

/** MB/s of writing `totalBytes` to a new file `raw-<chunk>` in `dir`, in `chunk`-byte writes, fdatasync after each; the file is removed afterwards. */
export async function fsyncedWriteMBps(dir: string, chunk: number, totalBytes: number): Promise<number> {
  const path = join(dir, `raw-${chunk}`);
  const fd = fs.openSync(path, 'wx');
  const buf = Buffer.alloc(chunk, 0x5a);
  const start = performance.now();
  for (let pos = 0; pos < totalBytes; pos += chunk) {
    await write(fd, buf, pos);
    await fdatasync(fd);
  }
  const s = (performance.now() - start) / 1000;
  fs.closeSync(fd);
  fs.rmSync(path);
  return totalBytes / s / 1e6;
}

/** Writes 1 MiB chunks with fdatasync after each to a new file `raw-adjacent` in `dir` for about `ms` milliseconds; returns the bytes written and the seconds taken. */
export async function fsyncedWriteFor(dir: string, ms: number): Promise<{ bytes: number; s: number }> {
  const path = join(dir, 'raw-adjacent');
  const fd = fs.openSync(path, 'w');
  const buf = Buffer.alloc(2 ** 20, 0x5a);
  const start = performance.now();
  let pos = 0;
  while (performance.now() - start < ms) {
    await write(fd, buf, pos);
    await fdatasync(fd);
    pos += buf.length;
  }
  const s = (performance.now() - start) / 1000;
  fs.closeSync(fd);
  fs.rmSync(path);
  return { bytes: pos, s };
}
