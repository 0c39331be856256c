// EXPLAIN text: the logical plan as the query means it and the physical plan the runtime runs,
// one node per line, children indented under `+- `, in the spirit of Flink's EXPLAIN output.
import type { LogicalNode, LogicalSink } from './logical.ts';
import type { AggCall, Field, PhysicalNode, Sink, Collect, WindowSpec } from './physical.ts';
import { inputsOf } from './physical.ts';
import { rexText } from './rex-util.ts';
import type { Rex } from './rex.ts';

function tree<N>(root: N, line: (n: N) => string, kids: (n: N) => readonly N[]): string {
  const out: string[] = [];
  const visit = (n: N, prefix: string, last: boolean, top: boolean): void => {
    out.push(top ? line(n) : `${prefix}${last ? '+- ' : ':- '}${line(n)}`);
    const ks = kids(n);
    ks.forEach((k, i) => visit(k, top ? '' : prefix + (last ? '   ' : ':  '), i === ks.length - 1, false));
  };
  visit(root, '', true, true);
  return out.join('\n');
}

const names = (fs: readonly Field[]): string[] => fs.map((f) => f.name);
const exprs = (rs: readonly Rex[], out: readonly Field[], input: readonly string[]): string =>
  rs.map((r, i) => `${out[i]?.name ?? `$${i}`}=[${rexText(r, input)}]`).join(', ');

function window(w: WindowSpec, input: readonly string[]): string {
  const t = input[w.time] ?? `$${w.time}`;
  switch (w.kind) {
    case 'tumble': return `TUMBLE(time_col=[${t}], size=[${w.size} ms]${w.offset ? `, offset=[${w.offset} ms]` : ''})`;
    case 'hop': return `HOP(time_col=[${t}], size=[${w.size} ms], slide=[${w.slide} ms])`;
    case 'cumulate': return `CUMULATE(time_col=[${t}], max_size=[${w.size} ms], step=[${w.step} ms])`;
    case 'session': return `SESSION(time_col=[${t}], gap=[${w.gap} ms])`;
  }
}

function aggs(as: readonly AggCall[], input: readonly string[]): string {
  return as.map((a) => `${a.fn}(${a.distinct ? 'DISTINCT ' : ''}${a.args.map((i) => input[i] ?? `$${i}`).join(', ') || (a.fn === 'COUNT' ? '*' : '')})${a.filter !== undefined ? ` FILTER ${input[a.filter]}` : ''} AS ${a.name}`).join(', ');
}

function keys(ks: readonly number[], input: readonly string[]): string {
  return ks.map((k) => input[k] ?? `$${k}`).join(', ');
}

function logicalLine(n: LogicalNode): string {
  switch (n.kind) {
    case 'scan': return `LogicalTableScan(table=[[default_catalog, default_database, ${n.name}]], fields=[${names(n.fields).join(', ')}])`;
    case 'project': return `LogicalProject(${exprs(n.exprs, n.fields, names(n.input.fields))})`;
    case 'filter': return `LogicalFilter(condition=[${rexText(n.condition, names(n.input.fields))}])`;
    case 'aggregate': {
      const input = names(n.input.fields);
      return `LogicalAggregate(${n.window !== undefined ? `window=[${window(n.window.spec, names(n.input.fields))}], ` : ''}group=[{${keys(n.keys, input)}}], aggs=[${aggs(n.aggs, input)}])`;
    }
    case 'windowTvf': return `LogicalWindowTableFunction(${window(n.window, names(n.input.fields))})`;
    case 'join': return `LogicalJoin(condition=[${rexText(n.condition, [...names(n.left.fields), ...names(n.right.fields)])}], joinType=[${n.joinType}])`;
    case 'union': return 'LogicalUnion(all=[true])';
  }
}

function logicalKids(n: LogicalNode): readonly LogicalNode[] {
  switch (n.kind) {
    case 'scan': return [];
    case 'join': return [n.left, n.right];
    case 'union': return n.inputs;
    default: return [n.input];
  }
}

function physicalLine(n: PhysicalNode): string {
  const input = n.kind === 'scan' || n.kind === 'union' || n.kind === 'join' || n.kind === 'intervalJoin' ? [] : names(n.input.fields);
  const mode = n.changelog === 'retract' ? ', changelogMode=[I,UB,UA,D]' : '';
  switch (n.kind) {
    case 'scan': return `TableSourceScan(table=[[default_catalog, default_database, ${n.table}]], fields=[${names(n.fields).join(', ')}]${n.watermark !== undefined ? `, watermark=[${rexText(n.watermark.expr, names(n.fields))}]` : ''})`;
    case 'calc': return `Calc(select=[${exprs(n.projection, n.fields, input)}]${n.condition !== undefined ? `, where=[${rexText(n.condition, input)}]` : ''}${mode})`;
    case 'groupAggregate': return `GroupAggregate(groupBy=[${keys(n.keys, input)}], select=[${aggs(n.aggs, input)}]${mode})`;
    case 'windowAggregate': return `WindowAggregate(groupBy=[${keys(n.keys, input)}], window=[${window(n.window, input)}], select=[${aggs(n.aggs, input)}])`;
    case 'windowTvf': return `WindowTableFunction(window=[${window(n.window, input)}])`;
    case 'join': case 'intervalJoin': {
      const both = [...names(n.left.fields), ...names(n.right.fields)];
      const eq = n.leftKeys.map((l, i) => `=(${both[l]}, ${both[n.rightKeys[i]! + n.left.fields.length]})`);
      const cond = [...eq, ...(n.condition !== undefined ? [rexText(n.condition, both)] : [])].join(' AND ') || 'true';
      const bounds = n.kind === 'intervalJoin' ? `, windowBounds=[leftTime=${both[n.leftTime]}, rightTime=${both[n.rightTime + n.left.fields.length]}, rightTime - leftTime in [${n.lower}, ${n.upper}] ms]` : '';
      return `${n.kind === 'join' ? 'Join' : 'IntervalJoin'}(joinType=[${n.joinType}], where=[${cond}]${bounds}${mode})`;
    }
    case 'union': return `Union(all=[true]${mode})`;
    case 'changelogNormalize': return `ChangelogNormalize(key=[${keys(n.keys, input)}]${mode})`;
    case 'sink': return `Sink(table=[default_catalog.default_database.${n.table}], fields=[${names(n.fields).join(', ')}])`;
    case 'collect': return `Collect(fields=[${names(n.fields).join(', ')}])`;
  }
}

export function explainLogical(sinks: readonly LogicalSink[]): string {
  return sinks.map((s) => {
    const head = s.kind === 'sink' ? `LogicalSink(table=[default_catalog.default_database.${s.name}], fields=[${names(s.fields).join(', ')}])` : null;
    const body = tree(s.input, logicalLine, logicalKids);
    return head === null ? body : `${head}\n${body.split('\n').map((l, i) => (i === 0 ? `+- ${l}` : `   ${l}`)).join('\n')}`;
  }).join('\n\n');
}

export function explainPhysical(sinks: readonly (Sink | Collect)[]): string {
  return sinks.map((s) => tree<PhysicalNode>(s, physicalLine, inputsOf)).join('\n\n');
}
