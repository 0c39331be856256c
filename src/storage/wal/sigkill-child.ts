// The process sigkill.test.ts kills: opens the WAL in argv[2] (recovering it), finds the last
// sequence number in it, then appends from the next one forever, 64 appends in flight, payloads of
// 8 B..4 MiB, and prints "ack <seq> <lsn>" after each append resolves. Not part of the WAL.
import { openWal } from './wal.ts';
import { payloadFor, seqOf } from './testkit.ts';

const dir = process.argv[2]!;
const { wal, recovery } = await openWal({ dir, segmentBytes: 8 * 1024 * 1024 });
let next = 0;
for await (const r of wal.records()) next = seqOf(r.payload) + 1;
process.stdout.write(`ready ${next} ${recovery.cut ? `cut ${recovery.cut.reason}` : 'clean'}\n`);

let seed = next * 2654435761;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function one(): void {
  const seq = next++;
  // Mostly small, some large: big batches make a kill in the middle of a writev (a torn tail) likely.
  const dice = random();
  const length = dice < 0.5 ? 8 + Math.floor(random() * 2000) : dice < 0.95 ? Math.floor(random() * 64 * 1024) : 2 ** 20 + Math.floor(random() * 3 * 2 ** 20);
  wal.append(payloadFor(seq, length)).then(
    (r) => {
      process.stdout.write(`ack ${seq} ${r.lsn}\n`);
      one();
    },
    (err: unknown) => {
      process.stderr.write(`append ${seq} failed: ${String(err)}\n`);
      process.exit(2);
    },
  );
}
for (let i = 0; i < 64; i++) one();
