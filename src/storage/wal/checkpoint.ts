// The WAL's trim point, persisted in `<dir>/checkpoint.json` ({"format":1,"trimLsn":"<decimal>"}),
// written atomically: a temporary file is written and fdatasync'd, renamed over the old one, and the
// directory fsync'd. Records below the trim point are never replayed after a restart, even when
// they sit in a segment that also holds live records (whole segments are what trim deletes).
// It does not delete segments (wal.ts and recovery.ts do) and keeps no history of trim points.
import { join } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { errnoCode, type WalIo } from './io.ts';

export const CHECKPOINT_FILE = 'checkpoint.json';

/** The persisted trim point, or 0n when the WAL has never been trimmed. */
export async function readTrimPoint(io: WalIo, dir: string): Promise<bigint> {
  const path = join(dir, CHECKPOINT_FILE);
  let fd: number;
  try {
    fd = await io.open(path, 'r');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return 0n;
    throw err;
  }
  let text: string;
  try {
    const buf = Buffer.alloc(await io.size(fd));
    let got = 0;
    while (got < buf.length) {
      const n = await io.read(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    text = buf.subarray(0, got).toString('utf8');
  } finally {
    await io.close(fd);
  }
  try {
    const parsed = JSON.parse(text) as { format?: unknown; trimLsn?: unknown };
    if (parsed.format === 1 && typeof parsed.trimLsn === 'string' && /^\d+$/.test(parsed.trimLsn)) return BigInt(parsed.trimLsn);
  } catch {
    // reported below
  }
  throw new WeirError('WAL_CORRUPT', 'WAL checkpoint is unreadable', {
    where: `${path}:0`,
    hint: 'It is written atomically, so something else changed it; restore it, or delete it to replay the whole WAL',
  });
}

export async function writeTrimPoint(io: WalIo, dir: string, trimLsn: bigint): Promise<void> {
  const path = join(dir, CHECKPOINT_FILE);
  const tmp = `${path}.tmp`;
  const fd = await io.open(tmp, 'w');
  try {
    const bytes = Buffer.from(`${JSON.stringify({ format: 1, trimLsn: trimLsn.toString() })}\n`);
    let done = 0;
    while (done < bytes.length) done += await io.writev(fd, [bytes.subarray(done)], done);
    await io.fdatasync(fd);
  } catch (err) {
    await io.close(fd).catch(() => {});
    await io.unlink(tmp).catch(() => {});
    throw err;
  }
  await io.close(fd);
  await io.rename(tmp, path);
  await io.fsyncDir(dir);
}
