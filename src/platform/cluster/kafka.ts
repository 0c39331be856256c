// The Cluster contract (types.ts) over the Kafka admin protocol with @platformatic/kafka's Admin
// client, written against the protocol only, so it serves Weir's broker and any other Kafka alike:
// Metadata and DescribeConfigs describe topics (a config is an override when its source is
// TOPIC_CONFIG); CreateTopics, DeleteTopics, CreatePartitions and IncrementalAlterConfigs change
// them; ListGroups, DescribeGroups, OffsetFetch and ListOffsets describe consumer groups and their
// lag; DescribeAcls, CreateAcls and DeleteAcls read and change ACL bindings (acls.ts converts
// them). Topics whose names start with '__' (the brokers' internal ones) are left out.
// CreateTopics is sent with the client's CreateTopics v7 API function on a connection to the
// controller, not with Admin.createTopics: that method neither exposes validate_only nor takes a
// partition count and configs per topic. Every failure is a WeirError (CLUSTER) naming what was
// asked (the topic or group), the broker's error name and message, and the bootstrap list.
// Not covered: KIP-848 ("consumer" type) groups — only classic groups are listed.
import {
  Admin,
  ConfigResourceTypes,
  ConfigSources,
  IncrementalAlterConfigOperationTypes,
  createTopicsV7,
  protocolErrorsCodesById,
  type Group,
  type ListConsumerGroupOffsetsGroup,
} from '@platformatic/kafka';
import { WeirError } from '../../util/errors.ts';
import type { AclBinding, Cluster, ClusterGroup, ClusterTopic, NewTopic } from './types.ts';
import { ALL_ACLS, aclList, fromKafkaAcl, namedAclFailures, toKafkaAcl } from './acls.ts';

const TIMEOUT_MS = 30_000;

/** Connects to the cluster at `bootstrap` (host:port[,host:port…]); fails at once when it cannot be reached. */
export async function kafkaCluster(bootstrap: string): Promise<Cluster> {
  const brokers = bootstrap.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (brokers.length === 0) throw new WeirError('CONFIG_INVALID', 'no Kafka bootstrap address given', { hint: 'Name one or more host:port, comma-separated' });
  const admin = new Admin({ clientId: 'weir-platform', bootstrapBrokers: brokers, retries: 2, retryDelay: 250, timeout: TIMEOUT_MS });
  const cluster = new KafkaCluster(brokers.join(','), admin);
  try {
    await cluster.call('read the metadata', undefined, () => admin.metadata({ topics: [] }));
  } catch (err) {
    await admin.close().catch(() => {});
    throw err;
  }
  return cluster;
}

class KafkaCluster implements Cluster {
  readonly name: string;
  readonly #admin: Admin;

  constructor(name: string, admin: Admin) {
    this.name = name;
    this.#admin = admin;
  }

