// The rebalance state machine shared by every group event (Kafka's GroupCoordinator: prepareRebalance,
// onCompleteJoin, removeMemberAndUpdateGroup, the heartbeat, join and pending-sync expirations).
// Pure: a Draft holds a copy of the group, the time, and the replies owed to requests that are
// waiting; the caller's own answer is kept apart so the coordinator can return it directly.
//
//   Empty ──join──▶ PreparingRebalance ──all joined / timeout──▶ CompletingRebalance ──leader's
//   SyncGroup──▶ Stable; a join, leave, expiry or metadata change in CompletingRebalance or Stable
//   goes back to PreparingRebalance; a join phase that ends with no members goes to Empty.
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import {
  CONSUMER_PROTOCOL_TYPE,
  copyGroup,
  heartbeatSatisfied,
  metadataFor,
  rebalanceTimeoutMs,
  selectProtocol,
  type Group,
  type GroupConfig,
} from './group.ts';
import { subscribedTopics } from './subscription.ts';

export interface JoinResult {
  readonly errorCode: number;
  readonly generationId: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly leader: string;
  /** KIP-814: a static leader that rejoined a stable group keeps the current assignment. */
  readonly skipAssignment: boolean;
  readonly memberId: string;
  readonly members: readonly { memberId: string; groupInstanceId: string | null; metadata: Uint8Array }[];
}

export interface SyncResult {
  readonly errorCode: number;
  readonly protocolType: string | null;
  readonly protocolName: string | null;
  readonly assignment: Uint8Array;
}

/** An answer to a JoinGroup or SyncGroup that is waiting, addressed by the member id it waits under. */
export type Reply = { readonly kind: 'join'; readonly to: string; readonly result: JoinResult } | { readonly kind: 'sync'; readonly to: string; readonly result: SyncResult };

/** A request either has its answer now, or waits under a member id for a later Reply. */
export type Answer<T> = { readonly now: T } | { readonly wait: string };

export interface Decision<T> {
  readonly group: Group;
  readonly replies: readonly Reply[];
  readonly answer: T;
}

/** A decision that only answers: the group is unchanged. */
export type Outcome<T> = Decision<T> | { readonly answer: T };

export function joinError(errorCode: number, memberId = ''): JoinResult {
  return { errorCode, generationId: -1, protocolType: null, protocolName: null, leader: '', skipAssignment: false, memberId, members: [] };
}

export function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: new Uint8Array(0) };
}

/** Work in progress on one group. */
export class Draft {
  readonly g: Group;
  readonly now: number;
  readonly config: GroupConfig;
  readonly replies: Reply[] = [];
  /** The request being decided, when it waits under a member id, and its answer once it has one. */
  private caller: { kind: 'join' | 'sync'; memberId: string } | null = null;
  private callerResult: JoinResult | SyncResult | null = null;

  constructor(group: Group, now: number, config: GroupConfig) {
    this.g = copyGroup(group);
    this.now = now;
    this.config = config;
  }

  /** The current request waits as `memberId`'s join or sync; a reply to it becomes its answer. */
  waitAs(kind: 'join' | 'sync', memberId: string): void {
    this.caller = { kind, memberId };
  }

  reply(r: Reply): void {
    const c = this.caller;
    if (c !== null && this.callerResult === null && c.kind === r.kind && c.memberId === r.to) this.callerResult = r.result;
    else this.replies.push(r);
  }

  decision<T>(answer: T): Decision<T> {
    return { group: this.g, replies: this.replies, answer };
  }

  /** The waiting caller's answer if the decision produced one, else a wait under its member id. */
  callerAnswer<T extends JoinResult | SyncResult>(): Answer<T> {
    if (this.caller === null) throw new Error('callerAnswer without waitAs');
    return this.callerResult !== null ? { now: this.callerResult as T } : { wait: this.caller.memberId };
  }
}

/** Takes a member out of the group (Kafka's GroupMetadata.remove), answering any request it has waiting. */
export function dropMember(d: Draft, memberId: string, errorCode: number = KafkaErrors.UNKNOWN_MEMBER_ID): void {
  const g = d.g;
  const m = g.members.get(memberId);
  if (m === undefined) return;
  if (m.awaitingJoin) d.reply({ kind: 'join', to: memberId, result: joinError(errorCode, errorCode === KafkaErrors.UNKNOWN_MEMBER_ID ? '' : memberId) });
  if (m.awaitingSync) d.reply({ kind: 'sync', to: memberId, result: syncError(errorCode) });
  g.members.delete(memberId);
  g.pendingSync.delete(memberId);
  if (g.leaderId === memberId) g.leaderId = g.members.keys().next().value ?? null;
}

/** Kafka's removeMemberAndUpdateGroup: a member left or expired. */
export function removeMember(d: Draft, memberId: string): void {
  dropMember(d, memberId);
  const s = d.g.state;
  if (s === 'Stable' || s === 'CompletingRebalance') prepareRebalance(d);
  else if (s === 'PreparingRebalance') maybeCompleteJoin(d);
}

export function maybePrepareRebalance(d: Draft): void {
  const s = d.g.state;
  if (s === 'Stable' || s === 'CompletingRebalance' || s === 'Empty') prepareRebalance(d);
}

