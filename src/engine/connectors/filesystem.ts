// The `filesystem` connector (Flink's filesystem table source and sink) over a local directory
// 'path' (or a single file), one record per line in the table's 'format' (json, csv or raw).
// Source: bounded; reads every visible file (names starting with '.' or '_' are hidden, as Flink's)
// in path order, subdirectories included; a record's partition is its file's index. The position is
// (file, byte offset, line) after the last record returned, so a restored job continues exactly
// after it. Empty lines are skipped. A line that cannot be decoded fails with its file and line
// number, or with ignore-parse-errors is skipped and counted. The sink is in filesystem-sink.ts.
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Row } from '../../sql/types/values.ts';
import { WeirError } from '../../util/errors.ts';
import { formatFor, formatOptions } from '../formats/index.ts';
import type { Deserializer } from '../formats/types.ts';
import { fileSink } from './filesystem-sink.ts';
import type { Connector, ConnectorContext, SourceReader, SourceRecord } from './types.ts';

const CHUNK = 1 << 20;

interface Position {
  /** The file being read, relative to 'path' ('' when 'path' is a file). */
  readonly file: string;
  readonly offset: number;
  readonly line: number;
  /** Every file has been read. */
  readonly done: boolean;
}

const hidden = (name: string): boolean => name.startsWith('.') || name.startsWith('_');

/** Visible files under `dir`, as paths relative to it, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const rel = relative(dir, join(e.parentPath, e.name));
    if (!rel.split(/[\\/]/).some(hidden)) out.push(rel);
  }
  return out.sort();
}

class FileReader implements SourceReader {
  private readonly ctx: ConnectorContext;
  private readonly root: string;
  private readonly files: string[];
  private readonly decoder: Deserializer;
  private index = 0;
  private handle: FileHandle | undefined;
  /** Bytes read but not yet split into lines, starting at file offset `bufferAt`. */
  private buffer: Buffer = Buffer.alloc(0);
  private bufferAt = 0;
  private eof = false;
  private offset = 0;
  private line = 0;

  constructor(ctx: ConnectorContext, root: string, files: string[], decoder: Deserializer) {
    this.ctx = ctx;
    this.root = root;
    this.files = files;
    this.decoder = decoder;
    const p = ctx.restored as Position | undefined;
    if (p !== undefined) {
      const i = files.indexOf(p.file);
      const after = files.findIndex((f) => f > p.file);
      this.index = p.done ? files.length : i >= 0 ? i : after >= 0 ? after : files.length;
      if (i >= 0 && !p.done) {
        this.offset = p.offset;
        this.line = p.line;
      }
    }
    this.bufferAt = this.offset;
  }

  partitions(): readonly number[] {
    return this.files.map((_, i) => i);
  }

  private path(file: string): string {
    return file === '' ? this.root : join(this.root, file);
  }

  /** The next line's bytes (without its line break), or undefined at the end of the file. */
  private async nextLine(): Promise<Buffer | undefined> {
    for (;;) {
      const nl = this.buffer.indexOf(10);
      if (nl >= 0 || (this.eof && this.buffer.length > 0)) {
        const end = nl >= 0 ? nl : this.buffer.length;
        let text = this.buffer.subarray(0, end);
        this.buffer = this.buffer.subarray(nl >= 0 ? nl + 1 : end);
        this.bufferAt += nl >= 0 ? end + 1 : end;
        if (text.length > 0 && text[text.length - 1] === 13) text = text.subarray(0, text.length - 1);
        return text;
      }
      if (this.eof) return undefined;
      this.handle ??= await open(this.path(this.files[this.index]!), 'r');
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await this.handle.read(chunk, 0, CHUNK, this.bufferAt + this.buffer.length);
      if (bytesRead === 0) this.eof = true;
      else this.buffer = this.buffer.length === 0 ? chunk.subarray(0, bytesRead) : Buffer.concat([this.buffer, chunk.subarray(0, bytesRead)]);
    }
  }

  private async nextFile(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    this.index++;
    this.buffer = Buffer.alloc(0);
    this.bufferAt = 0;
    this.offset = 0;
    this.line = 0;
    this.eof = false;
  }

  async poll(max: number): Promise<readonly SourceRecord[] | undefined> {
    const out: SourceRecord[] = [];
    while (out.length < max) {
      if (this.index >= this.files.length) return out.length > 0 ? out : undefined;
      const bytes = await this.nextLine();
      if (bytes === undefined) {
        await this.nextFile();
        continue;
      }
      this.line++;
      this.offset = this.bufferAt;
      if (bytes.length === 0) continue;
      let row: Row | undefined;
      try {
        row = this.decoder.decode(bytes);
      } catch (e) {
        const file = this.path(this.files[this.index]!);
        throw new WeirError('RECORD_CORRUPT', `Table '${this.ctx.table}' (connector 'filesystem'): file '${file}', line ${this.line}: ${e instanceof Error ? e.message : String(e)}`, {
          where: `${file}:${this.line}`, cause: e, hint: e instanceof WeirError ? e.hint : undefined,
        });
      }
      if (row === undefined) this.ctx.skipped(1);
      else out.push({ partition: this.index, kind: '+I', row });
    }
    return out;
  }

  position(): Position {
    if (this.index >= this.files.length) return { file: '', offset: 0, line: 0, done: true };
    return { file: this.files[this.index]!, offset: this.offset, line: this.line, done: false };
  }

  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
  }
}

async function createSource(ctx: ConnectorContext): Promise<SourceReader> {
  if (ctx.metadata.length > 0) {
    throw new WeirError('NOT_IMPLEMENTED', `Table '${ctx.table}' (connector 'filesystem'): metadata columns are not supported by the embedded filesystem source`, { hint: 'remove the METADATA columns' });
  }
  const root = ctx.options.get('path')!;
  let info;
  try {
    info = await stat(root);
  } catch (e) {
    throw new WeirError('CONFIG_INVALID', `Table '${ctx.table}' (connector 'filesystem'): path '${root}' cannot be read: ${(e as Error).message}`, { cause: e });
  }
  const files = info.isDirectory() ? await listFiles(root) : [''];
  const { name, options } = formatOptions(ctx.options, 'format');
  const decoder = formatFor(name).deserializer({ options, fields: ctx.fields });
  return new FileReader(ctx, root, files, decoder);
}

export const filesystem: Connector = {
  name: 'filesystem',
  sinkAcceptsUpdates: false,
  createSource,
  createSink: fileSink,
};
