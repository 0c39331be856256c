// The inventory: every topic on the cluster or in the estate (a contract, a pipeline's declared
// source, or a topic its SQL reads or writes), with who owns it, who writes and reads it and what
// breaks if it changes, and the cluster's consumer groups. Flags:
//   no-contract     no topic contract (kind: Topic, or a pipeline output) declares it;
//   no-owner        no contract names an owner team (so every no-contract topic is also no-owner);
//   not-on-cluster  the estate has it (contract or SQL) but the scanned cluster does not;
//   no-schema       it has a contract, and the contract has no value schema.
// Partitions and retention are the cluster's (retention.ms) when the topic exists there, else the
// contract's. An empty estate (what `weir import` scans a foreign cluster with) gives every topic
// no-contract and no-owner, and its groups as readers.
import { topicContracts, type Estate, type TopicContract } from '../spec/model.ts';
import type { ClusterGroup, ClusterTopic } from '../cluster/types.ts';
import { indexLineage, lineageGraph, topicId, walk } from './graph.ts';
import { TOPIC_PATTERN } from './io.ts';
import type { Inventory, InventoryGroup, InventoryTopic, PipelineIO } from './types.ts';

export interface InventoryArgs {
  readonly estate: Estate;
  readonly ios: readonly PipelineIO[];
  readonly cluster: { readonly name: string; readonly topics: readonly ClusterTopic[]; readonly groups: readonly ClusterGroup[] };
  /** When the scan was made (default: now). */
  readonly now?: Date;
}

export function buildInventory(args: InventoryArgs): Inventory {
  const { estate, ios, cluster } = args;
  const onCluster = new Map(cluster.topics.map((t) => [t.name, t]));
  const contracts = new Map<string, TopicContract>();
  for (const c of topicContracts(estate)) if (!contracts.has(c.name)) contracts.set(c.name, c);
  const names = new Set<string>([
    ...onCluster.keys(), ...contracts.keys(), ...estate.pipelines.flatMap((p) => p.sources),
    ...ios.flatMap((io) => [...io.reads.filter((r) => !r.startsWith(TOPIC_PATTERN)), ...io.writes]),
  ]);
  const index = indexLineage(lineageGraph(estate, ios, cluster.groups, [...names]));

  const topics = [...names].sort().map((name): InventoryTopic => {
    const id = topicId(name);
    const c = contracts.get(name);
    const live = onCluster.get(name);
    const retention = live === undefined ? c?.retentionMs : Number(live.configs['retention.ms'] ?? NaN);
    const partitions = live?.partitions ?? c?.partitions;
    const writers = (index.in.get(id) ?? []).map((e) => index.nodes.get(e.from)!).filter((n) => n.kind === 'pipeline').map((n) => n.name);
    const next = (index.out.get(id) ?? []).map((e) => index.nodes.get(e.to)!);
    const readers = [...next.filter((n) => n.kind === 'pipeline').map((n) => n.name), ...next.filter((n) => n.kind === 'group').map((n) => n.id)];
    const flags: string[] = [];
    if (c === undefined || c.owner.team === '') flags.push('no-owner');
    if (c === undefined) flags.push('no-contract');
    if (live === undefined) flags.push('not-on-cluster');
    if (c !== undefined && c.valueSchema === undefined) flags.push('no-schema');
    return {
      name,
      ...(c !== undefined && c.owner.team !== '' ? { owner: c.owner.team } : {}),
      ...(c !== undefined ? { role: c.role } : {}),
      ...(c?.pipeline !== undefined ? { pipeline: c.pipeline } : {}),
      ...(partitions !== undefined ? { partitions } : {}),
      ...(retention !== undefined && Number.isFinite(retention) ? { retentionMs: retention } : {}),
      writers, readers,
      breaksIfChanged: walk(index, id, 'down'),
      flags,
    };
  });
  const groups = [...cluster.groups].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((g): InventoryGroup => ({
    id: g.id, state: g.state, members: g.members, topics: [...g.topics],
    ...(g.lag !== undefined ? { lag: g.lag } : {}),
  }));
  return { cluster: cluster.name, scannedAt: (args.now ?? new Date()).toISOString(), topics, groups };
}
