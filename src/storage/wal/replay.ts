// Reading the log back: the records of a list of segments from an LSN, in order, one chunk (up to
// 8 MiB of frames) per yield, re-verifying every CRC. It does not cut or repair anything — open()
// already did; a bad frame here means the disk changed under us, and is WAL_CORRUPT. It does not
// index LSNs: reading from the middle of a segment scans that segment from its start.
import { WeirError } from '../../util/errors.ts';
import { HEADER_BYTES } from './format.ts';
import { errnoCode, type WalIo } from './io.ts';
import { readFrames } from './segment.ts';
import type { WalRecord } from './wal.ts';

export interface LogSegment {
  base: bigint;
  path: string;
  /** LSN just past the last record to read in this segment. */
  end: bigint;
}

/** `trimLsn()` is asked when a segment file is missing: one trimmed meanwhile is skipped. */
export async function* readLog(io: WalIo, segments: readonly LogSegment[], fromLsn: bigint, trimLsn: () => bigint): AsyncGenerator<WalRecord[]> {
  for (const seg of segments) {
    if (seg.end <= fromLsn || seg.end === seg.base) continue;
    let fd: number;
    try {
      fd = await io.open(seg.path, 'r');
    } catch (err) {
      if (errnoCode(err) === 'ENOENT' && seg.end <= trimLsn()) continue;
      throw new WeirError('STORAGE_IO', `cannot open WAL segment: ${(err as Error).message}`, { where: `${seg.path}:0`, cause: err });
    }
    try {
      const size = Number(seg.end - seg.base);
      let reached = 0;
      for await (const chunk of readFrames(io, fd, seg.base, 0, size)) {
        const out: WalRecord[] = [];
        for (const f of chunk.frames) {
          if (f.lsn >= fromLsn) out.push({ lsn: f.lsn, payload: f.payload });
          reached = f.offset + HEADER_BYTES + f.payload.length;
        }
        if (out.length > 0) yield out;
        if (chunk.fault !== undefined) {
          throw new WeirError('WAL_CORRUPT', `WAL record at LSN ${seg.base + BigInt(chunk.fault.offset)} is bad (${chunk.fault.fault}) during replay`, {
            where: `${seg.path}:${chunk.fault.offset}`,
            hint: 'The segment changed after it was verified at open; check the disk',
          });
        }
      }
      if (reached !== size) {
        throw new WeirError('WAL_CORRUPT', `WAL segment ends at byte ${reached} but records were written up to byte ${size}`, { where: `${seg.path}:${reached}` });
      }
    } finally {
      await io.close(fd);
    }
  }
}
