// The running DAG of one job attempt: a task per plan node (shared nodes once), each with its
// operator, consumers, input watermarks and counters. Changes are pushed depth-first from a source
// through every consumer in one synchronous pass; watermarks and idleness follow the same edges.
// A task with several inputs takes the min watermark over its non-idle inputs (Flink's
// StatusWatermarkValve); a task is idle when all its inputs are.
import type { PhysicalNode } from '../../sql/plan/physical.ts';
import type { Change } from '../../sql/types/values.ts';
import { NO_WATERMARK, type Operator } from './operator.ts';

interface Edge {
  readonly task: Task;
  readonly input: number;
}

export class Task {
  readonly node: PhysicalNode;
  /** undefined for scans: the source pushes into the task, which forwards. */
  readonly op: Operator | undefined;
  readonly consumers: Edge[] = [];
  readonly inWm: number[];
  readonly inIdle: boolean[];
  wm = NO_WATERMARK;
  idle = false;
  recordsIn = 0;
  recordsOut = 0;

  constructor(node: PhysicalNode, op: Operator | undefined, inputs: number) {
    this.node = node;
    this.op = op;
    this.inWm = new Array<number>(Math.max(1, inputs)).fill(NO_WATERMARK);
    this.inIdle = new Array<boolean>(Math.max(1, inputs)).fill(false);
  }
}

/** Pushes a batch into `task` from input `input` and on through the DAG. */
export function push(task: Task, changes: readonly Change[], input: number): void {
  task.recordsIn += changes.length;
  if (task.op === undefined) return emit(task, changes);
  const out: Change[] = [];
  task.op.process(changes, input, out);
  if (out.length > 0) emit(task, out);
}

/** Hands `out`, produced by `task`, to its consumers. */
export function emit(task: Task, out: readonly Change[]): void {
  task.recordsOut += out.length;
  for (const c of task.consumers) push(c.task, out, c.input);
}

function combined(task: Task): number | undefined {
  let min = Infinity;
  let active = 0;
  for (let i = 0; i < task.inWm.length; i++) {
    if (task.inIdle[i]) continue;
    active++;
    if (task.inWm[i]! < min) min = task.inWm[i]!;
  }
  return active === 0 ? undefined : min;
}

function update(task: Task): void {
  const wm = combined(task);
  if (wm !== undefined && wm > task.wm) {
    task.wm = wm;
    if (task.op?.onWatermark !== undefined) {
      const out: Change[] = [];
      task.op.onWatermark(wm, out);
      if (out.length > 0) emit(task, out);
    }
    for (const c of task.consumers) advanceWatermark(c.task, c.input, wm);
  }
  const idle = task.inIdle.every((x) => x);
  if (idle !== task.idle) {
    task.idle = idle;
    for (const c of task.consumers) setIdle(c.task, c.input, idle);
  }
}

/** Input `input` of `task` reached watermark `wm`. */
export function advanceWatermark(task: Task, input: number, wm: number): void {
  if (wm <= task.inWm[input]! && !task.inIdle[input]) return;
  if (wm > task.inWm[input]!) task.inWm[input] = wm;
  task.inIdle[input] = false;
  update(task);
}

/** Input `input` of `task` became idle (or active again). */
export function setIdle(task: Task, input: number, idle: boolean): void {
  if (task.inIdle[input] === idle) return;
  task.inIdle[input] = idle;
  update(task);
}

/** Every node reachable from the sinks, inputs before the nodes that read them, each once. */
export function topoOrder(sinks: readonly PhysicalNode[], inputsOf: (n: PhysicalNode) => readonly PhysicalNode[]): PhysicalNode[] {
  const seen = new Map<number, PhysicalNode>();
  const order: PhysicalNode[] = [];
  const visit = (n: PhysicalNode): void => {
    const prior = seen.get(n.id);
    if (prior !== undefined) return;
    seen.set(n.id, n);
    for (const i of inputsOf(n)) visit(i);
    order.push(n);
  };
  for (const s of sinks) visit(s);
  return order;
}
