// Groups and transactions for the capture listener (see cluster.ts): FindCoordinator names the
// listener itself for every key. A classic group has one member: a JoinGroup without a member id
// gets MEMBER_ID_REQUIRED (79) where the version has it, then each join makes the joiner the leader
// with only its own metadata, and SyncGroup hands the leader's assignment back. A KIP-848 member is
// given every partition of the topics it subscribes to (each member alone, at epoch 1). Commits are acknowledged and forgotten
// (OffsetFetch always answers -1); transactions accept every partition and always commit.
import type { RequestHeader } from '../../../src/protocol/frames.ts';
import {
  defaultAddPartitionsToTxnResponse, defaultConsumerGroupHeartbeatResponse, defaultDescribeGroupsResponse,
  defaultDescribeGroupsResponseDescribedGroup, defaultFindCoordinatorResponse, defaultJoinGroupResponse,
  defaultLeaveGroupResponse, defaultListGroupsResponse, defaultOffsetCommitResponse, defaultOffsetFetchResponse,
  defaultSyncGroupResponse, defaultTxnOffsetCommitResponse
} from '../../../src/protocol/generated/index.ts';
import type {
  AddPartitionsToTxnRequest, AddPartitionsToTxnRequestAddPartitionsToTxnTopic, AddPartitionsToTxnResponse,
  AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult, ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse, DescribeGroupsRequest, DescribeGroupsResponse, FindCoordinatorRequest,
  FindCoordinatorResponse, JoinGroupRequest, JoinGroupResponse, LeaveGroupRequest, LeaveGroupResponse,
  ListGroupsResponse, OffsetCommitRequest, OffsetCommitResponse, OffsetFetchRequest, OffsetFetchResponse,
  OffsetFetchResponseOffsetFetchResponsePartition, SyncGroupRequest, SyncGroupResponse, TxnOffsetCommitRequest,
  TxnOffsetCommitResponse
} from '../../../src/protocol/generated/index.ts';

export const NODE_ID = 1;
const MEMBER_ID_REQUIRED = 79;

interface Group {
  generation: number;
  memberId: string;
  clientId: string;
  protocolType: string;
  protocolName: string;
  metadata: Uint8Array;
  assignment: Uint8Array;
}

/** What a KIP-848 assignment needs to know of a topic. */
export interface TopicShape {
  readonly id: string;
  readonly partitions: number;
}

export class CaptureCoordinator {
  private readonly port: number;
  private readonly topicsNamed: (names: readonly string[]) => TopicShape[];
  private readonly groups = new Map<string, Group>();
  /** KIP-848 members' subscribed topics (a heartbeat may leave them out when unchanged). */
  private readonly subscriptions = new Map<string, readonly string[]>();
  private memberIds = 0;

  constructor(port: number, topicsNamed: (names: readonly string[]) => TopicShape[]) {
    this.port = port;
    this.topicsNamed = topicsNamed;
  }

  findCoordinator(req: FindCoordinatorRequest): FindCoordinatorResponse {
    const keys = req.coordinatorKeys.length > 0 ? req.coordinatorKeys : [req.key];
    return {
      ...defaultFindCoordinatorResponse(),
      errorMessage: null,
      nodeId: NODE_ID,
      host: '127.0.0.1',
      port: this.port,
      coordinators: keys.map((key) => ({ key, nodeId: NODE_ID, host: '127.0.0.1', port: this.port, errorCode: 0, errorMessage: null })),
    };
  }

  joinGroup(version: number, header: RequestHeader, req: JoinGroupRequest): JoinGroupResponse {
    const memberId = req.memberId !== '' ? req.memberId : `${header.clientId ?? 'member'}-${++this.memberIds}`;
    if (req.memberId === '' && version >= 4) return { ...defaultJoinGroupResponse(), errorCode: MEMBER_ID_REQUIRED, memberId };
    const protocol = req.protocols[0];
    const old = this.groups.get(req.groupId);
    const group: Group = {
      generation: (old?.generation ?? 0) + 1,
      memberId,
      clientId: header.clientId ?? '',
      protocolType: req.protocolType,
      protocolName: protocol?.name ?? '',
      metadata: protocol?.metadata ?? new Uint8Array(0),
      assignment: new Uint8Array(0),
    };
    this.groups.set(req.groupId, group);
    return {
      ...defaultJoinGroupResponse(),
      generationId: group.generation,
      protocolType: group.protocolType,
      protocolName: group.protocolName,
      leader: memberId,
      memberId,
      members: [{ memberId, groupInstanceId: req.groupInstanceId, metadata: group.metadata }],
    };
  }

