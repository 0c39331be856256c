// One run of a job, from a fresh start or a restored checkpoint, until its inputs end, it is
// stopped or cancelled, or something throws (the job then decides about a restart). The loop:
// poll every source for a batch and push it through the DAG synchronously, hand event-time and
// processing-time progress to the operators, flush the sinks, and take a checkpoint between
// batches when one is due — so a checkpoint is one consistent cut of source positions, operator
// state and sink state without any barrier alignment (parallelism 1).
import { inputsOf, type JobPlan, type PhysicalNode, type Scan, type Sink } from '../../sql/plan/physical.ts';
import type { EvalContext } from '../../sql/functions/types.ts';
import type { Change } from '../../sql/types/values.ts';
import type { Logger } from '../../util/log.ts';
import { WeirError } from '../../util/errors.ts';
import type { Connector, ConnectorContext, EngineServices } from '../connectors/types.ts';
import type { CheckpointStore } from '../checkpoint/store.ts';
import { ScanSource } from '../operators/scan.ts';
import { SinkOperator } from '../operators/sink.ts';
import { CollectOperator, type CollectCallback } from '../operators/collect.ts';
import { buildOperator } from './build.ts';
import { advanceWatermark, emit, push, setIdle, Task, topoOrder } from './graph.ts';
import { END_WATERMARK, type Operator, type Terminal } from './operator.ts';
import type { JobSettings } from './settings.ts';
import { CheckpointStats } from './metrics.ts';

/** Records asked of a source per poll. */
const BATCH_SIZE = 2048;
/** Wait when no source had records, before polling again (ms). */
const IDLE_WAIT = 2;
/** How often idle state entries are expired (ms). */
const TTL_SWEEP = 1000;

export interface AttemptOptions {
  readonly plan: JobPlan;
  readonly settings: JobSettings;
  readonly services: EngineServices;
  readonly connectorFor: (name: string) => Connector;
  readonly onCollect: CollectCallback;
  readonly checkpoints: CheckpointStore;
  readonly restored: { readonly id: number; readonly data: unknown } | undefined;
  readonly nextCheckpointId: number;
  readonly stats: CheckpointStats;
  readonly log: Logger;
  /** Called after each round with the source records this attempt has read (the failure test hook). */
  readonly onProgress?: (records: number) => void;
}

/** What a checkpoint holds. Arrays of [node id, …] rather than objects keyed by number. */
interface CheckpointData {
  readonly version: 1;
  readonly shape: string;
  readonly sources: [number, unknown][];
  readonly operators: [number, { tables: [string, [string, unknown][]][]; extra: unknown }][];
  readonly tasks: [number, { inWm: number[]; inIdle: boolean[]; wm: number; idle: boolean }][];
  readonly sinks: [number, unknown][];
}

type AttemptEnd = 'finished' | 'stopped' | 'cancelled';

export interface AttemptControl {
  stop: boolean;
  cancel: boolean;
}

const shapeOf = (nodes: readonly PhysicalNode[]): string => nodes.map((n) => `${n.id}:${n.kind}`).join(',');

export class Attempt {
  readonly tasks: Task[];
  readonly sources: { task: Task; scan: ScanSource }[];
  readonly terminals: { task: Task; op: Terminal }[];
  private readonly o: AttemptOptions;
  private readonly timed: Task[];
  private nextId: number;
  private records = 0;
  /** Records the sources' formats skipped as undecodable. */
  readonly skipped: { count: number };

  private constructor(o: AttemptOptions, tasks: Task[], sources: { task: Task; scan: ScanSource }[], terminals: { task: Task; op: Terminal }[], skipped: { count: number }) {
    this.o = o;
    this.skipped = skipped;
    this.tasks = tasks;
    this.sources = sources;
    this.terminals = terminals;
    this.timed = tasks.filter((t) => t.op?.onTime !== undefined);
    this.nextId = o.nextCheckpointId;
  }

