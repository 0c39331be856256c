// Operators for plan nodes: one builder per node kind, typed so that a new kind does not compile
// until it is handled here (STYLE example 7). Scans, sinks and collects need connectors and are
// opened by the attempt (attempt.ts); they appear here only to keep the table complete.
import type { PhysicalKind, PhysicalNode } from '../../sql/plan/physical.ts';
import { WeirError } from '../../util/errors.ts';
import { CalcOperator } from '../operators/calc.ts';
import { UnionOperator } from '../operators/union.ts';
import { GroupAggregateOperator } from '../operators/group-aggregate.ts';
import { WindowAggregateOperator } from '../operators/window-aggregate.ts';
import { SessionWindowOperator } from '../operators/window-session.ts';
import { WindowTvfOperator } from '../operators/window-tvf.ts';
import { ChangelogNormalizeOperator } from '../operators/changelog-normalize.ts';
import { JoinOperator } from '../operators/join.ts';
import { IntervalJoinOperator } from '../operators/interval-join.ts';
import type { Operator, OperatorContext } from './operator.ts';

type Builder<K extends PhysicalKind> = (node: Extract<PhysicalNode, { kind: K }>, ctx: OperatorContext) => Operator;

const notHere = (node: PhysicalNode): never => {
  throw new WeirError('INTERNAL', `${node.kind} #${node.id} is opened with its connector, not built as an operator`);
};

const BUILDERS: { readonly [K in PhysicalKind]: Builder<K> } = {
  scan: notHere,
  sink: notHere,
  collect: notHere,
  calc: (n, ctx) => new CalcOperator(n, ctx),
  union: () => new UnionOperator(),
  groupAggregate: (n, ctx) => new GroupAggregateOperator(n, ctx),
  windowAggregate: (n, ctx) => (n.window.kind === 'session' ? new SessionWindowOperator(n, ctx) : new WindowAggregateOperator(n, ctx)),
  windowTvf: (n, ctx) => {
    if (n.window.kind === 'session') throw new WeirError('NOT_IMPLEMENTED', 'A SESSION window TVF runs only under a window aggregation', { where: ctx.where });
    return new WindowTvfOperator(n, ctx);
  },
  join: (n, ctx) => new JoinOperator(n, ctx),
  intervalJoin: (n, ctx) => new IntervalJoinOperator(n, ctx),
  changelogNormalize: (n, ctx) => new ChangelogNormalizeOperator(n, ctx),
};

export function buildOperator(node: PhysicalNode, ctx: OperatorContext): Operator {
  return (BUILDERS[node.kind] as Builder<PhysicalKind>)(node as never, ctx);
}