  syncGroup(req: SyncGroupRequest): SyncGroupResponse {
    const group = this.groups.get(req.groupId);
    const mine = req.assignments.find((a) => a.memberId === req.memberId)?.assignment;
    if (group !== undefined && mine !== undefined) group.assignment = mine;
    return {
      ...defaultSyncGroupResponse(),
      protocolType: req.protocolType ?? group?.protocolType ?? null,
      protocolName: req.protocolName ?? group?.protocolName ?? null,
      assignment: mine ?? group?.assignment ?? new Uint8Array(0),
    };
  }

  leaveGroup(req: LeaveGroupRequest): LeaveGroupResponse {
    this.groups.delete(req.groupId);
    return { ...defaultLeaveGroupResponse(), members: req.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, errorCode: 0 })) };
  }

  offsetCommit(req: OffsetCommitRequest): OffsetCommitResponse {
    return {
      ...defaultOffsetCommitResponse(),
      topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: 0 })) })),
    };
  }

  offsetFetch(req: OffsetFetchRequest): OffsetFetchResponse {
    const none = (partitionIndex: number): OffsetFetchResponseOffsetFetchResponsePartition => ({ partitionIndex, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 });
    const topics = (ts: { name: string; partitionIndexes: number[] }[] | null): { name: string; partitions: OffsetFetchResponseOffsetFetchResponsePartition[] }[] =>
      (ts ?? []).map((t) => ({ name: t.name, partitions: t.partitionIndexes.map(none) }));
    return {
      ...defaultOffsetFetchResponse(),
      topics: topics(req.topics),
      groups: req.groups.map((g) => ({ groupId: g.groupId, topics: topics(g.topics), errorCode: 0 })),
    };
  }

  listGroups(): ListGroupsResponse {
    return {
      ...defaultListGroupsResponse(),
      groups: [...this.groups].map(([groupId, g]) => ({ groupId, protocolType: g.protocolType, groupState: 'Stable', groupType: 'classic' })),
    };
  }

  describeGroups(req: DescribeGroupsRequest): DescribeGroupsResponse {
    return {
      ...defaultDescribeGroupsResponse(),
      groups: req.groups.map((groupId) => {
        const g = this.groups.get(groupId);
        const base = { ...defaultDescribeGroupsResponseDescribedGroup(), groupId, groupState: 'Dead' };
        if (g === undefined) return base;
        const member = { memberId: g.memberId, groupInstanceId: null, clientId: g.clientId, clientHost: '/127.0.0.1', memberMetadata: g.metadata, memberAssignment: g.assignment };
        return { ...base, groupState: 'Stable', protocolType: g.protocolType, protocolData: g.protocolName, members: [member] };
      }),
    };
  }

  addPartitionsToTxn(req: AddPartitionsToTxnRequest): AddPartitionsToTxnResponse {
    // Up to v3 one transaction, by topic; v4+ (brokers' batched form) a list of transactions.
    const results = (topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[]): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] =>
      topics.map((t) => ({ name: t.name, resultsByPartition: t.partitions.map((partitionIndex) => ({ partitionIndex, partitionErrorCode: 0 })) }));
    return {
      ...defaultAddPartitionsToTxnResponse(),
      resultsByTransaction: req.transactions.map((t) => ({ transactionalId: t.transactionalId, topicResults: results(t.topics) })),
      resultsByTopicV3AndBelow: results(req.v3AndBelowTopics),
    };
  }

  txnOffsetCommit(req: TxnOffsetCommitRequest): TxnOffsetCommitResponse {
    return {
      ...defaultTxnOffsetCommitResponse(),
      topics: req.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: 0 })) })),
    };
  }

  /**
   * KIP-848: a member is given every partition of the topics it subscribes to, at epoch 1; the
   * assignment is sent while the partitions the member reports owning differ from it. -1 leaves.
   */
  consumerGroupHeartbeat(header: RequestHeader, req: ConsumerGroupHeartbeatRequest): ConsumerGroupHeartbeatResponse {
    const memberId = req.memberId !== '' ? req.memberId : `${header.clientId ?? 'member'}-${++this.memberIds}`;
    const base = { ...defaultConsumerGroupHeartbeatResponse(), memberId, heartbeatIntervalMs: 1000 };
    if (req.memberEpoch < 0) {
      this.subscriptions.delete(memberId);
      return { ...base, memberEpoch: req.memberEpoch };
    }
    const names = req.subscribedTopicNames ?? this.subscriptions.get(memberId) ?? [];
    this.subscriptions.set(memberId, names);
    const target = this.topicsNamed(names).map((t) => ({ topicId: t.id, partitions: Array.from({ length: t.partitions }, (_, i) => i) }));
    const key = (tps: readonly { topicId: string; partitions: readonly number[] }[]): string =>
      tps.map((tp) => `${tp.topicId}:${[...tp.partitions].sort((a, b) => a - b).join(',')}`).sort().join(' ');
    const owned = req.topicPartitions === null ? undefined : key(req.topicPartitions);
    return { ...base, memberEpoch: 1, assignment: owned === key(target) ? null : { topicPartitions: target } };
  }
}
