// The platform's view of a Kafka-compatible cluster — Weir's own broker or any other — through the
// Kafka admin protocol only (kafka.ts implements it with @platformatic/kafka). Errors are WeirErrors
// (code CLUSTER) naming the topic or group and the broker's error.

export interface ClusterTopic {
  readonly name: string;
  readonly partitions: number;
  /** Every config the broker reports, with its value (defaults included). */
  readonly configs: Readonly<Record<string, string>>;
  /** Names of configs whose value was set on the topic (not a default). */
  readonly overrides: readonly string[];
}

export interface ClusterGroup {
  readonly id: string;
  readonly state: string;
  readonly protocolType: string;
  readonly members: number;
  /** Topics it has committed offsets for or is assigned. */
  readonly topics: readonly string[];
  /** Sum over its committed partitions of (high watermark − committed offset). */
  readonly lag?: number;
}

export interface NewTopic {
  readonly name: string;
  readonly partitions: number;
  readonly configs: Readonly<Record<string, string>>;
}

export interface Cluster {
  /** A name for messages and the inventory: the bootstrap list. */
  readonly name: string;
  /** All topics (internal ones such as __consumer_offsets excluded), or just the named ones that exist. */
  describeTopics(names?: readonly string[]): Promise<ClusterTopic[]>;
  /** validateOnly: the broker checks without creating (CreateTopics validate_only). */
  createTopics(topics: readonly NewTopic[], options?: { readonly validateOnly?: boolean }): Promise<void>;
  deleteTopics(names: readonly string[]): Promise<void>;
  createPartitions(name: string, count: number): Promise<void>;
  /** IncrementalAlterConfigs: set these, delete (revert to default) those. */
  alterTopicConfigs(name: string, set: Readonly<Record<string, string>>, remove: readonly string[]): Promise<void>;
  listGroups(): Promise<ClusterGroup[]>;
  close(): Promise<void>;
}
