// A classic consumer group as the coordinator keeps it in memory: members, generation, the
// selected protocol, and the deadlines that drive it (session expiry, the join and sync phases).
// Plain data, no timers: the decisions in join.ts, sync.ts, members.ts and rebalance.ts take a
// group and return a new one (never changing the one they were given); coordinator.ts does the
// waiting, the timers and the I/O. Kafka's names are kept (GroupMetadata.scala, MemberMetadata).

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface Protocol {
  readonly name: string;
  readonly metadata: Uint8Array;
}

export interface Member {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  protocolType: string;
  protocols: readonly Protocol[];
  assignment: Uint8Array;
  /** A JoinGroup from this member is waiting for the join phase to end. */
  awaitingJoin: boolean;
  /** A SyncGroup from this member is waiting for the leader's assignment. */
  awaitingSync: boolean;
  /** Joined during the current rebalance: expires at `expiresAt` even while waiting. */
  isNew: boolean;
  /** Removed from the group at this time unless it heartbeats (or waits in a rebalance). */
  expiresAt: number;
}

export interface Group {
  readonly groupId: string;
  state: GroupState;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leaderId: string | null;
  /** In join order (the order leader election and protocol votes follow). */
  members: Map<string, Member>;
  /** Member ids handed out with MEMBER_ID_REQUIRED, not yet joined → when they lapse. */
  pendingMembers: Map<string, number>;
  /** Members of the current generation that have not sent SyncGroup yet. */
  pendingSync: Set<string>;
  /** PreparingRebalance: when the join phase ends whether or not everyone rejoined. */
  joinDeadline: number | null;
  /** Set while the initial delayed join of a group that was empty runs (group.initial.rebalance.delay.ms). */
  initialDelay: { remainingMs: number; newMemberAdded: boolean } | null;
  /** When members still in `pendingSync` are removed. */
  syncDeadline: number | null;
  /** Topics the members subscribe to (consumer protocol), or null when unknown. */
  subscribedTopics: ReadonlySet<string> | null;
}

/** What the coordinator's configuration says about groups. */
export interface GroupConfig {
  readonly minSessionTimeoutMs: number;
  readonly maxSessionTimeoutMs: number;
  readonly initialRebalanceDelayMs: number;
}

/** Kafka's ConsumerProtocol.PROTOCOL_TYPE. */
export const CONSUMER_PROTOCOL_TYPE = 'consumer';

export function emptyGroup(groupId: string): Group {
  return {
    groupId,
    state: 'Empty',
    generationId: 0,
    protocolType: null,
    protocolName: null,
    leaderId: null,
    members: new Map(),
    pendingMembers: new Map(),
    pendingSync: new Set(),
    joinDeadline: null,
    initialDelay: null,
    syncDeadline: null,
    subscribedTopics: null,
  };
}

/** A copy that can be changed without touching `g` (members are copied; byte arrays are shared, never changed). */
export function copyGroup(g: Group): Group {
  return {
    ...g,
    members: new Map([...g.members].map(([id, m]) => [id, { ...m }])),
    pendingMembers: new Map(g.pendingMembers),
    pendingSync: new Set(g.pendingSync),
    initialDelay: g.initialDelay === null ? null : { ...g.initialDelay },
  };
}

/** The member id of the static member with this instance id, if it is in the group. */
export function staticMemberId(g: Group, groupInstanceId: string | null): string | undefined {
  if (groupInstanceId === null) return undefined;
  for (const m of g.members.values()) if (m.groupInstanceId === groupInstanceId) return m.memberId;
  return undefined;
}

/** Kafka's isStaticMemberFenced: the instance id belongs to the group under another member id. */
export function isFenced(g: Group, groupInstanceId: string | null, memberId: string): boolean {
  const current = staticMemberId(g, groupInstanceId);
  return current !== undefined && current !== memberId;
}

/** The longest rebalance timeout of the members: how long a join phase may wait. */
export function rebalanceTimeoutMs(g: Group): number {
  let max = 0;
  for (const m of g.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
  return max;
}

/** Protocols every member supports. */
function candidateProtocols(g: Group): Set<string> {
  const members = [...g.members.values()];
  const first = members[0];
  if (first === undefined) return new Set();
  return new Set(first.protocols.map((p) => p.name).filter((n) => members.every((m) => m.protocols.some((p) => p.name === n))));
}

/** Kafka's supportsProtocols: may a member with these protocols join? */
export function supportsProtocols(g: Group, protocolType: string, protocols: readonly Protocol[]): boolean {
  if (g.state === 'Empty') return protocolType !== '' && protocols.length > 0;
  if (g.protocolType !== protocolType) return false;
  const common = candidateProtocols(g);
  return protocols.some((p) => common.has(p.name));
}

/**
 * Kafka's selectProtocol: every member votes for the first protocol in its own preference order
 * that all members support; the most votes win, ties going to the leader's (first member's) order.
 */
export function selectProtocol(g: Group): string | null {
  const candidates = candidateProtocols(g);
  const votes = new Map<string, number>();
  for (const m of g.members.values()) {
    const choice = m.protocols.find((p) => candidates.has(p.name));
    if (choice !== undefined) votes.set(choice.name, (votes.get(choice.name) ?? 0) + 1);
  }
  const leader = (g.leaderId !== null ? g.members.get(g.leaderId) : undefined) ?? g.members.values().next().value;
  const order = (leader?.protocols ?? []).map((p) => p.name).filter((n) => votes.has(n));
  let best: string | null = null;
  for (const name of order) if (best === null || (votes.get(name) ?? 0) > (votes.get(best) ?? 0)) best = name;
  return best;
}

export function metadataFor(m: Member, protocol: string | null): Uint8Array {
  return m.protocols.find((p) => p.name === protocol)?.metadata ?? new Uint8Array(0);
}

/** Same protocols, same order, same bytes (Kafka's MemberMetadata.matches). */
export function sameProtocols(a: readonly Protocol[], b: readonly Protocol[]): boolean {
  return a.length === b.length && a.every((p, i) => p.name === b[i]!.name && Buffer.from(p.metadata).equals(b[i]!.metadata));
}

/** A member that is waiting in a rebalance does not need to heartbeat, unless it joined in this one. */
export function heartbeatSatisfied(m: Member): boolean {
  return !m.isNew && (m.awaitingJoin || m.awaitingSync);
}

/** The earliest time at which `tick` would change the group, or null when nothing is due. */
export function nextDeadline(g: Group): number | null {
  let next: number | null = null;
  const consider = (t: number | null): void => {
    if (t !== null && (next === null || t < next)) next = t;
  };
  for (const t of g.pendingMembers.values()) consider(t);
  for (const m of g.members.values()) if (!heartbeatSatisfied(m)) consider(m.expiresAt);
  if (g.state === 'PreparingRebalance') consider(g.joinDeadline);
  if (g.state === 'CompletingRebalance' || g.state === 'Stable') consider(g.pendingSync.size > 0 ? g.syncDeadline : null);
  return next;
}
