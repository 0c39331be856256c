// JoinGroup decided (Kafka's GroupCoordinator.handleJoinGroup and its doNewMemberJoinGroup,
// doStaticNewMemberJoinGroup, doCurrentMemberJoinGroup, addMemberAndRebalance,
// updateMemberAndRebalance, updateStaticMemberAndRebalance). Pure: the caller supplies the time and
// the member id to hand out, and gets back the new group, replies to other waiting requests, and
// this request's answer or the member id it waits under until the join phase ends.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import {
  emptyGroup,
  isFenced,
  metadataFor,
  sameProtocols,
  selectProtocol,
  staticMemberId,
  supportsProtocols,
  type Group,
  type GroupConfig,
  type Member,
  type Protocol,
} from './group.ts';
import { Draft, joinError, maybeCompleteJoin, maybePrepareRebalance, type Answer, type Decision, type JoinResult } from './rebalance.ts';

/** Kafka's NewMemberJoinTimeoutMs: a member that joined in this rebalance is dropped if it waits longer. */
export const NEW_MEMBER_JOIN_TIMEOUT_MS = 5 * 60_000;

export interface JoinRequest {
  readonly groupId: string;
  readonly memberId: string;
  readonly groupInstanceId: string | null;
  readonly protocolType: string;
  readonly protocols: readonly Protocol[];
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly clientId: string;
  readonly clientHost: string;
  /** v4+: a member without an id is first given one (MEMBER_ID_REQUIRED) and must join again with it. */
  readonly requireKnownMemberId: boolean;
  /** v9+: a rejoining static leader may be told to skip the assignment (KIP-814). */
  readonly supportsSkipAssignment: boolean;
  /** The id a new member gets: `${clientId}-${uuid}`, or `${groupInstanceId}-${uuid}` for a static member. */
  readonly newMemberId: string;
}

type JoinDecision = Decision<Answer<JoinResult>>;

export function decideJoin(existing: Group | undefined, req: JoinRequest, now: number, config: GroupConfig): JoinDecision {
  const d = new Draft(existing ?? emptyGroup(req.groupId), now, config);
  const g = d.g;
  const fail = (errorCode: number, memberId = req.memberId): JoinDecision => d.decision({ now: joinError(errorCode, memberId) });
  if (req.groupId === '') return fail(KafkaErrors.INVALID_GROUP_ID);
  if (req.sessionTimeoutMs < config.minSessionTimeoutMs || req.sessionTimeoutMs > config.maxSessionTimeoutMs) return fail(KafkaErrors.INVALID_SESSION_TIMEOUT);
  if (existing === undefined && req.memberId !== '') return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
  if (g.state === 'Dead') return fail(KafkaErrors.COORDINATOR_NOT_AVAILABLE);
  if (!supportsProtocols(g, req.protocolType, req.protocols)) return fail(KafkaErrors.INCONSISTENT_GROUP_PROTOCOL);

  if (req.memberId === '') {
    const id = req.newMemberId;
    if (req.groupInstanceId !== null) {
      const old = staticMemberId(g, req.groupInstanceId);
      return d.decision(old !== undefined ? rejoinStatic(d, req, old, id) : addMember(d, req, id));
    }
    if (req.requireKnownMemberId) {
      g.pendingMembers.set(id, now + req.sessionTimeoutMs);
      return fail(KafkaErrors.MEMBER_ID_REQUIRED, id);
    }
    return d.decision(addMember(d, req, id));
  }

  const id = req.memberId;
  if (g.pendingMembers.has(id)) return d.decision(addMember(d, req, id));
  if (isFenced(g, req.groupInstanceId, id)) return fail(KafkaErrors.FENCED_INSTANCE_ID);
  const member = g.members.get(id);
  if (member === undefined || (req.groupInstanceId !== null && staticMemberId(g, req.groupInstanceId) === undefined)) return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
  switch (g.state) {
    case 'PreparingRebalance':
      return d.decision(updateMember(d, member, req));
    case 'CompletingRebalance':
      // Same metadata: the member probably lost the JoinGroup response; give it the current generation again.
      if (sameProtocols(member.protocols, req.protocols)) return d.decision({ now: currentGeneration(g, id, id === g.leaderId) });
      return d.decision(updateMember(d, member, req));
    case 'Stable':
      // The leader rejoining forces a rebalance (how it reacts to topic metadata changes).
      if (id === g.leaderId || !sameProtocols(member.protocols, req.protocols)) return d.decision(updateMember(d, member, req));
      return d.decision({ now: currentGeneration(g, id, false) });
    default:
      return fail(KafkaErrors.UNKNOWN_MEMBER_ID);
  }
}

