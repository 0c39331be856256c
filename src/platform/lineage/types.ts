// Lineage and inventory: built from the SQL itself (src/sql's analyzeScript: the tables each
// statement reads and writes, through views), the estate's contracts, and the cluster's consumer
// groups. Node ids are typed strings: 'topic:orders', 'pipeline:order-enrichment',
// 'sink:filesystem:/data/out' (a non-Kafka sink table), 'group:billing-app'.
import type { TopicRole } from '../spec/model.ts';

/** What one pipeline's SQL reads and writes. */
export interface PipelineIO {
  readonly pipeline: string;
  /** Kafka topics read (kafka/upsert-kafka tables' `topic` option, split on ';'). */
  readonly reads: readonly string[];
  /** Kafka topics written. */
  readonly writes: readonly string[];
  /** Non-Kafka sink tables written, as 'connector:identifier' (path, table name…). */
  readonly sinks: readonly string[];
}

export type LineageNodeKind = 'topic' | 'pipeline' | 'sink' | 'group';

export interface LineageNode {
  readonly id: string;
  readonly kind: LineageNodeKind;
  readonly name: string;
  readonly owner?: string;
}

export interface LineageEdge {
  readonly from: string;
  readonly to: string;
}

export interface LineageGraph {
  readonly nodes: readonly LineageNode[];
  readonly edges: readonly LineageEdge[];
}

/** Upstream and downstream of one node, transitively, with the edges between them. */
export interface LineageView {
  readonly node: LineageNode;
  readonly upstream: readonly LineageNode[];
  readonly downstream: readonly LineageNode[];
  readonly edges: readonly LineageEdge[];
}

export interface InventoryTopic {
  readonly name: string;
  /** Owner team from its contract, if it has one. */
  readonly owner?: string;
  readonly role?: TopicRole;
  /** The pipeline whose output it is, if any. */
  readonly pipeline?: string;
  readonly partitions?: number;
  readonly retentionMs?: number;
  /** Pipelines that write it. */
  readonly writers: readonly string[];
  /** Pipelines and consumer groups ('group:<id>') that read it. */
  readonly readers: readonly string[];
  /** Everything downstream (pipelines, topics, sinks, groups): what breaks if it changes. */
  readonly breaksIfChanged: readonly string[];
  /** 'no-owner' (no contract names an owner), 'no-contract', 'not-on-cluster', 'no-schema'. */
  readonly flags: readonly string[];
}

export interface InventoryGroup {
  readonly id: string;
  readonly state: string;
  readonly members: number;
  readonly topics: readonly string[];
  /** Total lag over its committed partitions, when known. */
  readonly lag?: number;
}

export interface Inventory {
  /** Which cluster was scanned (bootstrap) and when. */
  readonly cluster: string;
  readonly scannedAt: string;
  readonly topics: readonly InventoryTopic[];
  readonly groups: readonly InventoryGroup[];
}
