// The state and the answers of the capture listener: a one-broker "cluster" that says just enough
// to lead a real client through a realistic session (metadata, produce, fetch, topic
// administration; groups and transactions are in coordinator.ts). It is test tooling for recording
// what clients send, not the broker: topics are auto-created on any mention, produced batches are
// kept in memory and fetched back unchanged but for their base offset, and fetch sessions are never
// created. APIs without an answer here get an all-defaults body (and are reported).
//
// Answers are built in the newest shape from the generated types; `fitToVersion` then resets every
// field the negotiated version does not have, so one builder serves every version.
import { randomUUID } from 'node:crypto';
import type { FieldSchema } from '../../../src/protocol/codec.ts';
import { ZERO_UUID } from '../../../src/protocol/reader.ts';
import { defaultOf } from '../../../src/protocol/fit.ts';
import { API_DEFINITIONS, ApiKeys, type ApiDefinition } from '../../../src/protocol/generated/apis.ts';
import type { RequestHeader } from '../../../src/protocol/frames.ts';
import {
  defaultApiVersionsResponse, defaultCreateTopicsResponse, defaultCreateTopicsResponseCreatableTopicResult,
  defaultDeleteTopicsResponse, defaultDescribeClusterResponse, defaultDescribeConfigsResponse,
  defaultDescribeConfigsResponseDescribeConfigsResourceResult, defaultFetchResponse,
  defaultFetchResponsePartitionData, defaultInitProducerIdResponse, defaultListOffsetsResponse,
  defaultMetadataResponse, defaultOffsetForLeaderEpochResponse, defaultProduceResponse,
  defaultProduceResponsePartitionProduceResponse,
} from '../../../src/protocol/generated/index.ts';
import type {
  AddPartitionsToTxnRequest, ApiVersionsResponse, ConsumerGroupHeartbeatRequest, CreateTopicsRequest,
  CreateTopicsResponse, DeleteTopicsRequest, DeleteTopicsResponse, DescribeClusterRequest, DescribeClusterResponse,
  DescribeConfigsRequest, DescribeConfigsResponse, DescribeGroupsRequest, FetchRequest, FetchResponse,
  FetchResponseFetchableTopicResponse, FindCoordinatorRequest, InitProducerIdResponse, JoinGroupRequest,
  LeaveGroupRequest, ListOffsetsRequest, ListOffsetsResponse, MetadataRequest, MetadataResponse,
  OffsetCommitRequest, OffsetFetchRequest, OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse,
  ProduceRequest, ProduceResponse, SyncGroupRequest, TxnOffsetCommitRequest
} from '../../../src/protocol/generated/index.ts';
import { CaptureCoordinator, NODE_ID } from './coordinator.ts';
import { recordsBytes } from '../../../src/protocol/writer.ts';

const CLUSTER_ID = 'weir-capture-vectors';
/** How long an empty Fetch may be held, at most, whatever the client asked for. */
const MAX_FETCH_WAIT_MS = 1000;

/** Kafka error codes the listener answers with. */
const Errors = { OFFSET_OUT_OF_RANGE: 1, UNKNOWN_TOPIC_OR_PARTITION: 3, UNSUPPORTED_VERSION: 35, UNKNOWN_TOPIC_ID: 100 } as const;

interface Batch {
  readonly base: bigint;
  readonly count: bigint;
  /** A copy of the producer's batch with its base offset (bytes 0-7, outside the CRC) set. */
  readonly bytes: Buffer;
}

interface Partition {
  readonly batches: Batch[];
  next: bigint;
}

interface Topic {
  readonly name: string;
  readonly id: string;
  readonly partitions: Partition[];
}

/** The APIs advertised by ApiVersions: every broker API, without a newest version Kafka marks unstable. */
export function advertisedApis(): { apiKey: number; minVersion: number; maxVersion: number }[] {
  const defs = Object.values(API_DEFINITIONS) as ApiDefinition[];
  return defs
    .filter((d) => d.listeners.includes('broker'))
    .map((d) => ({ apiKey: d.key as number, minVersion: d.minVersion, maxVersion: d.latestVersionUnstable ? d.maxVersion - 1 : d.maxVersion }))
    .filter((a) => a.maxVersion >= a.minVersion);
}

