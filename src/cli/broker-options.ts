// The broker's command-line flags, shared by `weir broker` and `weir up`, and the run loop that
// stops the broker gracefully on SIGTERM or SIGINT.
import type { Command } from 'commander';
import { brokerConfig, readProperties, type BrokerConfig } from '../broker/config.ts';
import { Broker } from '../broker/broker.ts';

export interface BrokerFlags {
  config?: string;
  dataDir?: string;
  kafka?: string;
  advertised?: string;
  objectStore?: string;
  walDir?: string;
  fsync?: string;
  set: string[];
}

export function addBrokerFlags(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'a Kafka-style properties file (key=value lines)')
    .option('--data-dir <dir>', 'where Weir keeps its data (default ./weir-data)')
    .option('--kafka <host:port>', 'the Kafka listener (default 127.0.0.1:9092)')
    .option('--advertised <host:port>', 'the address clients are told to use (default: the listener)')
    .option('--object-store <url>', 'a folder, or s3://bucket/prefix?endpoint=…&region=…&path-style=true (default <data-dir>/objects)')
    .option('--wal-dir <dir>', 'the write-ahead log directory (default <data-dir>/wal)')
    .option('--fsync <policy>', '"always" (default: acknowledge after fsync) or an interval in ms')
    .option('--set <key=value>', 'any broker property, e.g. num.partitions=3, auto.create.topics.enable=false, log.retention.ms=…', (v: string, acc: string[]) => [...acc, v], []);
}

export function configFromFlags(flags: BrokerFlags): BrokerConfig {
  const props: Record<string, string> = flags.config === undefined ? {} : readProperties(flags.config);
  const put = (key: string, value: string | undefined): void => {
    if (value !== undefined) props[key] = value;
  };
  put('data.dir', flags.dataDir);
  put('listeners', flags.kafka);
  put('advertised.listeners', flags.advertised);
  put('object.store', flags.objectStore);
  put('wal.dir', flags.walDir);
  put('wal.fsync', flags.fsync);
  for (const kv of flags.set) {
    const eq = kv.indexOf('=');
    if (eq > 0) props[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return brokerConfig(props, flags.config ?? 'flags');
}

/** Starts the broker and keeps it running until SIGTERM or SIGINT, then stops it cleanly (after
 * `onStopping`, which stops what runs on top of it). */
export async function runBroker(config: BrokerConfig, onStarted: (b: Broker) => void | Promise<void>, onStopping?: () => Promise<void>): Promise<void> {
  const broker = await Broker.start(config);
  try {
    await onStarted(broker);
  } catch (e) {
    await broker.stop();
    throw e;
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
  await onStopping?.();
  await broker.stop();
}
