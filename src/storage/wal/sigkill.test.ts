// Crash safety with a real crash: a child process (sigkill-child.ts) appends and prints an ack after
// each append resolves; it is killed with SIGKILL at a random moment, ten times over the same WAL.
// After each kill, reopening must find every acknowledged record, at its acknowledged LSN, in order,
// with nothing duplicated and no gap (records written but not yet acked may be there or not). After
// each check the parent trims up to the last record, as uploads would, so trim meets crashes too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openWal } from './wal.ts';
import { payloadFor, seqOf, tempDir } from './testkit.ts';

const child = fileURLToPath(new URL('./sigkill-child.ts', import.meta.url));

interface Run {
  acks: Map<number, bigint>;
  ready: string;
}

function runAndKill(dir: string, killAfterMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WEIR_LOG_LEVEL: 'silent' } });
    const acks = new Map<number, bigint>();
    let ready = '';
    let buffered = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (text: string) => {
      buffered += text;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'ack') acks.set(Number(a), BigInt(b!));
        else if (kind === 'ready') {
          ready = line;
          setTimeout(() => p.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    p.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited with ${code ?? signal}: ${stderr}`));
      else resolve({ acks, ready });
    });
  });
}

test('SIGKILL at random moments loses no acknowledged record and duplicates none', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const acked = new Map<number, bigint>();
  const cuts: string[] = [];
  for (let round = 0; round < 10; round++) {
    const run = await runAndKill(dir, 50 + Math.floor(Math.random() * 400));
    if (run.ready.includes('cut')) cuts.push(run.ready);
    for (const [seq, lsn] of run.acks) acked.set(seq, lsn);
    assert.ok(run.acks.size > 0, `round ${round}: the child acknowledged nothing`);

    const { wal, recovery } = await openWal({ dir });
    if (recovery.cut !== undefined) cuts.push(`parent: ${recovery.cut.reason} at ${recovery.cut.position}`);
    let expected = -1;
    let prevEnd = -1n;
    await wal.replay(0n, (r) => {
      const seq = seqOf(r.payload);
      if (expected === -1) expected = seq; // the first record after the previous round's trim
      assert.equal(seq, expected, `round ${round}: record at LSN ${r.lsn} is #${seq}, expected #${expected}`);
      assert.ok(r.lsn > prevEnd);
      const ackedAt = acked.get(seq);
      if (ackedAt !== undefined) assert.equal(r.lsn, ackedAt, `round ${round}: #${seq} moved`);
      assert.ok(r.payload.equals(payloadFor(seq, r.payload.length)), `round ${round}: #${seq} payload differs`);
      prevEnd = r.lsn;
      expected++;
    });
    const highest = Math.max(...acked.keys());
    assert.ok(expected > highest, `round ${round}: acked #${highest} but the log ends at #${expected - 1}`);
    // Uploaded, say: trim up to the last record (kept, so the next child knows where to go on).
    await wal.trim(prevEnd);
    await wal.close();
  }
  t.diagnostic(`${acked.size} acknowledged records over 10 kills; torn tails cut: ${cuts.length} (${cuts.join('; ') || 'none'})`);
});