function prepareRebalance(d: Draft): void {
  const g = d.g;
  if (g.state === 'CompletingRebalance') resetAssignments(d, KafkaErrors.REBALANCE_IN_PROGRESS);
  g.pendingSync.clear();
  g.syncDeadline = null;
  if (g.state === 'Empty') {
    // A group that was empty waits group.initial.rebalance.delay.ms for more members, again as long
    // as new members keep arriving, up to the rebalance timeout (Kafka's InitialDelayedJoin).
    const delay = d.config.initialRebalanceDelayMs;
    g.initialDelay = { remainingMs: Math.max(rebalanceTimeoutMs(g) - delay, 0), newMemberAdded: false };
    g.joinDeadline = d.now + delay;
    g.state = 'PreparingRebalance';
    return;
  }
  g.initialDelay = null;
  g.joinDeadline = d.now + rebalanceTimeoutMs(g);
  g.state = 'PreparingRebalance';
  maybeCompleteJoin(d);
}

/** Ends the join phase early once every member has rejoined (never during the initial delay). */
export function maybeCompleteJoin(d: Draft): void {
  const g = d.g;
  if (g.state !== 'PreparingRebalance' || g.initialDelay !== null) return;
  if (g.pendingMembers.size > 0) return;
  for (const m of g.members.values()) if (!m.awaitingJoin) return;
  completeJoin(d);
}

/** Kafka's onCompleteJoin: drop members that did not rejoin, start the next generation, answer every join. */
function completeJoin(d: Draft): void {
  const g = d.g;
  for (const m of [...g.members.values()]) if (!m.awaitingJoin) dropMember(d, m.memberId);
  g.joinDeadline = null;
  g.initialDelay = null;
  g.generationId += 1;
  g.pendingSync.clear();
  if (g.members.size === 0) {
    g.protocolName = null;
    g.state = 'Empty';
    g.subscribedTopics = g.protocolType === CONSUMER_PROTOCOL_TYPE ? new Set() : null;
    g.syncDeadline = null;
    return;
  }
  g.protocolName = selectProtocol(g);
  g.subscribedTopics = subscribedTopics(g);
  g.state = 'CompletingRebalance';
  const leader = g.leaderId ?? '';
  const all = [...g.members.values()].map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId, metadata: metadataFor(m, g.protocolName) }));
  for (const m of g.members.values()) {
    const result: JoinResult = {
      errorCode: 0,
      generationId: g.generationId,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      leader,
      skipAssignment: false,
      memberId: m.memberId,
      members: m.memberId === leader ? all : [],
    };
    m.awaitingJoin = false;
    m.isNew = false;
    m.expiresAt = d.now + m.sessionTimeoutMs;
    g.pendingSync.add(m.memberId);
    d.reply({ kind: 'join', to: m.memberId, result });
  }
  g.syncDeadline = d.now + rebalanceTimeoutMs(g);
}

/** Clears every assignment and answers waiting SyncGroups with `errorCode`. */
function resetAssignments(d: Draft, errorCode: number): void {
  for (const m of d.g.members.values()) {
    m.assignment = new Uint8Array(0);
    if (m.awaitingSync) {
      m.awaitingSync = false;
      m.expiresAt = d.now + m.sessionTimeoutMs;
      d.reply({ kind: 'sync', to: m.memberId, result: syncError(errorCode) });
    }
  }
}

/** Stores the leader's assignment and answers every waiting SyncGroup; the group is Stable. */
export function propagateAssignment(d: Draft, assignments: ReadonlyMap<string, Uint8Array>): void {
  const g = d.g;
  for (const m of g.members.values()) {
    m.assignment = assignments.get(m.memberId) ?? new Uint8Array(0);
    if (m.awaitingSync) {
      m.awaitingSync = false;
      m.expiresAt = d.now + m.sessionTimeoutMs;
      d.reply({ kind: 'sync', to: m.memberId, result: { errorCode: 0, protocolType: g.protocolType, protocolName: g.protocolName, assignment: m.assignment } });
    }
  }
  g.state = 'Stable';
}

/** A member has sent its SyncGroup for this generation. */
export function syncReceived(g: Group, memberId: string): void {
  g.pendingSync.delete(memberId);
  if (g.pendingSync.size === 0) g.syncDeadline = null;
}

/** Applies every deadline that has passed: lapsed member ids, expired sessions, the end of a join phase, missing SyncGroups. */
export function tick(group: Group, now: number, config: GroupConfig): Decision<null> {
  const d = new Draft(group, now, config);
  const g = d.g;
  for (const [id, at] of [...g.pendingMembers]) {
    if (at > now) continue;
    g.pendingMembers.delete(id);
    maybeCompleteJoin(d);
  }
  for (const m of [...g.members.values()]) {
    if (g.members.has(m.memberId) && m.expiresAt <= now && !heartbeatSatisfied(g.members.get(m.memberId)!)) removeMember(d, m.memberId);
  }
  while (g.state === 'PreparingRebalance' && g.joinDeadline !== null && g.joinDeadline <= now) {
    const delay = g.initialDelay;
    if (delay !== null && delay.newMemberAdded && delay.remainingMs > 0) {
      const next = Math.min(config.initialRebalanceDelayMs, delay.remainingMs);
      g.initialDelay = { remainingMs: Math.max(delay.remainingMs - next, 0), newMemberAdded: false };
      g.joinDeadline = now + next;
    } else {
      completeJoin(d);
    }
  }
  if ((g.state === 'CompletingRebalance' || g.state === 'Stable') && g.syncDeadline !== null && g.syncDeadline <= now) {
    if (g.pendingSync.size > 0) {
      for (const id of [...g.pendingSync]) dropMember(d, id);
      prepareRebalance(d);
    } else {
      g.syncDeadline = null;
    }
  }
  return d.decision(null);
}
