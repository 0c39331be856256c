// The machine's raw loopback TCP bandwidth, as a Node process sees it: a sink server in a child Node
// process (as the broker is) on 127.0.0.1 that reads and discards, and a client here that pushes
// `totalBytes` in 1 MiB writes (respecting backpressure). The clock runs from the first write until
// the sink acknowledges the last byte. MB/s is 10^6 bytes per second.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

// Plain JavaScript for `node -e`: listen, print the port, count bytes, write one byte per `total`.
const SINK = `
const net = require('node:net');
const total = Number(process.argv[1]);
const server = net.createServer({ noDelay: true }, (s) => {
  let got = 0;
  s.on('data', (b) => { got += b.length; while (got >= total) { got -= total; s.write('!'); } });
  s.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

/** Median MB/s of `runs` runs, each pushing `totalBytes` over one fresh loopback connection. */
export async function loopbackMBps(totalBytes: number, runs = 3): Promise<{ median: number; all: number[] }> {
  const chunk = Buffer.alloc(2 ** 20, 0x6c);
  const bytes = Math.max(chunk.length, Math.floor(totalBytes / chunk.length) * chunk.length);
  const sink = spawn(process.execPath, ['-e', SINK, String(bytes)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      sink.stdout.setEncoding('utf8');
      sink.stdout.once('data', (t: string) => resolve(Number(t.trim())));
      sink.once('exit', (code) => reject(new Error(`loopback sink exited (${code})`)));
    });
    const all: number[] = [];
    for (let r = 0; r < runs; r++) {
      const socket = connect({ host: '127.0.0.1', port, noDelay: true });
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      const acked = new Promise<void>((resolve) => socket.once('data', () => resolve()));
      const start = performance.now();
      for (let sent = 0; sent < bytes; sent += chunk.length) {
        if (!socket.write(chunk)) await new Promise<void>((resolve) => socket.once('drain', resolve));
      }
      await acked;
      all.push(bytes / ((performance.now() - start) / 1000) / 1e6);
      socket.destroy();
    }
    const sorted = [...all].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)]!, all };
  } finally {
    sink.kill('SIGTERM');
  }
}
