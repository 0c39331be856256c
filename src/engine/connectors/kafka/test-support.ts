// Shared by this folder's tests: a broker started in this process (port 0, temporary data dir),
// the two ways a connector reaches it (the in-process log, and the wire as any Kafka cluster),
// connector contexts, kcat runs, and a poll loop that collects a source's records.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../../broker/broker.ts';
import { brokerConfig } from '../../../broker/config.ts';
import type { Field, MetadataColumn } from '../../../sql/plan/physical.ts';
import type { ConnectorContext, EngineServices, SourceReader, SourceRecord } from '../types.ts';

export interface TestBroker {
  readonly broker: Broker;
  readonly bootstrap: string;
  stop(): Promise<void>;
}

export async function startBroker(): Promise<TestBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'weir-kafka-connector-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0', 'wal.fsync': '20' }));
  return {
    broker,
    bootstrap: `127.0.0.1:${broker.address().port}`,
    async stop() {
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Way {
  readonly name: string;
  services(b: TestBroker): EngineServices;
}

/** The in-process log (the connector is told the broker's address is local), and the wire. */
export const WAYS: readonly Way[] = [
  { name: 'in-process', services: (b) => ({ log: b.broker.log, localBootstrap: [`localhost:${b.broker.address().port}`] }) },
  { name: 'wire', services: () => ({}) },
];

export interface Ctx extends ConnectorContext {
  skippedCount: number;
}

export function context(args: {
  options: Record<string, string>;
  fields: Field[];
  metadata?: MetadataColumn[];
  primaryKey?: number[];
  services: EngineServices;
  restored?: unknown;
}): Ctx {
  const ctx: Ctx = {
    table: 't',
    options: new Map(Object.entries(args.options)),
    fields: args.fields,
    metadata: args.metadata ?? [],
    ...(args.primaryKey === undefined ? {} : { primaryKey: args.primaryKey }),
    timeZone: 'UTC',
    services: args.services,
    ...(args.restored === undefined ? {} : { restored: args.restored }),
    skippedCount: 0,
    skipped(n: number) {
      ctx.skippedCount += n;
    },
  };
  return ctx;
}

export function kcat(bootstrap: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('kcat', ['-b', bootstrap, ...args], { timeout: 20_000, maxBuffer: 64 * 2 ** 20 }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`kcat ${args.join(' ')}: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin!.end(input);
  });
}

/** kcat -C -J of a whole topic, each record parsed. */
export async function kcatRead(bootstrap: string, topic: string): Promise<{ partition: number; offset: number; key: string | null; payload: string | null; ts: number; headers?: string[] }[]> {
  const out = await kcat(bootstrap, ['-C', '-t', topic, '-J', '-e', '-q']);
  return out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

/** Polls until `count` records came (or the source ended, or `ms` passed). */
export async function collect(reader: SourceReader, count: number, ms = 10_000): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  const until = Date.now() + ms;
  while (out.length < count && Date.now() < until) {
    const got = await reader.poll(count - out.length);
    if (got === undefined) break;
    out.push(...got);
    if (got.length === 0) await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}