  async describeTopics(names?: readonly string[]): Promise<ClusterTopic[]> {
    const admin = this.#admin;
    const all = (await this.call('list topics', undefined, () => admin.listTopics())).filter((n) => !n.startsWith('__'));
    const named = names === undefined ? undefined : new Set(names);
    const wanted = named === undefined ? all : all.filter((n) => named.has(n));
    if (wanted.length === 0) return [];
    const subject = list('topic', wanted);
    const meta = await this.call(`read the metadata of ${subject}`, subject, () => admin.metadata({ topics: wanted, forceUpdate: true }));
    const described = await this.call(`describe the configs of ${subject}`, subject, () =>
      admin.describeConfigs({ resources: wanted.map((n) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName: n })) }),
    );
    const byName = new Map(described.map((d) => [d.resourceName, d.configs]));
    return wanted.map((name) => {
      const entries = (byName.get(name) ?? []).filter((c) => c.value !== null);
      return {
        name,
        partitions: meta.topics.get(name)?.partitionsCount ?? 0,
        configs: Object.fromEntries(entries.map((c) => [c.name, c.value!])),
        overrides: entries.filter((c) => c.configSource === ConfigSources.TOPIC_CONFIG).map((c) => c.name),
      };
    });
  }

  async createTopics(topics: readonly NewTopic[], options: { readonly validateOnly?: boolean } = {}): Promise<void> {
    if (topics.length === 0) return;
    const admin = this.#admin;
    const subject = list('topic', topics.map((t) => t.name));
    const validateOnly = options.validateOnly ?? false;
    await this.call(`${validateOnly ? 'validate the creation of' : 'create'} ${subject}`, subject, async () => {
      const meta = await admin.metadata({ topics: [] });
      const node = meta.brokers.has(meta.controllerId) ? meta.controllerId : [...meta.brokers.keys()][0]!;
      const connection = (await admin.connectToBrokers([node])).get(node)!;
      const requests = topics.map((t) => ({
        name: t.name,
        numPartitions: t.partitions,
        replicationFactor: -1,
        assignments: [],
        configs: Object.entries(t.configs).map(([name, value]) => ({ name, value })),
      }));
      await createTopicsV7.api.async(connection, requests, TIMEOUT_MS, validateOnly);
    });
  }

  async deleteTopics(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const subject = list('topic', names);
    await this.call(`delete ${subject}`, subject, () => this.#admin.deleteTopics({ topics: [...names] }));
  }

  async createPartitions(name: string, count: number): Promise<void> {
    await this.call(`grow topic '${name}' to ${count} partitions`, name, () => this.#admin.createPartitions({ topics: [{ name, count }] }));
  }

  async alterTopicConfigs(name: string, set: Readonly<Record<string, string>>, remove: readonly string[]): Promise<void> {
    const configs = [
      ...Object.entries(set).map(([key, value]) => ({ name: key, configOperation: IncrementalAlterConfigOperationTypes.SET, value })),
      ...remove.map((key) => ({ name: key, configOperation: IncrementalAlterConfigOperationTypes.DELETE })),
    ];
    if (configs.length === 0) return;
    await this.call(`alter the configs of topic '${name}'`, name, () =>
      this.#admin.incrementalAlterConfigs({ resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: name, configs }] }),
    );
  }

  async listGroups(): Promise<ClusterGroup[]> {
    const admin = this.#admin;
    const ids = [...(await this.call('list consumer groups', undefined, () => admin.listGroups())).keys()].sort();
    if (ids.length === 0) return [];
    const subject = list('group', ids);
    const described = await this.call(`describe ${subject}`, subject, () => admin.describeGroups({ groups: ids }));
    const committed = await this.call(`read the committed offsets of ${subject}`, subject, () => admin.listConsumerGroupOffsets({ groups: ids }));
    const offsets = new Map(committed.map((g) => [g.groupId, g]));
    const ends = await this.#highWatermarks(committed);
    return ids.map((id) => group(id, described.get(id), offsets.get(id), ends));
  }

  /** The high watermark of every existing partition some group committed an offset for, keyed `topic:partition`. */
  async #highWatermarks(committed: readonly ListConsumerGroupOffsetsGroup[]): Promise<Map<string, bigint>> {
    const wanted = new Map<string, Set<number>>();
    for (const g of committed) {
      for (const t of g.topics) {
        for (const p of t.partitions) if (p.committedOffset >= 0n) wanted.set(t.name, (wanted.get(t.name) ?? new Set()).add(p.partitionIndex));
      }
    }
    const ends = new Map<string, bigint>();
    if (wanted.size === 0) return ends;
    const admin = this.#admin;
    const existing = new Set(await this.call('list topics', undefined, () => admin.listTopics()));
    const meta = await this.call('read topic metadata', undefined, () => admin.metadata({ topics: [...wanted.keys()].filter((t) => existing.has(t)), forceUpdate: true }));
    const topics = [...wanted]
      .filter(([t]) => meta.topics.has(t))
      .map(([name, ps]) => ({ name, partitions: [...ps].filter((p) => p < meta.topics.get(name)!.partitionsCount).map((partitionIndex) => ({ partitionIndex, timestamp: -1n })) }));
    if (topics.length === 0) return ends;
    const subject = list('topic', topics.map((t) => t.name));
    const listed = await this.call(`list the end offsets of ${subject}`, subject, () => admin.listOffsets({ topics }));
    for (const t of listed) for (const p of t.partitions) ends.set(`${t.name}:${p.partitionIndex}`, p.offset);
    return ends;
  }

  async describeAcls(): Promise<AclBinding[]> {
    const resources = await this.call('describe the ACLs', undefined, () => this.#admin.describeAcls({ filter: ALL_ACLS }));
    return resources.flatMap((r) => r.acls.map((a) => fromKafkaAcl({ ...r, ...a }, this.name)));
  }

  async createAcls(bindings: readonly AclBinding[]): Promise<void> {
    if (bindings.length === 0) return;
    const subject = aclList(bindings);
    await this.call(`create ${subject}`, subject, () =>
      this.#admin.createAcls({ creations: bindings.map(toKafkaAcl) }).catch((err: unknown) => {
        throw namedAclFailures(err, bindings);
      }),
    );
  }

  async deleteAcls(bindings: readonly AclBinding[]): Promise<void> {
    if (bindings.length === 0) return;
    const subject = aclList(bindings);
    await this.call(`delete ${subject}`, subject, () => this.#admin.deleteAcls({ filters: bindings.map(toKafkaAcl) }));
  }

  async close(): Promise<void> {
    await this.#admin.close();
  }

  /** Runs a client call; its failure becomes a CLUSTER error naming what was asked, the broker's errors and the bootstrap. */
  async call<T>(what: string, subject: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw new WeirError('CLUSTER', `could not ${what} on the Kafka cluster at ${this.name}: ${failures(err).join('; ')}`, {
        cause: err,
        ...(subject === undefined ? {} : { where: subject }),
      });
    }
  }
}

