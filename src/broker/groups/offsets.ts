// Offset and administration decisions that depend on group state (Kafka's GroupCoordinator:
// validateOffsetCommit, handleDeleteOffsets, handleDeleteGroups, GroupMetadata.summary). Pure;
// the coordinator reads and writes the metadata store.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { CONSUMER_PROTOCOL_TYPE, metadataFor, staticMemberId, type Group, type GroupConfig, type GroupState } from './group.ts';
import { Draft, type Outcome } from './rebalance.ts';

export interface CommitIdentity {
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
}

/**
 * May these offsets be committed? A commit that names a generation, member or instance must come
 * from a current member of that generation; one that names none (generation -1, a consumer that
 * assigns its own partitions) is accepted while the group has no members. A member's commit counts
 * as a heartbeat. Returns the error code for every partition (0: commit).
 */
export function decideCommit(g: Group | undefined, who: CommitIdentity, now: number, config: GroupConfig): Outcome<number> {
  if (g === undefined) return { answer: who.generationId < 0 ? 0 : KafkaErrors.ILLEGAL_GENERATION };
  if (g.state === 'Dead') return { answer: KafkaErrors.COORDINATOR_NOT_AVAILABLE };
  if (who.generationId >= 0 || who.memberId !== '' || who.groupInstanceId !== null) {
    if (who.groupInstanceId !== null) {
      const current = staticMemberId(g, who.groupInstanceId);
      if (current === undefined) return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
      if (current !== who.memberId) return { answer: KafkaErrors.FENCED_INSTANCE_ID };
    }
    if (!g.members.has(who.memberId)) return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
    if (who.generationId !== g.generationId) return { answer: KafkaErrors.ILLEGAL_GENERATION };
  } else if (g.state !== 'Empty') {
    return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
  }
  // A member has its JoinGroup answer but not its assignment yet: it should not be committing.
  if (g.state === 'CompletingRebalance') return { answer: KafkaErrors.REBALANCE_IN_PROGRESS };
  if (g.state === 'Empty') return { answer: 0 };
  const d = new Draft(g, now, config);
  const m = d.g.members.get(who.memberId)!;
  m.expiresAt = now + m.sessionTimeoutMs;
  return d.decision(0);
}

/** OffsetDelete: a group-level error, or for each topic whether its offsets may go (0) or why not. */
export function decideOffsetDelete(g: Group | undefined, hasOffsets: boolean, topics: readonly string[]): { errorCode: number; topicErrors: ReadonlyMap<string, number> } {
  const none = new Map<string, number>();
  if (g === undefined) return hasOffsets ? { errorCode: 0, topicErrors: new Map(topics.map((t) => [t, 0])) } : { errorCode: KafkaErrors.GROUP_ID_NOT_FOUND, topicErrors: none };
  if (g.state === 'Dead') return { errorCode: KafkaErrors.GROUP_ID_NOT_FOUND, topicErrors: none };
  if (g.state === 'Empty') return { errorCode: 0, topicErrors: new Map(topics.map((t) => [t, 0])) };
  if (g.protocolType !== CONSUMER_PROTOCOL_TYPE) return { errorCode: KafkaErrors.NON_EMPTY_GROUP, topicErrors: none };
  // Unknown subscriptions (metadata that does not decode) count as subscribed to everything.
  const subscribed = (t: string): boolean => g.subscribedTopics === null || g.subscribedTopics.has(t);
  return { errorCode: 0, topicErrors: new Map(topics.map((t) => [t, subscribed(t) ? KafkaErrors.GROUP_SUBSCRIBED_TO_TOPIC : 0])) };
}

/** DeleteGroups: 0 when the group (and its offsets) may be deleted. */
export function decideDeleteGroup(g: Group | undefined, hasOffsets: boolean): number {
  if (g === undefined) return hasOffsets ? 0 : KafkaErrors.GROUP_ID_NOT_FOUND;
  if (g.state === 'Dead') return KafkaErrors.GROUP_ID_NOT_FOUND;
  return g.state === 'Empty' ? 0 : KafkaErrors.NON_EMPTY_GROUP;
}

export interface GroupSummary {
  readonly groupId: string;
  readonly state: GroupState;
  readonly protocolType: string;
  /** The selected protocol while Stable, else the empty string (Kafka's NoProtocol). */
  readonly protocolData: string;
  readonly members: readonly {
    memberId: string;
    groupInstanceId: string | null;
    clientId: string;
    clientHost: string;
    memberMetadata: Uint8Array;
    memberAssignment: Uint8Array;
  }[];
}

/** What DescribeGroups and ListGroups report; metadata and assignments only for a Stable group, as Kafka does. */
export function summarize(groupId: string, g: Group | undefined, hasOffsets: boolean): GroupSummary {
  if (g === undefined) return { groupId, state: hasOffsets ? 'Empty' : 'Dead', protocolType: '', protocolData: '', members: [] };
  const stable = g.state === 'Stable';
  const empty = new Uint8Array(0);
  return {
    groupId,
    state: g.state,
    protocolType: g.protocolType ?? '',
    protocolData: stable ? (g.protocolName ?? '') : '',
    members: [...g.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      memberMetadata: stable ? metadataFor(m, g.protocolName) : empty,
      memberAssignment: stable ? m.assignment : empty,
    })),
  };
}
