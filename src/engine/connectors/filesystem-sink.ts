// The filesystem sink, exactly-once as Flink's FileSystem sink: rows are appended, one encoded
// record per line, to a hidden in-progress file '.part-<uuid>-<n>.inprogress'; a file is rolled
// (closed, still hidden) when it reaches 'sink.rolling-policy.file-size' or is older than
// 'sink.rolling-policy.rollover-interval'; `checkpoint(id)` rolls the open file, syncs, and records
// the rolled files as pending for `id` in the returned state; `committed(id)` renames the pending
// files of checkpoints up to `id` to visible 'part-<uuid>-<n>'. A sink restored from a checkpoint
// first publishes that checkpoint's pending files (the checkpoint completed) and deletes the other
// hidden files of the writer that took it (written after it, never committed); it then writes
// under a new uuid. `close()` only closes: what was not committed
// stays hidden. Insert-only.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Change } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { formatFor, formatOptions } from '../formats/index.ts';
import type { Serializer } from '../formats/types.ts';
import { duration, memory } from './options.ts';
import type { ConnectorContext, SinkWriter } from './types.ts';

export interface SinkState {
  /** The writer's id, in the names of all its files. */
  readonly uuid: string;
  /** Part files ('part-<uuid>-<n>') waiting for their checkpoint to complete, by checkpoint id. */
  readonly pending: readonly (readonly [number, readonly string[]])[];
}

const NEWLINE = Buffer.from('\n');

class FileSinkWriter implements SinkWriter {
  private readonly dir: string;
  private readonly encoder: Serializer;
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;
  // A new id per writer (also after a restore), so a part name is never used twice.
  private readonly uuid = randomUUID();
  private next = 0;
  private readonly pending = new Map<number, string[]>();
  private rolled: string[] = [];
  private current: { name: string; handle: FileHandle; bytes: number; openedAt: number } | undefined;

  constructor(dir: string, encoder: Serializer, o: ReadonlyMap<string, string>) {
    this.dir = dir;
    this.encoder = encoder;
    this.maxBytes = memory(o, 'sink.rolling-policy.file-size', 128 * 1024 * 1024);
    this.maxAgeMs = duration(o, 'sink.rolling-policy.rollover-interval', 30 * 60_000);
  }

  private hidden(name: string): string {
    return join(this.dir, `.${name}.inprogress`);
  }

  private async publish(name: string): Promise<void> {
    await rename(this.hidden(name), join(this.dir, name));
  }

  /** After a restore: publish the restored checkpoint's pending files, delete the rest of ours. */
  async recover(state: SinkState): Promise<void> {
    for (const [, names] of state.pending) {
      for (const name of names) {
        // Already visible when the previous run committed it before stopping.
        await this.publish(name).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
      }
    }
    for (const name of await readdir(this.dir)) {
      if (name.startsWith(`.part-${state.uuid}-`)) await rm(join(this.dir, name), { force: true });
    }
  }

  private async roll(): Promise<void> {
    if (this.current === undefined) return;
    await this.current.handle.sync();
    await this.current.handle.close();
    this.rolled.push(this.current.name);
    this.current = undefined;
  }

  async write(changes: readonly Change[]): Promise<void> {
    const parts: Uint8Array[] = [];
    let bytes = 0;
    for (const c of changes) {
      if (c.kind !== '+I') {
        throw new WeirError('CONFIG_INVALID', `The filesystem sink only accepts inserts, got a ${c.kind} change`, { hint: 'write an insert-only query into a filesystem table, or use upsert-kafka/print for updating results' });
      }
      const b = this.encoder.encode(c.row);
      parts.push(b, NEWLINE);
      bytes += b.length + 1;
    }
    if (bytes === 0) return;
    if (this.current !== undefined && (this.current.bytes >= this.maxBytes || Date.now() - this.current.openedAt >= this.maxAgeMs)) await this.roll();
    if (this.current === undefined) {
      const name = `part-${this.uuid}-${this.next++}`;
      this.current = { name, handle: await open(this.hidden(name), 'w'), bytes: 0, openedAt: Date.now() };
    }
    await this.current.handle.writev(parts);
    this.current.bytes += bytes;
  }

  async checkpoint(id: number): Promise<SinkState> {
    await this.roll();
    if (this.rolled.length > 0) this.pending.set(id, this.rolled);
    this.rolled = [];
    return { uuid: this.uuid, pending: [...this.pending].map(([k, v]) => [k, [...v]] as const) };
  }

  async committed(id: number): Promise<void> {
    for (const [k, names] of [...this.pending]) {
      if (k > id) continue;
      for (const name of names) await this.publish(name);
      this.pending.delete(k);
    }
  }

  async close(): Promise<void> {
    await this.current?.handle.close();
    this.current = undefined;
  }
}

export async function fileSink(ctx: ConnectorContext): Promise<SinkWriter> {
  const dir = ctx.options.get('path')!;
  await mkdir(dir, { recursive: true });
  const { name, options } = formatOptions(ctx.options, 'format');
  const encoder = formatFor(name).serializer({ options, fields: ctx.fields });
  const state = ctx.restored as SinkState | undefined;
  const writer = new FileSinkWriter(dir, encoder, ctx.options);
  if (state !== undefined) await writer.recover(state);
  return writer;
}
