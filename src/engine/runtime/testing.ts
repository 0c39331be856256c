// Test support for engine tests: an in-memory connector whose source replays given records in
// small batches (with positions, so restores resume exactly) and whose sink records what it got,
// plus helpers to build plans. Used only by *.test.ts files.
import type { Field, JobPlan, PhysicalNode, Scan } from '../../sql/plan/physical.ts';
import { inputRef, type Rex } from '../../sql/plan/rex.ts';
import type { Change, Row, RowKind } from '../../sql/types/values.ts';
import type { LogicalType } from '../../sql/types/types.ts';
import { openFsObjectStore } from '../../storage/object-store/fs.ts';
import type { ObjectStore } from '../../storage/object-store/types.ts';
import type { Connector, SourceRecord } from '../connectors/types.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startJob, type Job, type JobOptions } from '../index.ts';
import type { Operator, OperatorContext } from './operator.ts';

export interface MemoryTable {
  /** Records in order; `wait` entries make the source return [] once (time passes). */
  readonly records: readonly (SourceRecord | 'wait')[];
  /** Records per poll at most. */
  readonly batch?: number;
  /** Partitions reported (default: those in the records, or [0]). */
  readonly partitions?: readonly number[];
  /** Bounded (default) or never-ending after the records. */
  readonly unbounded?: boolean;
}

/** A connector 'memory' reading tables by the 'table' option from `tables`; sinks append to `written`. */
export function memoryConnector(tables: Record<string, MemoryTable>, written: Change[] = []): Connector {
  return {
    name: 'memory',
    sinkAcceptsUpdates: true,
    async createSource(ctx) {
      const t = tables[ctx.options.get('table') ?? ctx.table];
      if (t === undefined) throw new Error(`no memory table ${ctx.table}`);
      let pos = (ctx.restored as number | undefined) ?? 0;
      const parts = t.partitions ?? [...new Set(t.records.flatMap((r) => (r === 'wait' ? [] : [r.partition])))];
      return {
        partitions: () => (parts.length === 0 ? [0] : parts),
        async poll(max) {
          if (pos >= t.records.length) return t.unbounded ? [] : undefined;
          if (t.records[pos] === 'wait') {
            pos++;
            return [];
          }
          const out: SourceRecord[] = [];
          while (pos < t.records.length && out.length < Math.min(max, t.batch ?? 3) && t.records[pos] !== 'wait') out.push(t.records[pos++] as SourceRecord);
          return out;
        },
        position: () => pos,
        async close() {},
      };
    },
    async createSink() {
      return {
        async write(changes) {
          written.push(...changes);
        },
        async checkpoint() {
          return undefined;
        },
        async close() {},
      };
    },
  };
}

export const ins = (row: Row, partition = 0): SourceRecord => ({ partition, kind: '+I', row });
export const rec = (kind: RowKind, row: Row, partition = 0): SourceRecord => ({ partition, kind, row });

export const fields = (...specs: [string, LogicalType][]): Field[] => specs.map(([name, type]) => ({ name, type }));

/** A scan of memory table `table` with columns `f`, optionally a watermark `expr`. */
export function memoryScan(id: number, table: string, f: readonly Field[], watermark?: { time: number; expr: Rex }): Scan {
  return {
    kind: 'scan', id, fields: f, changelog: 'insert-only', table, connector: 'memory', options: { table },
    sourceFields: f, metadata: [], projection: f.map((x, i) => inputRef(i, x.type)),
    ...(watermark === undefined ? {} : { watermark }),
  };
}

export async function tempStore(): Promise<ObjectStore> {
  return openFsObjectStore(await mkdtemp(join(tmpdir(), 'weir-engine-')));
}

/** Runs a collect plan over `input` to the end; returns the changes collected, as text, and the job. */
export async function runJob(input: PhysicalNode, tables: Record<string, MemoryTable>, settings: Record<string, string> = {}, extra: Partial<JobOptions> = {}): Promise<{ out: string[]; job: Job }> {
  const out: string[] = [];
  const plan: JobPlan = { name: 'test', settings, sinks: [{ kind: 'collect', id: 999, fields: input.fields, changelog: input.changelog, input }] };
  const job = startJob(plan, {
    services: {},
    store: extra.store ?? (await tempStore()),
    connectorFor: () => memoryConnector(tables),
    onCollect: (changes) => out.push(...changes.map(show)),
    ...extra,
  });
  await job.done;
  return { out, job };
}

export async function runCollect(...args: Parameters<typeof runJob>): Promise<string[]> {
  return (await runJob(...args)).out;
}

/** A change as text: `+I[1, a, null]`; bigints with an n. */
export function show(c: Change): string {
  return `${c.kind}[${c.row.map((v) => (v === null ? 'null' : typeof v === 'bigint' ? `${v}n` : String(v))).join(', ')}]`;
}

/** An operator context for unit tests; `clock.t` is the processing time. */
export function opContext(stateTtl = 0, clock = { t: 0 }): OperatorContext {
  return { eval: { timeZone: 'UTC', now: () => clock.t }, stateTtl, where: 'test' };
}

/** Feeds `changes` into input `input` of `op` and returns the output as text. */
export function feed(op: Operator, changes: readonly (readonly [RowKind, Row])[], input = 0): string[] {
  const out: Change[] = [];
  op.process(changes.map(([kind, row]) => ({ kind, row })), input, out);
  return out.map(show);
}

/** Advances `op`'s watermark and returns what it emits. */
export function watermark(op: Operator, wm: number): string[] {
  const out: Change[] = [];
  op.onWatermark?.(wm, out);
  return out.map(show);
}
