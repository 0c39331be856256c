// What `weir import` reads from an existing cluster — Weir's broker or any other Kafka, through the
// Cluster contract: every topic (partitions, configs, overrides) and every consumer group (state,
// members, the topics it reads, its lag). lineage's buildInventory turns this into the inventory.
import type { Cluster, ClusterGroup, ClusterTopic } from './types.ts';

export interface ClusterScan {
  /** The cluster's bootstrap list. */
  readonly name: string;
  readonly topics: ClusterTopic[];
  readonly groups: ClusterGroup[];
}

export async function scanCluster(cluster: Cluster): Promise<ClusterScan> {
  const [topics, groups] = await Promise.all([cluster.describeTopics(), cluster.listGroups()]);
  return { name: cluster.name, topics, groups };
}
