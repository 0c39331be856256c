// What `openWal` does before the first append: list the segments, drop those wholly below the trim
// point, verify every frame of the rest (header CRC, payload CRC, LSN = position, segments
// contiguous), and cut a torn tail at the last valid record. It does not replay records to anyone
// (wal.ts `replay`) and never repairs the middle of the log: that is WAL_CORRUPT, for a person.
//
// Torn tail or corruption? A bad frame is a torn tail, and is cut, only when
//   - it is in the last segment (a segment is fdatasync'd before the next one is created), and
//   - no well-formed frame after it was written when it was already durable (each header carries
//     the durable LSN at the time of its write).
// A crash mid-write leaves only frames from writes that were not yet fsync'd, in any state, so
// their bytes may even land out of order; a bit flip in acknowledged data is followed by frames
// whose durable LSN is past it. What cannot be told apart: damage inside the very last fsync'd
// group, which looks like a torn write and is cut (and reported).
import { WeirError } from '../../util/errors.ts';
import { HEADER_BYTES, type FrameFault } from './format.ts';
import { errnoCode, type WalIo } from './io.ts';
import { findLaterFrame, listSegments, readFrames, type SegmentRef } from './segment.ts';

export interface TailCut {
  file: string;
  /** Byte offset in `file` where the log now ends. */
  position: number;
  lsn: bigint;
  reason: FrameFault;
  bytesCut: number;
}

export interface RecoveredSegment extends SegmentRef {
  /** Verified length in bytes (after any cut). */
  size: number;
}

export interface Recovery {
  segments: RecoveredSegment[];
  /** The LSN the next append gets. */
  endLsn: bigint;
  /** The first LSN that replay may return. */
  trimLsn: bigint;
  records: number;
  bytes: number;
  cut: TailCut | undefined;
  /** Segment files deleted because they lay wholly below the trim point. */
  deleted: string[];
}

export type BadFrameDecision = { kind: 'cut' } | { kind: 'corrupt'; why: string };

/** Decides what a bad frame means (pure; the caller does the I/O). */
export function decideBadFrame(facts: { lastSegment: boolean; lsn: bigint; later: { offset: number; durableLsn: bigint } | undefined }): BadFrameDecision {
  if (!facts.lastSegment) return { kind: 'corrupt', why: 'a later segment exists, so this one was complete and fsync\'d' };
  if (facts.later !== undefined && facts.later.durableLsn > facts.lsn) {
    return { kind: 'corrupt', why: `the record at offset ${facts.later.offset} was written after this one was durable` };
  }
  return { kind: 'cut' };
}

export async function recoverLog(io: WalIo, dir: string, trimLsn: bigint): Promise<Recovery> {
  let refs = await listSegments(io, dir);
  const deleted: string[] = [];
  while (refs.length > 1 && refs[1]!.base <= trimLsn) {
    await io.unlink(refs[0]!.path).catch((err: unknown) => {
      if (errnoCode(err) !== 'ENOENT') throw err;
    });
    deleted.push(refs[0]!.path);
    refs = refs.slice(1);
  }
  if (deleted.length > 0) await io.fsyncDir(dir);

  const segments: RecoveredSegment[] = [];
  let records = 0;
  let bytes = 0;
  let cut: TailCut | undefined;
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const last = i === refs.length - 1;
    const prev = segments[segments.length - 1];
    if (prev !== undefined && prev.base + BigInt(prev.size) !== ref.base) {
      throw new WeirError('WAL_CORRUPT', `WAL segment ${ref.path} starts at LSN ${ref.base} but the previous one ends at LSN ${prev.base + BigInt(prev.size)}`, {
        where: `${prev.path}:${prev.size}`,
        hint: 'A segment file is missing or was truncated; restore it from a backup or move the WAL aside',
      });
    }
    const fd = await io.open(ref.path, last ? 'r+' : 'r');
    try {
      const fileSize = await io.size(fd);
      let end = 0;
      let fault: { offset: number; fault: FrameFault } | undefined;
      for await (const chunk of readFrames(io, fd, ref.base, 0, fileSize)) {
        for (const f of chunk.frames) {
          records++;
          bytes += f.payload.length;
          end = f.offset + HEADER_BYTES + f.payload.length;
        }
        fault = chunk.fault;
      }
      if (fault !== undefined) {
        const lsn = ref.base + BigInt(fault.offset);
        const later = last ? await findLaterFrame(io, fd, ref.base, fault.offset, fileSize) : undefined;
        const decision = decideBadFrame({ lastSegment: last, lsn, later });
        if (decision.kind === 'corrupt') {
          throw new WeirError('WAL_CORRUPT', `WAL record at LSN ${lsn} is bad (${fault.fault}) and ${decision.why}`, {
            where: `${ref.path}:${fault.offset}`,
            hint: 'Acknowledged data is damaged; the WAL will not drop it silently. Restore the file or move the WAL aside',
          });
        }
        await io.ftruncate(fd, fault.offset);
        await io.fdatasync(fd);
        cut = { file: ref.path, position: fault.offset, lsn, reason: fault.fault, bytesCut: fileSize - fault.offset };
        end = fault.offset;
      } else if (last) {
        // New frames will claim that everything before them is durable: make it so (a process
        // crash under the interval policy can leave verified but unsynced bytes in the page cache).
        await io.fdatasync(fd);
      }
      segments.push({ ...ref, size: end });
    } finally {
      await io.close(fd);
    }
  }
  const tail = segments[segments.length - 1];
  const endLsn = tail === undefined ? trimLsn : tail.base + BigInt(tail.size);
  return { segments, endLsn, trimLsn, records, bytes, cut, deleted };
}
