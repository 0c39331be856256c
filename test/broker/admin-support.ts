// What both admin suites share: the topic configs a broker describes, the config sources, a
// broker to test against, and a helper that catches a rejection.
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker/broker.ts';
import { brokerConfig } from '../../src/broker/config.ts';

export const TOPIC_CONFIG_NAMES = [
  'cleanup.policy',
  'compression.type',
  'delete.retention.ms',
  'max.message.bytes',
  'message.timestamp.type',
  'min.compaction.lag.ms',
  'min.insync.replicas',
  'retention.bytes',
  'retention.ms',
  'segment.bytes',
  'segment.ms',
];
export const RESOURCE = { TOPIC: 2, BROKER: 4 } as const;
export const SOURCE = { TOPIC: 1, STATIC_BROKER: 4, DEFAULT: 5 } as const;

/** A broker on a free port whose retention.bytes default comes from its own config (source 4). */
export async function startBroker(t: TestContext, props: Record<string, string> = {}): Promise<{ broker: Broker; bootstrap: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'weir-admin-'));
  const broker = await Broker.start(brokerConfig({ 'data.dir': dir, listeners: '127.0.0.1:0', 'log.retention.bytes': '1048576', ...props }));
  t.after(async () => {
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { broker, bootstrap: `127.0.0.1:${broker.address().port}`, dir };
}

export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  assert.fail('expected a rejection');
}
