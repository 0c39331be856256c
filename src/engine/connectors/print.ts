// The `print` connector (Flink's print sink): each change as a line `+I[1, foo]`, `-U[…]`, `+U[…]`,
// `-D[…]` (see print-text.ts for how values read), prefixed with `<print-identifier>> ` when the
// option is set, on standard output or, with 'standard-error' = 'true', standard error. Accepts
// updates. Output is written per batch and waits when the stream is full.
import type { Writable } from 'node:stream';
import type { Change } from '../../sql/types/values.ts';
import { bool } from './options.ts';
import { rowText } from './print-text.ts';
import type { Connector, ConnectorContext, SinkWriter } from './types.ts';

/** A print sink writing to `out` (the connector passes stdout or stderr; tests pass their own). */
export function printWriter(ctx: ConnectorContext, out: Writable): SinkWriter {
  const id = ctx.options.get('print-identifier');
  const prefix = id === undefined ? '' : id + '> ';
  const types = ctx.fields.map((f) => f.type);
  return {
    async write(changes: readonly Change[]): Promise<void> {
      let text = '';
      for (const c of changes) text += prefix + rowText(c.kind, c.row, types) + '\n';
      if (text !== '' && !out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
    async checkpoint(): Promise<undefined> {
      return undefined;
    },
    async close(): Promise<void> {},
  };
}

export const print: Connector = {
  name: 'print',
  sinkAcceptsUpdates: true,
  async createSink(ctx: ConnectorContext): Promise<SinkWriter> {
    return printWriter(ctx, bool(ctx.options, 'standard-error', false) ? process.stderr : process.stdout);
  },
};
