// Helpers shared by the WAL's tests (not used by the WAL itself): temporary directories, an I/O seam
// that counts calls and injects failures, and reading a WAL back in one call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo, type WalIo } from './io.ts';
import { openWal, type WalOptions, type WalRecord } from './wal.ts';

export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'weir-wal-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestIo extends WalIo {
  calls: { writev: number; fdatasync: number };
  /** Set to make the next calls fail: return an Error (with `code`) to throw, or undefined to pass. */
  failWritev?: (bytes: number) => { error: Error; partial?: number } | undefined;
  failFdatasync?: () => Error | undefined;
}

export function errno(code: string): Error {
  return Object.assign(new Error(`${code}: injected by the test`), { code });
}

/** The real file system, counting writev/fdatasync calls and failing them on demand. */
export function testIo(): TestIo {
  const io: TestIo = {
    ...nodeIo,
    calls: { writev: 0, fdatasync: 0 },
    async writev(fd, buffers, position) {
      io.calls.writev++;
      const bytes = buffers.reduce((n, b) => n + b.length, 0);
      const f = io.failWritev?.(bytes);
      if (f === undefined) return nodeIo.writev(fd, buffers, position);
      if (f.partial === undefined || f.partial === 0) throw f.error;
      // Write a prefix first, as a full disk does mid-write, then report the error on the next call.
      const prefix = Buffer.concat(buffers.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength))).subarray(0, f.partial);
      const n = await nodeIo.writev(fd, [prefix], position);
      io.failWritev = () => ({ error: f.error }); // the disk stays full until the test clears it
      return n;
    },
    async fdatasync(fd) {
      io.calls.fdatasync++;
      const e = io.failFdatasync?.();
      if (e !== undefined) throw e;
      return nodeIo.fdatasync(fd);
    },
  };
  return io;
}

/** Opens the WAL, reads every record from `from`, closes it. */
export async function readAll(options: WalOptions, from = 0n): Promise<WalRecord[]> {
  const { wal } = await openWal(options);
  try {
    const out: WalRecord[] = [];
    for await (const r of wal.records(from)) out.push({ lsn: r.lsn, payload: Buffer.from(r.payload) });
    return out;
  } finally {
    await wal.close();
  }
}

/** A payload that says which record it is: 8-byte sequence number, then bytes derived from it. */
export function payloadFor(seq: number, length: number): Buffer {
  const b = Buffer.alloc(Math.max(8, length), seq % 251);
  b.writeBigUInt64BE(BigInt(seq), 0);
  return b;
}

export function seqOf(payload: Uint8Array): number {
  return Number(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).readBigUInt64BE(0));
}
