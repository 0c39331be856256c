// The `blackhole` connector (Flink's blackhole sink): takes every change, including updates, and
// drops it. For benchmarks and for running a query only for its side effects.
import type { Connector, SinkWriter } from './types.ts';

const writer: SinkWriter = {
  async write(): Promise<void> {},
  async checkpoint(): Promise<undefined> {
    return undefined;
  },
  async close(): Promise<void> {},
};

export const blackhole: Connector = {
  name: 'blackhole',
  sinkAcceptsUpdates: true,
  async createSink(): Promise<SinkWriter> {
    return writer;
  },
};
