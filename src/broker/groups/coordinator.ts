// The group coordinator: this broker coordinates every classic consumer group. The decisions are
// pure (join.ts, sync.ts, offsets.ts, rebalance.ts); this is their edge — the groups in memory, the
// JoinGroup and SyncGroup requests waiting for a rebalance, one timer per group for its next
// deadline; committed offsets go to the metadata store (committed.ts: durable, with metadata strings).
// Each Stable generation is written down (persist.ts) and loaded again after a restart, so consumers
// that were running carry on in their generation, as with Kafka's __consumer_offsets.
import { randomUUID } from 'node:crypto';
import { KafkaErrors } from '../../protocol/generated/error-codes.ts';
import { logger } from '../../util/log.ts';
import type { Broker } from '../broker.ts';
import { deleteCommitted, hasCommitted, knownTopics, readCommitted, writeCommits, type CommitPartition, type CommittedPartition, type PartitionErrors } from './committed.ts';
import { nextDeadline, type Group, type GroupConfig } from './group.ts';
import { GroupStore, worthStoring } from './persist.ts';
import { decideJoin, type JoinRequest } from './join.ts';
import { decideCommit, decideDeleteGroup, decideOffsetDelete, summarize, type CommitIdentity, type GroupSummary } from './offsets.ts';
import { joinError, syncError, tick, type Answer, type JoinResult, type Outcome, type Reply, type SyncResult } from './rebalance.ts';
import { decideHeartbeat, decideLeave, decideSync, type HeartbeatRequest, type LeaveResult, type LeavingMember, type SyncRequest } from './sync.ts';

type Waiter = (result: JoinResult | SyncResult) => void;

export class GroupCoordinator {
  readonly broker: Broker;
  private readonly groups = new Map<string, Group>();
  private readonly waiting = new Map<string, Waiter>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly store: GroupStore;
  private closed = false;
  private readonly log = logger('groups');

  constructor(broker: Broker) {
    this.broker = broker;
    this.store = new GroupStore(broker.log.meta);
    const loaded = this.store.load(Date.now());
    for (const g of loaded) {
      this.groups.set(g.groupId, g);
      this.schedule(g.groupId);
    }
    if (loaded.length > 0) this.log.info({ groups: loaded.length }, 'groups loaded');
  }

  private get config(): GroupConfig {
    const c = this.broker.config;
    return { minSessionTimeoutMs: c.groupMinSessionTimeoutMs, maxSessionTimeoutMs: c.groupMaxSessionTimeoutMs, initialRebalanceDelayMs: c.groupInitialRebalanceDelayMs };
  }

  /** The id a member without one is given: `${clientId}-${uuid}` (a static member's instance id in place of the client id). */
  static newMemberId(clientId: string, groupInstanceId: string | null): string {
    return `${groupInstanceId ?? clientId}-${randomUUID()}`;
  }

  join(req: JoinRequest): Promise<JoinResult> {
    if (this.closed) return Promise.resolve(joinError(KafkaErrors.NOT_COORDINATOR, req.memberId));
    return this.wait('join', req.groupId, this.apply(req.groupId, decideJoin(this.groups.get(req.groupId), req, Date.now(), this.config)));
  }

  sync(req: SyncRequest): Promise<SyncResult> {
    if (this.closed) return Promise.resolve(syncError(KafkaErrors.NOT_COORDINATOR));
    return this.wait('sync', req.groupId, this.apply(req.groupId, decideSync(this.groups.get(req.groupId), req, Date.now(), this.config)));
  }

  heartbeat(req: HeartbeatRequest): number {
    return this.apply(req.groupId, decideHeartbeat(this.groups.get(req.groupId), req, Date.now(), this.config));
  }

  leave(groupId: string, members: readonly LeavingMember[]): LeaveResult {
    return this.apply(groupId, decideLeave(this.groups.get(groupId), groupId, members, Date.now(), this.config));
  }

  describe(groupId: string): GroupSummary {
    return summarize(groupId, this.groups.get(groupId), hasCommitted(this.broker.log, groupId));
  }

  /** Every group: those in memory, and those known only by their committed offsets. */
  list(): GroupSummary[] {
    const ids = new Set([...this.groups.keys(), ...this.broker.log.meta.groups()]);
    return [...ids].sort().map((id) => this.describe(id));
  }

  /** Deletes an empty group and its committed offsets; returns the error code. */
  deleteGroup(groupId: string): number {
    const errorCode = decideDeleteGroup(this.groups.get(groupId), hasCommitted(this.broker.log, groupId));
    if (errorCode !== 0) return errorCode;
    this.groups.delete(groupId);
    this.clearTimer(groupId);
    this.store.remove(groupId);
    this.broker.log.meta.deleteOffsets(groupId);
    this.log.info({ group: groupId }, 'group deleted');
    return 0;
  }