  static async open(o: AttemptOptions): Promise<Attempt> {
    const evalCtx: EvalContext = { timeZone: o.settings.timeZone, now: Date.now };
    const nodes = topoOrder(o.plan.sinks, inputsOf);
    const data = o.restored?.data as CheckpointData | undefined;
    if (data !== undefined && data.shape !== shapeOf(nodes)) {
      throw new WeirError('CONFIG_INVALID', `Checkpoint ${o.restored!.id} of job ${o.checkpoints.jobId} was taken from a different query plan`, {
        where: `job ${o.checkpoints.jobId}`,
        hint: 'Start the changed query under a new job id, or delete the old checkpoints',
      });
    }
    const sourceState = new Map(data?.sources ?? []);
    const sinkState = new Map(data?.sinks ?? []);
    const tasks = new Map<number, Task>();
    const sources: { task: Task; scan: ScanSource }[] = [];
    const terminals: { task: Task; op: Terminal }[] = [];
    const opened: { close(): Promise<void> }[] = [];
    const skipped = { count: 0 };
    try {
      for (const node of nodes) {
        const inputs = inputsOf(node);
        let op: Operator | undefined;
        if (node.kind === 'scan') {
          const saved = sourceState.get(node.id) as { position: unknown } | undefined;
          const reader = await openSource(node, o, saved?.position, (n) => {
            skipped.count += n;
          });
          const scan = new ScanSource(node, reader, evalCtx, o.settings.idleTimeout);
          opened.push(scan);
          if (saved !== undefined) scan.restore(saved);
          const task = new Task(node, undefined, 0);
          sources.push({ task, scan });
          tasks.set(node.id, task);
          continue;
        } else if (node.kind === 'sink') {
          const connector = o.connectorFor(node.connector);
          if (connector.createSink === undefined) throw new WeirError('CONFIG_INVALID', `Connector '${node.connector}' cannot be written to`, { where: `table ${node.table}` });
          const writer = await connector.createSink(sinkContext(node, o, sinkState.get(node.id)));
          op = new SinkOperator(node, connector, writer);
          opened.push(op as Terminal);
        } else if (node.kind === 'collect') {
          op = new CollectOperator(o.onCollect, o.settings.checkpointInterval !== undefined);
        } else {
          op = buildOperator(node, { eval: evalCtx, stateTtl: o.settings.stateTtl, where: `${node.kind} #${node.id}` });
        }
        const task = new Task(node, op, inputs.length);
        inputs.forEach((input, i) => tasks.get(input.id)!.consumers.push({ task, input: i }));
        tasks.set(node.id, task);
        if (node.kind === 'sink' || node.kind === 'collect') terminals.push({ task, op: op as Terminal });
      }
    } catch (err) {
      await Promise.allSettled(opened.map((x) => x.close()));
      throw err;
    }
    const attempt = new Attempt(o, [...tasks.values()], sources, terminals, skipped);
    if (data !== undefined) attempt.restoreState(data);
    return attempt;
  }

  private restoreState(data: CheckpointData): void {
    const byId = new Map(this.tasks.map((t) => [t.node.id, t]));
    for (const [id, s] of data.tasks) {
      const t = byId.get(id)!;
      t.inWm.splice(0, t.inWm.length, ...s.inWm);
      t.inIdle.splice(0, t.inIdle.length, ...s.inIdle);
      t.wm = s.wm;
      t.idle = s.idle;
    }
    for (const [id, s] of data.operators) {
      const op = byId.get(id)!.op!;
      const saved = new Map(s.tables);
      for (const table of op.tables()) table.restore(saved.get(table.name) ?? []);
      if (op.restore !== undefined) op.restore(s.extra);
    }
  }

  /** Runs until the inputs end (bounded) or `control` says stop/cancel. */
  async run(control: AttemptControl): Promise<AttemptEnd> {
    const interval = this.o.settings.checkpointInterval;
    let lastCheckpoint = Date.now();
    let lastSweep = Date.now();
    for (;;) {
      if (control.cancel) return 'cancelled';
      if (control.stop) {
        if (interval !== undefined) await this.checkpoint();
        return 'stopped';
      }
      let got = 0;
      let open = 0;
      for (const s of this.sources) {
        if (s.scan.done) continue;
        const changes = await s.scan.poll(BATCH_SIZE);
        if (changes === undefined) {
          advanceWatermark(s.task, 0, END_WATERMARK);
          continue;
        }
        open++;
        if (changes.length > 0) {
          got += changes.length;
          push(s.task, changes, 0);
        }
        const p = s.scan.progress(Date.now());
        if (p.advanced !== undefined) advanceWatermark(s.task, 0, p.advanced);
        setIdle(s.task, 0, p.idle);
      }
      const now = Date.now();
      for (const t of this.timed) {
        const out: Change[] = [];
        t.op!.onTime!(now, out);
        if (out.length > 0) emit(t, out);
      }
      for (const t of this.terminals) await t.op.flush();
      this.records += got;
      this.o.onProgress?.(this.records);
      if (open === 0) {
        if (interval !== undefined) await this.checkpoint();
        else await this.endOfInput();
        return 'finished';
      }
      if (interval !== undefined && now - lastCheckpoint >= interval) {
        await this.checkpoint();
        lastCheckpoint = Date.now();
      }
      if (now - lastSweep >= TTL_SWEEP && this.o.settings.stateTtl > 0) {
        lastSweep = now;
        for (const t of this.tasks) for (const table of t.op?.tables() ?? []) table.expire();
      }
      if (got === 0) await new Promise((r) => setTimeout(r, IDLE_WAIT));
    }
  }

