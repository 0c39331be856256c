// The lineage graph: topics, pipelines, non-Kafka sinks and consumer groups, with edges in the
// direction data flows — topic → pipeline (its SQL reads it), pipeline → topic (writes it),
// pipeline → sink, topic → group (the group consumes it). Owners: a topic's from its contract, a
// pipeline's its owner team, a sink's from the pipeline's sink contract that names it. Pure: the
// caller gathers the estate, each pipeline's PipelineIO and the cluster's groups.
import { topicContracts, type Estate, type Pipeline, type SinkContract } from '../spec/model.ts';
import type { ClusterGroup } from '../cluster/types.ts';
import { TOPIC_PATTERN } from './io.ts';
import type { LineageEdge, LineageGraph, LineageNode, LineageView, PipelineIO } from './types.ts';

export const topicId = (name: string): string => `topic:${name}`;
export const pipelineId = (name: string): string => `pipeline:${name}`;
export const groupId = (id: string): string => `group:${id}`;

export function buildLineage(estate: Estate, ios: readonly PipelineIO[], groups: readonly ClusterGroup[]): LineageGraph {
  return lineageGraph(estate, ios, groups, []);
}

/** buildLineage, with more topics known to exist (the cluster's) for `topic-pattern` reads to match. */
export function lineageGraph(estate: Estate, ios: readonly PipelineIO[], groups: readonly ClusterGroup[], clusterTopics: readonly string[]): LineageGraph {
  const nodes = new Map<string, LineageNode>();
  const edges = new Map<string, LineageEdge>();
  const owners = new Map<string, string>();
  for (const c of topicContracts(estate)) if (!owners.has(c.name) && c.owner.team !== '') owners.set(c.name, c.owner.team);
  const topic = (name: string): string => {
    const id = topicId(name);
    if (!nodes.has(id)) {
      const owner = owners.get(name);
      nodes.set(id, { id, kind: 'topic', name, ...(owner !== undefined ? { owner } : {}) });
    }
    return id;
  };
  const edge = (from: string, to: string): void => {
    edges.set(`${from}\n${to}`, { from, to });
  };

  const pipelines = new Map(estate.pipelines.map((p) => [p.name, p]));
  for (const p of estate.pipelines) nodes.set(pipelineId(p.name), { id: pipelineId(p.name), kind: 'pipeline', name: p.name, owner: p.owner.team });
  for (const name of owners.keys()) topic(name);
  for (const io of ios) {
    const id = pipelineId(io.pipeline);
    if (!nodes.has(id)) nodes.set(id, { id, kind: 'pipeline', name: io.pipeline });
    for (const t of io.reads) if (!t.startsWith(TOPIC_PATTERN)) edge(topic(t), id);
    for (const t of io.writes) edge(id, topic(t));
  }
  for (const g of groups) for (const t of g.topics) topic(t);
  for (const t of clusterTopics) topic(t);

  // Patterns match every topic known by now, as Flink matches them: the whole name.
  const known = [...nodes.values()].filter((n) => n.kind === 'topic').map((n) => n.name);
  for (const io of ios) {
    for (const r of io.reads) {
      if (!r.startsWith(TOPIC_PATTERN)) continue;
      const re = regex(r.slice(TOPIC_PATTERN.length));
      for (const t of known) if (re?.test(t) === true) edge(topicId(t), pipelineId(io.pipeline));
    }
  }
  for (const io of ios) {
    const p = pipelines.get(io.pipeline);
    for (const s of io.sinks) {
      const id = `sink:${s}`;
      if (!nodes.has(id)) {
        const owner = p === undefined ? undefined : sinkContract(p, s, io.sinks)?.owner;
        nodes.set(id, { id, kind: 'sink', name: s, ...(owner !== undefined ? { owner } : {}) });
      }
      edge(pipelineId(io.pipeline), id);
    }
  }
  for (const g of groups) {
    const id = groupId(g.id);
    nodes.set(id, { id, kind: 'group', name: g.id });
    for (const t of g.topics) edge(topicId(t), id);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...nodes.values()].sort((a, b) => cmp(a.id, b.id)),
    edges: [...edges.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to)),
  };
}

/** A pipeline's sink contract for SQL sink 'connector:identifier': the one named like it (the
 * identifier or the whole string), else the only contract of that connector when the SQL writes one
 * sink of that connector. */
function sinkContract(p: Pipeline, sink: string, all: readonly string[]): SinkContract | undefined {
  const i = sink.indexOf(':');
  const connector = sink.slice(0, i);
  const named = p.sinks.find((c) => c.name === sink || c.name === sink.slice(i + 1));
  if (named !== undefined) return named;
  const same = p.sinks.filter((c) => c.connector === connector);
  return same.length === 1 && all.filter((s) => s.startsWith(`${connector}:`)).length === 1 ? same[0] : undefined;
}

function regex(source: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    return undefined;
  }
}

/** The graph with its edges indexed both ways, for walks. */
export interface LineageIndex {
  readonly nodes: ReadonlyMap<string, LineageNode>;
  readonly out: ReadonlyMap<string, readonly LineageEdge[]>;
  readonly in: ReadonlyMap<string, readonly LineageEdge[]>;
}

export function indexLineage(graph: LineageGraph): LineageIndex {
  const out = new Map<string, LineageEdge[]>();
  const inn = new Map<string, LineageEdge[]>();
  for (const e of graph.edges) {
    let o = out.get(e.from);
    if (o === undefined) out.set(e.from, (o = []));
    o.push(e);
    let i = inn.get(e.to);
    if (i === undefined) inn.set(e.to, (i = []));
    i.push(e);
  }
  return { nodes: new Map(graph.nodes.map((n) => [n.id, n])), out, in: inn };
}

/** Every node reachable from `id` along edges (downstream) or against them (upstream), `id`
 * itself excluded even on a cycle, in breadth-first order; `edges` receives the edges walked. */
export function walk(index: LineageIndex, id: string, direction: 'up' | 'down', edges?: Set<LineageEdge>): string[] {
  const seen = new Set([id]);
  const order: string[] = [];
  const queue = [id];
  for (let k = 0; k < queue.length; k++) {
    const at = queue[k]!;
    for (const e of (direction === 'down' ? index.out : index.in).get(at) ?? []) {
      edges?.add(e);
      const next = direction === 'down' ? e.to : e.from;
      if (seen.has(next)) continue;
      seen.add(next);
      order.push(next);
      queue.push(next);
    }
  }
  return order;
}

/** A node's lineage. `name` is a node id ('topic:orders', 'pipeline:enrich', 'sink:…', 'group:…')
 * or a bare name, tried as a topic, then a pipeline, then a group. */
export function lineageOf(graph: LineageGraph, name: string): LineageView | undefined {
  const index = indexLineage(graph);
  const node = [name, topicId(name), pipelineId(name), groupId(name)].map((id) => index.nodes.get(id)).find((n) => n !== undefined);
  if (node === undefined) return undefined;
  const edges = new Set<LineageEdge>();
  const nodes = (ids: string[]): LineageNode[] => ids.map((id) => index.nodes.get(id)!);
  return {
    node,
    upstream: nodes(walk(index, node.id, 'up', edges)),
    downstream: nodes(walk(index, node.id, 'down', edges)),
    edges: graph.edges.filter((e) => edges.has(e)),
  };
}
