// SyncGroup, Heartbeat and LeaveGroup decided (Kafka's GroupCoordinator.handleSyncGroup,
// handleHeartbeat, handleLeaveGroup). Pure, like join.ts.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { isFenced, staticMemberId, type Group, type GroupConfig } from './group.ts';
import { Draft, maybeCompleteJoin, propagateAssignment, removeMember, syncError, syncReceived, type Answer, type Outcome, type SyncResult } from './rebalance.ts';

export interface SyncRequest {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  /** v5+; null when the client did not say. */
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly assignments: ReadonlyMap<string, Uint8Array>;
}

export function decideSync(existing: Group | undefined, req: SyncRequest, now: number, config: GroupConfig): Outcome<Answer<SyncResult>> {
  const fail = (errorCode: number): Outcome<Answer<SyncResult>> => ({ answer: { now: syncError(errorCode) } });
  if (req.groupId === '') return fail(KafkaErrors.INVALID_GROUP_ID);
  if (existing === undefined) return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
  const g0 = existing;
  if (g0.state === 'Dead') return fail(KafkaErrors.COORDINATOR_NOT_AVAILABLE);
  if (isFenced(g0, req.groupInstanceId, req.memberId)) return fail(KafkaErrors.FENCED_INSTANCE_ID);
  if (!g0.members.has(req.memberId)) return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
  if (req.generationId !== g0.generationId) return fail(KafkaErrors.ILLEGAL_GENERATION);
  if (req.protocolType !== null && req.protocolType !== g0.protocolType) return fail(KafkaErrors.INCONSISTENT_GROUP_PROTOCOL);
  if (req.protocolName !== null && req.protocolName !== g0.protocolName) return fail(KafkaErrors.INCONSISTENT_GROUP_PROTOCOL);
  switch (g0.state) {
    case 'Empty':
      return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
    case 'PreparingRebalance':
      return fail(KafkaErrors.REBALANCE_IN_PROGRESS);
    case 'CompletingRebalance': {
      const d = new Draft(g0, now, config);
      const m = d.g.members.get(req.memberId)!;
      if (m.awaitingSync) d.reply({ kind: 'sync', to: m.memberId, result: syncError(KafkaErrors.REBALANCE_IN_PROGRESS) });
      m.awaitingSync = true;
      d.waitAs('sync', m.memberId);
      syncReceived(d.g, m.memberId);
      // The leader's assignment goes to every member; members it left out get an empty one.
      if (d.g.leaderId === m.memberId) propagateAssignment(d, req.assignments);
      return d.decision(d.callerAnswer<SyncResult>());
    }
    default: {
      const d = new Draft(g0, now, config);
      const m = d.g.members.get(req.memberId)!;
      syncReceived(d.g, m.memberId);
      m.expiresAt = now + m.sessionTimeoutMs;
      return d.decision({ now: { errorCode: 0, protocolType: d.g.protocolType, protocolName: d.g.protocolName, assignment: m.assignment } });
    }
  }
}

export interface HeartbeatRequest {
  readonly groupId: string;
  readonly generationId: number;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
}

/** The heartbeat's error code, and the group with the member's session extended. */
export function decideHeartbeat(existing: Group | undefined, req: HeartbeatRequest, now: number, config: GroupConfig): Outcome<number> {
  if (req.groupId === '') return { answer: KafkaErrors.INVALID_GROUP_ID };
  if (existing === undefined) return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
  if (existing.state === 'Dead') return { answer: KafkaErrors.COORDINATOR_NOT_AVAILABLE };
  if (isFenced(existing, req.groupInstanceId, req.memberId)) return { answer: KafkaErrors.FENCED_INSTANCE_ID };
  if (!existing.members.has(req.memberId)) return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
  if (req.generationId !== existing.generationId) return { answer: KafkaErrors.ILLEGAL_GENERATION };
  if (existing.state === 'Empty') return { answer: KafkaErrors.UNKNOWN_MEMBER_ID };
  const d = new Draft(existing, now, config);
  const m = d.g.members.get(req.memberId)!;
  m.expiresAt = now + m.sessionTimeoutMs;
  // During a join phase the member is told to rejoin; otherwise (also after its JoinGroup answer) all is well.
  return d.decision(d.g.state === 'PreparingRebalance' ? KafkaErrors.REBALANCE_IN_PROGRESS : 0);
}

export interface LeavingMember {
  readonly memberId: string;
  readonly groupInstanceId: string | null;
}

export interface LeaveResult {
  readonly errorCode: number;
  readonly members: readonly (LeavingMember & { errorCode: number })[];
}

/** Removes each member (by member id, or by instance id alone for an administrative removal). */
export function decideLeave(existing: Group | undefined, groupId: string, leaving: readonly LeavingMember[], now: number, config: GroupConfig): Outcome<LeaveResult> {
  if (groupId === '') return { answer: { errorCode: KafkaErrors.INVALID_GROUP_ID, members: [] } };
  if (existing === undefined) return { answer: { errorCode: 0, members: leaving.map((l) => ({ ...l, errorCode: KafkaErrors.UNKNOWN_MEMBER_ID })) } };
  if (existing.state === 'Dead') return { answer: { errorCode: KafkaErrors.COORDINATOR_NOT_AVAILABLE, members: [] } };
  const d = new Draft(existing, now, config);
  const g = d.g;
  const members = leaving.map((l) => {
    let errorCode = 0;
    if (l.memberId === '') {
      const current = staticMemberId(g, l.groupInstanceId);
      if (current === undefined) errorCode = KafkaErrors.UNKNOWN_MEMBER_ID;
      else removeMember(d, current);
    } else if (g.pendingMembers.has(l.memberId)) {
      g.pendingMembers.delete(l.memberId);
      maybeCompleteJoin(d);
    } else if (isFenced(g, l.groupInstanceId, l.memberId)) {
      errorCode = KafkaErrors.FENCED_INSTANCE_ID;
    } else if (g.members.has(l.memberId)) {
      removeMember(d, l.memberId);
    } else {
      errorCode = KafkaErrors.UNKNOWN_MEMBER_ID;
    }
    return { ...l, errorCode };
  });
  return d.decision({ errorCode: 0, members });
}