  /** All input was read and no checkpoints are taken: sinks still make their output final (durable,
   * files published), as Flink's sinks do at the end of input. */
  private async endOfInput(): Promise<void> {
    for (const t of this.terminals) await t.op.checkpoint(0);
    for (const t of this.terminals) await t.op.committed(0);
  }

  /** Takes checkpoint: snapshot everything, write and commit it, then tell the sinks. */
  async checkpoint(): Promise<void> {
    const started = Date.now();
    const id = this.nextId++;
    for (const t of this.terminals) await t.op.flush();
    const data: CheckpointData = {
      version: 1,
      shape: shapeOf(this.tasks.map((t) => t.node)),
      sources: this.sources.map((s) => [s.task.node.id, s.scan.snapshot()]),
      operators: this.tasks.filter((t) => t.op !== undefined && this.terminals.every((x) => x.task !== t)).map((t) => [t.node.id, {
        tables: t.op!.tables().map((table) => [table.name, table.snapshot()]),
        extra: t.op!.snapshot?.(),
      }]),
      tasks: this.tasks.map((t) => [t.node.id, { inWm: [...t.inWm], inIdle: [...t.inIdle], wm: t.wm, idle: t.idle }]),
      sinks: [],
    };
    for (const t of this.terminals) data.sinks.push([t.task.node.id, await t.op.checkpoint(id)]);
    const size = await this.o.checkpoints.write(id, data);
    for (const t of this.terminals) await t.op.committed(id);
    this.o.stats.completed(id, Date.now() - started, size);
    this.o.log.debug({ checkpoint: id, bytes: size, ms: Date.now() - started }, 'checkpoint completed');
    try {
      await this.o.checkpoints.prune();
    } catch (err) {
      this.o.log.warn({ err }, 'could not delete old checkpoints');
    }
  }

  async close(): Promise<void> {
    const results = await Promise.allSettled([...this.sources.map((s) => s.scan.close()), ...this.terminals.map((t) => t.op.close())]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed !== undefined) throw (failed as PromiseRejectedResult).reason;
  }
}

function baseContext(table: string, options: Readonly<Record<string, string>>, o: AttemptOptions): Omit<ConnectorContext, 'fields' | 'metadata' | 'skipped'> {
  return { table, options: new Map(Object.entries(options)), timeZone: o.settings.timeZone, services: o.services };
}

async function openSource(node: Scan, o: AttemptOptions, restored: unknown, skipped: (n: number) => void) {
  const connector = o.connectorFor(node.connector);
  if (connector.createSource === undefined) throw new WeirError('CONFIG_INVALID', `Connector '${node.connector}' cannot be read from`, { where: `table ${node.table}` });
  // PRIMARY KEY positions are given in the table's row; the connector wants them in its own row.
  const pk = node.primaryKey?.map((i) => {
    const r = node.projection[i];
    return r?.kind === 'input' ? r.index : -1;
  });
  return connector.createSource({
    ...baseContext(node.table, node.options, o),
    fields: node.sourceFields,
    metadata: node.metadata,
    ...(pk === undefined || pk.includes(-1) ? {} : { primaryKey: pk }),
    ...(restored === undefined ? {} : { restored }),
    skipped,
  });
}

function sinkContext(node: Sink, o: AttemptOptions, restored: unknown): ConnectorContext {
  return {
    ...baseContext(node.table, node.options, o),
    fields: node.fields,
    metadata: [],
    ...(node.primaryKey === undefined ? {} : { primaryKey: node.primaryKey }),
    ...(restored === undefined ? {} : { restored }),
    skipped: () => {},
  };
}
