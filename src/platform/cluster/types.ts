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

export type ClusterAclResource = 'topic' | 'group' | 'cluster' | 'transactional-id' | 'delegation-token' | 'user';
export type ClusterAclOperation =
  | 'all'
  | 'read'
  | 'write'
  | 'create'
  | 'delete'
  | 'alter'
  | 'describe'
  | 'cluster-action'
  | 'describe-configs'
  | 'alter-configs'
  | 'idempotent-write'
  | 'create-tokens'
  | 'describe-tokens'
  | 'two-phase-commit';

/**
 * One Kafka ACL binding (Kafka's AclBinding): who (principal `Type:name`, host, '*' for any) may or
 * may not (permission) do what (operation) to which resources (type, and a name taken literally —
 * '*' is every resource of the type — or as a prefix). A cluster resource is named 'kafka-cluster'.
 * Weir's broker stores and serves ACLs but does not enforce them yet (no authentication).
 */
export interface AclBinding {
  readonly resourceType: ClusterAclResource;
  readonly resourceName: string;
  readonly patternType: 'literal' | 'prefixed';
  readonly principal: string;
  readonly host: string;
  readonly operation: ClusterAclOperation;
  readonly permission: 'allow' | 'deny';
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
  /** Every ACL binding on the cluster (DescribeAcls with a filter that matches all). */
  describeAcls(): Promise<AclBinding[]>;
  /** CreateAcls; a binding that exists already is left as it is. */
  createAcls(bindings: readonly AclBinding[]): Promise<void>;
  /** DeleteAcls of exactly these bindings (each as a filter naming every field); absent ones are no error. */
  deleteAcls(bindings: readonly AclBinding[]): Promise<void>;
  close(): Promise<void>;
}
