// Group metadata that survives a restart, as Kafka keeps it in __consumer_offsets: the generation,
// selected protocol, leader, and each member with its metadata (of the selected protocol) and its
// assignment — written when a generation becomes Stable (or the group Empty) and when a static
// member takes over. A restarted broker loads every group in that state, giving each member a fresh
// session, so running consumers carry on with their generation instead of rebalancing.
//
// Stored as one JSON value per group in the metadata store's key/value table (`group/<id>`, with
// `groups` listing the ids), all changes in one transaction.
import type { MetadataStore } from '../../storage/metadata/store.ts';
import { emptyGroup, type Group, type Member } from './group.ts';
import { subscribedTopics } from './subscription.ts';

/** A member as stored: its identity and timeouts as kept in memory, its selected protocol's metadata and its assignment in base64. */
type StoredMember = Pick<Member, 'memberId' | 'groupInstanceId' | 'clientId' | 'clientHost' | 'sessionTimeoutMs' | 'rebalanceTimeoutMs'> & {
  metadata: string;
  assignment: string;
};

interface StoredGroup {
  groupId: string;
  protocolType: string | null;
  generationId: number;
  protocolName: string | null;
  leaderId: string | null;
  members: StoredMember[];
}

const INDEX = 'groups';
const key = (groupId: string): string => `group/${groupId}`;
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** Whether a change from `before` to `after` is one Kafka would write down. */
export function worthStoring(before: Group | undefined, after: Group): boolean {
  if (after.state !== 'Stable' && after.state !== 'Empty') return false;
  if (after.state === 'Empty' && after.generationId === 0) return false;
  if (before === undefined || before.state !== after.state || before.generationId !== after.generationId) return true;
  if (before.members.size !== after.members.size) return true;
  for (const id of after.members.keys()) if (!before.members.has(id)) return true;
  return false;
}

export function encodeGroup(g: Group): string {
  const stored: StoredGroup = {
    groupId: g.groupId,
    protocolType: g.protocolType,
    generationId: g.generationId,
    protocolName: g.protocolName,
    leaderId: g.leaderId,
    members: [...g.members.values()].map((m) => ({
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      sessionTimeoutMs: m.sessionTimeoutMs,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      metadata: b64(m.protocols.find((p) => p.name === g.protocolName)?.metadata ?? new Uint8Array(0)),
      assignment: b64(m.assignment),
    })),
  };
  return JSON.stringify(stored);
}

/** The group as loaded at `now`: Stable with its members (each with a new session), or Empty. */
export function decodeGroup(text: string, now: number): Group {
  const s = JSON.parse(text) as StoredGroup;
  const g = emptyGroup(s.groupId);
  g.protocolType = s.protocolType;
  g.generationId = s.generationId;
  if (s.members.length === 0) {
    g.subscribedTopics = subscribedTopics(g);
    return g;
  }
  g.state = 'Stable';
  g.protocolName = s.protocolName;
  g.leaderId = s.leaderId;
  for (const m of s.members) {
    g.members.set(m.memberId, {
      memberId: m.memberId,
      groupInstanceId: m.groupInstanceId,
      clientId: m.clientId,
      clientHost: m.clientHost,
      sessionTimeoutMs: m.sessionTimeoutMs,
      rebalanceTimeoutMs: m.rebalanceTimeoutMs,
      protocolType: s.protocolType ?? '',
      protocols: [{ name: s.protocolName ?? '', metadata: Buffer.from(m.metadata, 'base64') }],
      assignment: Buffer.from(m.assignment, 'base64'),
      awaitingJoin: false,
      awaitingSync: false,
      isNew: false,
      expiresAt: now + m.sessionTimeoutMs,
    });
  }
  g.subscribedTopics = subscribedTopics(g);
  return g;
}

export class GroupStore {
  private readonly meta: MetadataStore;
  private readonly ids: Set<string>;

  constructor(meta: MetadataStore) {
    this.meta = meta;
    this.ids = new Set(JSON.parse(meta.getMeta(INDEX) ?? '[]') as string[]);
  }

  load(now: number): Group[] {
    const out: Group[] = [];
    for (const id of this.ids) {
      const text = this.meta.getMeta(key(id));
      if (text !== undefined && text !== '') out.push(decodeGroup(text, now));
    }
    return out;
  }

  save(g: Group): void {
    this.meta.transaction(() => {
      this.meta.setMeta(key(g.groupId), encodeGroup(g));
      if (!this.ids.has(g.groupId)) {
        this.ids.add(g.groupId);
        this.meta.setMeta(INDEX, JSON.stringify([...this.ids]));
      }
    });
  }

  remove(groupId: string): void {
    if (!this.ids.has(groupId)) return;
    this.meta.transaction(() => {
      this.meta.setMeta(key(groupId), '');
      this.ids.delete(groupId);
      this.meta.setMeta(INDEX, JSON.stringify([...this.ids]));
    });
  }
}
