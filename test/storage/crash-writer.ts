// A writer for the crash test: appends numbered records to three partitions with uploads,
// compaction and retention running underneath, printing `ack <partition> <offset> <seq>` for each
// append once it resolves, until it is killed.
import { openStorage } from '../../src/storage/index.ts';
import { encodeBatch } from '../../src/protocol/records/index.ts';

const dir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);
const storage = await openStorage({ dataDir: dir, uploadBytes: 32 * 1024, uploadIntervalMs: 40, maintenanceIntervalMs: 60, streamObjectBytes: 64 * 1024 });
if (storage.log.topic('crash') === undefined) storage.log.createTopic('crash', 3, { 'retention.ms': '-1' });
process.stdout.write('ready\n');

let seq = start;
async function writer(): Promise<void> {
  for (;;) {
    const n = seq++;
    const partition = n % 3;
    const records = Array.from({ length: 1 + (n % 4) }, (_, i) => ({ key: Buffer.from(`s${n}`), value: Buffer.from(`seq=${n} part=${i} ${'x'.repeat(n % 200)}`) }));
    const r = await storage.log.append('crash', partition, encodeBatch({ records, compression: n % 5 === 0 ? 'zstd' : 'none' }));
    process.stdout.write(`ack ${partition} ${r.baseOffset} ${n} ${records.length}\n`);
  }
}
await Promise.all([writer(), writer(), writer(), writer()]);