  /** Commits offsets a member (or, for a group without members, anyone) may commit; returns each partition's error code. */
  commitOffsets(groupId: string, who: CommitIdentity, topics: readonly { name: string; partitions: readonly CommitPartition[] }[]): PartitionErrors[] {
    const groupError = this.closed ? KafkaErrors.NOT_COORDINATOR : this.apply(groupId, decideCommit(this.groups.get(groupId), who, Date.now(), this.config));
    return writeCommits(this.broker.log, groupId, groupError, topics);
  }

  fetchOffsets(groupId: string, topics: readonly { name: string; partitionIndexes: readonly number[] }[] | null): { name: string; partitions: CommittedPartition[] }[] {
    return readCommitted(this.broker.log, groupId, topics);
  }

  /** OffsetDelete: removes the offsets of topics the group does not consume. */
  deleteOffsets(groupId: string, topics: readonly { name: string; partitions: readonly number[] }[]): { errorCode: number; topics: PartitionErrors[] } {
    const log = this.broker.log;
    const decision = decideOffsetDelete(this.groups.get(groupId), hasCommitted(log, groupId), knownTopics(log, topics));
    if (decision.errorCode !== 0) return { errorCode: decision.errorCode, topics: [] };
    return { errorCode: 0, topics: deleteCommitted(log, groupId, decision.topicErrors, topics) };
  }

  /** Stops the timers and answers every waiting JoinGroup and SyncGroup with NOT_COORDINATOR. */
  close(): void {
    this.closed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const [key, w] of this.waiting) w(key.startsWith('join') ? joinError(KafkaErrors.NOT_COORDINATOR) : syncError(KafkaErrors.NOT_COORDINATOR));
    this.waiting.clear();
  }

  /** Keeps a decision's group, answers the requests it replies to, re-arms the group's timer; returns the caller's answer. */
  private apply<T>(groupId: string, outcome: Outcome<T>): T {
    if (!('group' in outcome)) return outcome.answer;
    const before = this.groups.get(groupId);
    const g = outcome.group;
    // A group that never had a generation and has nobody in it is not worth remembering.
    if (g.state === 'Empty' && g.generationId === 0 && g.members.size === 0 && g.pendingMembers.size === 0) this.groups.delete(groupId);
    else this.groups.set(groupId, g);
    if (worthStoring(before, g)) this.store.save(g);
    if (before?.generationId !== g.generationId || before?.state !== g.state) {
      this.log.info({ group: groupId, state: g.state, generation: g.generationId, members: g.members.size, protocol: g.protocolName }, 'group state');
    }
    for (const r of outcome.replies) this.deliver(groupId, r);
    this.schedule(groupId);
    return outcome.answer;
  }

  private deliver(groupId: string, r: Reply): void {
    const key = `${r.kind}\u0000${groupId}\u0000${r.to}`;
    const w = this.waiting.get(key);
    if (w === undefined) return;
    this.waiting.delete(key);
    w(r.result);
  }

  private wait<T extends JoinResult | SyncResult>(kind: 'join' | 'sync', groupId: string, answer: Answer<T>): Promise<T> {
    if ('now' in answer) return Promise.resolve(answer.now);
    return new Promise<T>((resolve) => this.waiting.set(`${kind}\u0000${groupId}\u0000${answer.wait}`, resolve as Waiter));
  }

  private schedule(groupId: string): void {
    this.clearTimer(groupId);
    const g = this.groups.get(groupId);
    const at = g === undefined || this.closed ? null : nextDeadline(g);
    if (at === null) return;
    const timer = setTimeout(() => this.onTimer(groupId), Math.max(0, at - Date.now()));
    timer.unref();
    this.timers.set(groupId, timer);
  }

  private clearTimer(groupId: string): void {
    const t = this.timers.get(groupId);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(groupId);
  }

  private onTimer(groupId: string): void {
    this.timers.delete(groupId);
    const g = this.groups.get(groupId);
    if (g === undefined || this.closed) return;
    const before = new Set(g.members.keys());
    const outcome = tick(g, Date.now(), this.config);
    const gone = [...before].filter((id) => !outcome.group.members.has(id));
    if (gone.length > 0) this.log.info({ group: groupId, members: gone }, 'members removed (session, rebalance or sync timeout)');
    this.apply(groupId, outcome);
  }
}

/** Kafka's client host as DescribeGroups reports it: `/` and the address of `host:port`. */
export function clientHostOf(peer: string): string {
  const i = peer.lastIndexOf(':');
  return `/${i < 0 ? peer : peer.slice(0, i)}`;
}