function currentGeneration(g: Group, memberId: string, withMembers: boolean): JoinResult {
  return {
    errorCode: 0,
    generationId: g.generationId,
    protocolType: g.protocolType,
    protocolName: g.protocolName,
    leader: g.leaderId ?? '',
    skipAssignment: false,
    memberId,
    members: withMembers ? [...g.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: metadataFor(m, g.protocolName) })) : [],
  };
}

function addMember(d: Draft, req: JoinRequest, id: string): Answer<JoinResult> {
  const g = d.g;
  if (g.members.size === 0) g.protocolType = req.protocolType;
  if (g.state === 'PreparingRebalance' && g.generationId === 0 && g.initialDelay !== null) g.initialDelay.newMemberAdded = true;
  g.pendingMembers.delete(id);
  g.members.set(id, {
    memberId: id,
    groupInstanceId: req.groupInstanceId,
    clientId: req.clientId,
    clientHost: req.clientHost,
    sessionTimeoutMs: req.sessionTimeoutMs,
    rebalanceTimeoutMs: req.rebalanceTimeoutMs,
    protocolType: req.protocolType,
    protocols: req.protocols,
    assignment: new Uint8Array(0),
    awaitingJoin: true,
    awaitingSync: false,
    isNew: true,
    expiresAt: d.now + NEW_MEMBER_JOIN_TIMEOUT_MS,
  });
  if (g.leaderId === null) g.leaderId = id;
  d.waitAs('join', id);
  maybePrepareRebalance(d);
  maybeCompleteJoin(d);
  return d.callerAnswer();
}

/** Takes the request's protocols and timeouts; an earlier JoinGroup of the same member still waiting is superseded. */
function refresh(d: Draft, m: Member, req: JoinRequest): void {
  if (m.awaitingJoin) d.reply({ kind: 'join', to: m.memberId, result: joinError(KafkaErrors.REBALANCE_IN_PROGRESS, m.memberId) });
  m.protocols = req.protocols;
  m.sessionTimeoutMs = req.sessionTimeoutMs;
  m.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
  m.clientId = req.clientId;
  m.clientHost = req.clientHost;
  m.awaitingJoin = true;
  d.waitAs('join', m.memberId);
}

function updateMember(d: Draft, m: Member, req: JoinRequest): Answer<JoinResult> {
  refresh(d, m, req);
  maybePrepareRebalance(d);
  maybeCompleteJoin(d);
  return d.callerAnswer();
}

/**
 * A static member joined without a member id while its instance id is in the group: it takes over
 * the old member (whose waiting requests are fenced). A stable group whose selected protocol stays
 * the same does not rebalance; the member gets the current generation and keeps its assignment.
 */
function rejoinStatic(d: Draft, req: JoinRequest, oldId: string, newId: string): Answer<JoinResult> {
  const g = d.g;
  const currentLeader = g.leaderId;
  const old = g.members.get(oldId)!;
  if (old.awaitingJoin) d.reply({ kind: 'join', to: oldId, result: joinError(KafkaErrors.FENCED_INSTANCE_ID, oldId) });
  if (old.awaitingSync) d.reply({ kind: 'sync', to: oldId, result: { errorCode: KafkaErrors.FENCED_INSTANCE_ID, protocolType: null, protocolName: null, assignment: new Uint8Array(0) } });
  const m: Member = { ...old, memberId: newId, awaitingJoin: false, awaitingSync: false, expiresAt: d.now + req.sessionTimeoutMs };
  g.members = new Map([...g.members].map(([id, x]) => (id === oldId ? [newId, m] : [id, x])));
  if (g.leaderId === oldId) g.leaderId = newId;
  if (g.pendingSync.delete(oldId)) g.pendingSync.add(newId);
  refresh(d, m, req);
  if (g.state === 'Stable' && selectProtocol(g) === g.protocolName) {
    m.awaitingJoin = false;
    const isLeader = g.leaderId === newId;
    if (isLeader && req.supportsSkipAssignment) return { now: { ...currentGeneration(g, newId, true), skipAssignment: true } };
    // An older leader is told the old leader id, so that it does not assign (a stable group would not pass that on).
    return { now: { ...currentGeneration(g, newId, false), leader: currentLeader ?? '' } };
  }
  maybePrepareRebalance(d);
  maybeCompleteJoin(d);
  return d.callerAnswer();
}
