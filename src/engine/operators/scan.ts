// scan: reads a connector's SourceReader in batches, computes the table's row (computed columns
// via `projection`) and assigns watermarks per partition (time/partition-watermarks.ts). The
// runtime calls `poll` and routes the changes; `watermark` says whether event time advanced.
import type { Scan } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { compileRex } from '../../sql/functions/index.ts';
import type { EvalContext, Evaluator } from '../../sql/functions/types.ts';
import { WeirError } from '../../util/errors.ts';
import type { SourceReader } from '../connectors/types.ts';
import { END_WATERMARK } from '../runtime/operator.ts';
import { PartitionWatermarks, type SourceWatermark } from '../time/partition-watermarks.ts';
import { identityProjection } from './project.ts';

export class ScanSource {
  readonly node: Scan;
  private readonly reader: SourceReader;
  private readonly project: Evaluator[] | undefined;
  private readonly watermarkExpr: Evaluator | undefined;
  private readonly watermarks: PartitionWatermarks;
  private readonly clock: EvalContext;
  private finished = false;

  constructor(node: Scan, reader: SourceReader, ctx: EvalContext, idleTimeout: number) {
    this.node = node;
    this.reader = reader;
    this.clock = ctx;
    this.project = identityProjection(node.projection, node.sourceFields.length) ? undefined : node.projection.map((r) => compileRex(r, ctx));
    this.watermarkExpr = node.watermark === undefined ? undefined : compileRex(node.watermark.expr, ctx);
    this.watermarks = new PartitionWatermarks(idleTimeout, ctx.now());
  }

  get done(): boolean {
    return this.finished;
  }

  get watermark(): number {
    return this.finished ? END_WATERMARK : this.watermarks.watermark;
  }

  /** Up to `max` changes; [] when nothing is there now; undefined once a bounded input ended. */
  async poll(max: number): Promise<Change[] | undefined> {
    if (this.finished) return undefined;
    const records = await this.reader.poll(max);
    if (records === undefined) {
      this.finished = true;
      return undefined;
    }
    const out = new Array<Change>(records.length);
    const project = this.project;
    const wmExpr = this.watermarkExpr;
    const now = records.length > 0 ? this.clock.now() : 0;
    let lastPartition = -1;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      let row = r.row;
      if (project !== undefined) {
        row = new Array<unknown>(project.length);
        for (let j = 0; j < project.length; j++) row[j] = project[j]!(r.row);
      }
      if (r.partition !== lastPartition) {
        this.watermarks.active(r.partition, now);
        lastPartition = r.partition;
      }
      if (wmExpr !== undefined) {
        const w = wmExpr(row);
        if (typeof w === 'number') this.watermarks.observe(r.partition, w);
        else if (w !== null) throw new WeirError('INTERNAL', `Watermark expression of table ${this.node.table} gave a ${typeof w}, not a timestamp`, { where: `scan #${this.node.id} ${this.node.table}` });
      }
      out[i] = row === r.row ? r : { kind: r.kind, row };
    }
    return out;
  }

  /** Event-time progress at processing time `now` (no watermark without WATERMARK FOR). */
  progress(now: number): SourceWatermark {
    if (this.finished) return { advanced: END_WATERMARK, idle: false };
    if (this.watermarkExpr === undefined) return { advanced: undefined, idle: false };
    return this.watermarks.current(this.reader.partitions(), now);
  }

  snapshot(): unknown {
    return { position: this.reader.position(), watermarks: this.watermarks.snapshot() };
  }

  /** Restores watermark progress (the position went to the reader through its context). */
  restore(state: unknown): void {
    this.watermarks.restore((state as { watermarks: unknown }).watermarks);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