/** Resets every field the version does not have to its default, recursively, so the encoder accepts it. */
/** The body Kafka sends for an ApiVersions request of a version it does not know: v0, error 35. */
export function unsupportedApiVersionsBody(): ApiVersionsResponse {
  const def = API_DEFINITIONS[ApiKeys.ApiVersions];
  return { ...defaultApiVersionsResponse(), errorCode: Errors.UNSUPPORTED_VERSION, apiKeys: [{ apiKey: def.key, minVersion: def.minVersion, maxVersion: def.maxVersion }] };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class CaptureCluster {
  readonly port: number;
  /** APIs asked for that have no dedicated answer (they got an all-defaults body). */
  readonly unhandled = new Set<string>();
  private readonly topics = new Map<string, Topic>();
  private readonly coordinator: CaptureCoordinator;
  private producerIds = 1000n;

  constructor(port: number) {
    this.port = port;
    this.coordinator = new CaptureCoordinator(port, (names) =>
      names.map((name) => this.topics.get(name) ?? this.createTopic(name, 1)).map((t) => ({ id: t.id, partitions: t.partitions.length })),
    );
    this.createTopic('vectors', 2);
  }

  /** The answer to a decoded request, in its newest shape; undefined when no response is sent (acks=0). */
  async answer(api: ApiDefinition, version: number, header: RequestHeader, body: unknown): Promise<object | undefined> {
    switch (api.key) {
      case ApiKeys.ApiVersions:
        return { ...defaultApiVersionsResponse(), apiKeys: advertisedApis() } satisfies ApiVersionsResponse;
      case ApiKeys.Metadata:
        return this.metadata(version, body as MetadataRequest);
      case ApiKeys.Produce:
        return this.produce(body as ProduceRequest);
      case ApiKeys.Fetch:
        return this.fetch(body as FetchRequest);
      case ApiKeys.ListOffsets:
        return this.listOffsets(body as ListOffsetsRequest);
      case ApiKeys.InitProducerId:
        return { ...defaultInitProducerIdResponse(), producerId: this.producerIds++, producerEpoch: 0 } satisfies InitProducerIdResponse;
      case ApiKeys.OffsetForLeaderEpoch:
        return this.offsetForLeaderEpoch(body as OffsetForLeaderEpochRequest);
      case ApiKeys.CreateTopics:
        return this.createTopics(body as CreateTopicsRequest);
      case ApiKeys.DeleteTopics:
        return this.deleteTopics(body as DeleteTopicsRequest);
      case ApiKeys.DescribeConfigs:
        return this.describeConfigs(body as DescribeConfigsRequest);
      case ApiKeys.DescribeCluster:
        return this.describeCluster(body as DescribeClusterRequest);
      case ApiKeys.FindCoordinator:
        return this.coordinator.findCoordinator(body as FindCoordinatorRequest);
      case ApiKeys.JoinGroup:
        return this.coordinator.joinGroup(version, header, body as JoinGroupRequest);
      case ApiKeys.SyncGroup:
        return this.coordinator.syncGroup(body as SyncGroupRequest);
      case ApiKeys.Heartbeat:
        return { throttleTimeMs: 0, errorCode: 0 };
      case ApiKeys.LeaveGroup:
        return this.coordinator.leaveGroup(body as LeaveGroupRequest);
      case ApiKeys.OffsetCommit:
        return this.coordinator.offsetCommit(body as OffsetCommitRequest);
      case ApiKeys.OffsetFetch:
        return this.coordinator.offsetFetch(body as OffsetFetchRequest);
      case ApiKeys.ListGroups:
        return this.coordinator.listGroups();
      case ApiKeys.DescribeGroups:
        return this.coordinator.describeGroups(body as DescribeGroupsRequest);
      case ApiKeys.ConsumerGroupHeartbeat:
        return this.coordinator.consumerGroupHeartbeat(header, body as ConsumerGroupHeartbeatRequest);
      case ApiKeys.AddPartitionsToTxn:
        return this.coordinator.addPartitionsToTxn(body as AddPartitionsToTxnRequest);
      case ApiKeys.AddOffsetsToTxn:
      case ApiKeys.EndTxn:
        return { throttleTimeMs: 0, errorCode: 0 };
      case ApiKeys.TxnOffsetCommit:
        return this.coordinator.txnOffsetCommit(body as TxnOffsetCommitRequest);
      default:
        this.unhandled.add(`${api.name} v${version}`);
        return Object.fromEntries(api.responseSchema.fields.map((f) => [f.prop, defaultOf(f)]));
    }
  }

  private createTopic(name: string, partitions: number): Topic {
    const topic: Topic = { name, id: randomUUID(), partitions: Array.from({ length: Math.max(1, partitions) }, () => ({ batches: [], next: 0n })) };
    this.topics.set(name, topic);
    return topic;
  }

  private topicById(id: string): Topic | undefined {
    for (const t of this.topics.values()) if (t.id === id) return t;
    return undefined;
  }

  private brokers(): { nodeId: number; host: string; port: number; rack: null }[] {
    return [{ nodeId: NODE_ID, host: '127.0.0.1', port: this.port, rack: null }];
  }

  private metadata(version: number, req: MetadataRequest): MetadataResponse {
    // v0 asks for every topic with an empty list, later versions with null.
    const all = req.topics === null || (version === 0 && req.topics.length === 0);
    const wanted: Topic[] = [];
    if (all) wanted.push(...this.topics.values());
    else {
      for (const t of req.topics ?? []) {
        const found = t.name === null ? this.topicById(t.topicId) : (this.topics.get(t.name) ?? this.createTopic(t.name, 1));
        if (found !== undefined) wanted.push(found);
      }
    }
    return {
      ...defaultMetadataResponse(),
      brokers: this.brokers(),
      clusterId: CLUSTER_ID,
      controllerId: NODE_ID,
      topics: wanted.map((t) => ({
        errorCode: 0,
        name: t.name,
        topicId: t.id,
        isInternal: false,
        topicAuthorizedOperations: -2147483648,
        partitions: t.partitions.map((_, i) => ({ errorCode: 0, partitionIndex: i, leaderId: NODE_ID, leaderEpoch: 0, replicaNodes: [NODE_ID], isrNodes: [NODE_ID], offlineReplicas: [] })),
      })),
    };
  }

  /** Appends every batch of a Produce partition; returns the base offset of the first. */
  private append(partition: Partition, records: Uint8Array): bigint {
    const first = partition.next;
    const all = Buffer.from(records.buffer, records.byteOffset, records.byteLength);
    for (let pos = 0; pos + 17 <= all.length; ) {
      const size = 12 + all.readInt32BE(pos + 8);
      const bytes = Buffer.from(all.subarray(pos, pos + size));
      // Magic 2 (a record batch) counts its records by the last offset delta; older message sets count one.
      const count = bytes[16] === 2 && bytes.length >= 27 ? BigInt(bytes.readInt32BE(23) + 1) : 1n;
      bytes.writeBigInt64BE(partition.next, 0);
      partition.batches.push({ base: partition.next, count, bytes });
      partition.next += count;
      pos += size;
    }
    return first;
  }

  private produce(req: ProduceRequest): ProduceResponse | undefined {
    const responses = req.topicData.map((t) => ({
      name: t.name,
      partitionResponses: t.partitionData.map((p) => {
        const partition = this.topics.get(t.name)?.partitions[p.index];
        const base = partition === undefined ? -1n : this.append(partition, p.records === null ? new Uint8Array(0) : recordsBytes(p.records));
        const errorCode = partition === undefined ? Errors.UNKNOWN_TOPIC_OR_PARTITION : 0;
        return { ...defaultProduceResponsePartitionProduceResponse(), index: p.index, errorCode, baseOffset: base, logStartOffset: 0n };
      }),
    }));
    return req.acks === 0 ? undefined : { ...defaultProduceResponse(), responses };
  }

  private async fetch(req: FetchRequest): Promise<FetchResponse> {
    const deadline = Date.now() + Math.min(req.maxWaitMs, MAX_FETCH_WAIT_MS);
    for (;;) {
      const { responses, bytes } = this.readPartitions(req);
      if (bytes > 0 || Date.now() >= deadline) return { ...defaultFetchResponse(), responses };
      await sleep(50);
    }
  }

  private readPartitions(req: FetchRequest): { responses: FetchResponseFetchableTopicResponse[]; bytes: number } {
    let bytes = 0;
    const responses = req.topics.map((t) => {
      const topic = t.topicId !== ZERO_UUID ? this.topicById(t.topicId) : this.topics.get(t.topic);
      const missing = t.topicId !== ZERO_UUID ? Errors.UNKNOWN_TOPIC_ID : Errors.UNKNOWN_TOPIC_OR_PARTITION;
      const partitions = t.partitions.map((p) => {
        const partition = topic?.partitions[p.partition];
        const base = { ...defaultFetchResponsePartitionData(), partitionIndex: p.partition, records: new Uint8Array(0) };
        if (partition === undefined) return { ...base, errorCode: missing };
        const marks = { highWatermark: partition.next, lastStableOffset: partition.next, logStartOffset: 0n };
        if (p.fetchOffset > partition.next) return { ...base, ...marks, errorCode: Errors.OFFSET_OUT_OF_RANGE };
        const chosen: Buffer[] = [];
        let size = 0;
        for (const b of partition.batches) {
          if (b.base + b.count <= p.fetchOffset) continue;
          if (chosen.length > 0 && size + b.bytes.length > p.partitionMaxBytes) break;
          chosen.push(b.bytes);
          size += b.bytes.length;
        }
        bytes += size;
        return { ...base, ...marks, records: Buffer.concat(chosen) };
      });
      return { topic: t.topic, topicId: t.topicId, partitions };
    });
    return { responses, bytes };
  }

  private listOffsets(req: ListOffsetsRequest): ListOffsetsResponse {
    return {
      ...defaultListOffsetsResponse(),
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          const partition = this.topics.get(t.name)?.partitions[p.partitionIndex];
          // -2 asks for the earliest offset; -1 (latest), -3 (max timestamp) and timestamps get the end.
          const offset = partition === undefined ? -1n : p.timestamp === -2n ? 0n : partition.next;
          const errorCode = partition === undefined ? Errors.UNKNOWN_TOPIC_OR_PARTITION : 0;
          return { partitionIndex: p.partitionIndex, errorCode, oldStyleOffsets: [offset], timestamp: -1n, offset, leaderEpoch: 0 };
        }),
      })),
    };
  }

  private offsetForLeaderEpoch(req: OffsetForLeaderEpochRequest): OffsetForLeaderEpochResponse {
    return {
      ...defaultOffsetForLeaderEpochResponse(),
      topics: req.topics.map((t) => ({
        topic: t.topic,
        partitions: t.partitions.map((p) => ({ errorCode: 0, partition: p.partition, leaderEpoch: 0, endOffset: this.topics.get(t.topic)?.partitions[p.partition]?.next ?? -1n })),
      })),
    };
  }

  private createTopics(req: CreateTopicsRequest): CreateTopicsResponse {
    return {
      ...defaultCreateTopicsResponse(),
      topics: req.topics.map((t) => {
        const partitions = t.numPartitions > 0 ? t.numPartitions : Math.max(1, t.assignments.length);
        const topic = req.validateOnly ? undefined : (this.topics.get(t.name) ?? this.createTopic(t.name, partitions));
        return { ...defaultCreateTopicsResponseCreatableTopicResult(), name: t.name, topicId: topic?.id ?? ZERO_UUID, numPartitions: partitions, replicationFactor: 1, configs: [] };
      }),
    };
  }

  private deleteTopics(req: DeleteTopicsRequest): DeleteTopicsResponse {
    const named = [...req.topicNames.map((name) => ({ name, topicId: ZERO_UUID })), ...req.topics];
    return {
      ...defaultDeleteTopicsResponse(),
      responses: named.map((t) => {
        const topic = t.name !== null ? this.topics.get(t.name) : this.topicById(t.topicId);
        if (topic !== undefined) this.topics.delete(topic.name);
        return { name: topic?.name ?? t.name, topicId: topic?.id ?? t.topicId, errorCode: topic === undefined ? Errors.UNKNOWN_TOPIC_OR_PARTITION : 0, errorMessage: null };
      }),
    };
  }

  private describeConfigs(req: DescribeConfigsRequest): DescribeConfigsResponse {
    // Resource type 2 is a topic, 4 a broker. Config type 2 is STRING, 3 INT, 5 LONG; source 5 is DEFAULT_CONFIG.
    const topicConfigs: [string, string, number][] = [['cleanup.policy', 'delete', 2], ['compression.type', 'producer', 2], ['retention.ms', '604800000', 5], ['segment.bytes', '1073741824', 3]];
    const brokerConfigs: [string, string, number][] = [['num.partitions', '1', 3], ['default.replication.factor', '1', 3], ['log.retention.hours', '168', 3]];
    return {
      ...defaultDescribeConfigsResponse(),
      results: req.resources.map((r) => ({
        errorCode: 0,
        errorMessage: null,
        resourceType: r.resourceType,
        resourceName: r.resourceName,
        configs: (r.resourceType === 4 ? brokerConfigs : topicConfigs)
          .filter(([name]) => r.configurationKeys === null || r.configurationKeys.includes(name))
          .map(([name, value, configType]) => ({ ...defaultDescribeConfigsResponseDescribeConfigsResourceResult(), name, value, isDefault: true, configSource: 5, configType, documentation: null })),
      })),
    };
  }

  private describeCluster(req: DescribeClusterRequest): DescribeClusterResponse {
    return {
      ...defaultDescribeClusterResponse(),
      endpointType: req.endpointType,
      clusterId: CLUSTER_ID,
      controllerId: NODE_ID,
      brokers: this.brokers().map((b) => ({ brokerId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
    };
  }

}