function group(id: string, d: Group | undefined, committed: ListConsumerGroupOffsetsGroup | undefined, ends: ReadonlyMap<string, bigint>): ClusterGroup {
  const topics = new Set<string>();
  let lag: bigint | undefined;
  for (const t of committed?.topics ?? []) {
    for (const p of t.partitions) {
      if (p.committedOffset < 0n) continue;
      topics.add(t.name);
      const end = ends.get(`${t.name}:${p.partitionIndex}`);
      if (end !== undefined) lag = (lag ?? 0n) + (end > p.committedOffset ? end - p.committedOffset : 0n);
    }
  }
  for (const m of d?.members.values() ?? []) {
    for (const t of m.assignments?.keys() ?? []) topics.add(t);
    for (const t of m.metadata?.topics ?? []) topics.add(t);
  }
  return {
    id,
    state: stateName(d?.state ?? 'DEAD'),
    protocolType: d?.protocolType ?? '',
    members: d?.members.size ?? 0,
    topics: [...topics].sort(),
    ...(lag === undefined ? {} : { lag: Number(lag) }),
  };
}

const STATES = ['Stable', 'Empty', 'PreparingRebalance', 'CompletingRebalance', 'Dead', 'Unknown'];

/** A group state as Kafka spells it ("PreparingRebalance"); the client upper-cases it. */
function stateName(s: string): string {
  const norm = s.replaceAll('_', '').toLowerCase();
  return STATES.find((k) => k.toLowerCase() === norm) ?? s;
}

function list(kind: string, names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `'${n}'`).join(', ');
  return `${kind}${names.length === 1 ? '' : 's'} ${shown}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`;
}

/**
 * What the broker answered, as "name: ERROR_NAME (message)" lines: the failed entries of the
 * response the client error carries (they name their topic, resource or group), else the protocol
 * errors it wraps, else the client's own message (a network error, a timeout).
 */
function failures(err: unknown): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (s: string): void => {
    if (!seen.has(s)) out.push(s);
    seen.add(s);
  };
  const walk = (e: unknown): void => {
    if (typeof e !== 'object' || e === null) return add(String(e));
    const o = e as { response?: unknown; apiId?: string; serverErrorMessage?: string | null; message?: string; errors?: unknown[]; cause?: unknown };
    const entries = failedEntries(o.response);
    if (entries.length > 0) return entries.forEach(add);
    if (typeof o.apiId === 'string') return add(`${o.apiId} (${o.serverErrorMessage ?? o.message})`);
    const nested = [...(Array.isArray(o.errors) ? o.errors : []), ...(o.cause === undefined ? [] : [o.cause])];
    if (nested.length > 0) return nested.forEach(walk);
    add(o.message ?? String(e));
  };
  walk(err);
  return out;
}

function failedEntries(response: unknown, out: string[] = []): string[] {
  if (Array.isArray(response)) {
    for (const r of response) failedEntries(r, out);
  } else if (typeof response === 'object' && response !== null) {
    const r = response as Record<string, unknown>;
    if (typeof r.errorCode === 'number' && r.errorCode !== 0) {
      const name = r.name ?? r.resourceName ?? r.groupId;
      const code = protocolErrorsCodesById[r.errorCode] ?? `error code ${r.errorCode}`;
      out.push(`${typeof name === 'string' ? `${name}: ` : ''}${code}${typeof r.errorMessage === 'string' && r.errorMessage !== '' ? ` (${r.errorMessage})` : ''}`);
    }
    for (const v of Object.values(r)) if (typeof v === 'object' && v !== null) failedEntries(v, out);
  }
  return out;
}
