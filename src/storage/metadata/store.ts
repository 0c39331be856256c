// The metadata store: topics, partitions (streams), configs, the object index (which object holds
// which offsets of which stream), the WAL checkpoint, committed group offsets and ACL bindings
// (stored as given; the broker decides what they mean). Embedded default:
// node:sqlite under the data directory, every change in one transaction (WAL journal, synchronous
// FULL), so a crash leaves either the whole change or none of it.
//
// Producer state here is the last batch each idempotent producer wrote to each stream, saved by
// the broker as batches are uploaded or on shutdown; the broker keeps the live state and rebuilds
// the rest from the WAL. Deliberately not here: transactions (a later layer, using `transaction()`).
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WeirError } from '../../util/errors.ts';
import { SCHEMA } from './schema.ts';

export interface Topic {
  readonly id: string;
  readonly name: string;
  readonly partitions: number;
  readonly configs: Readonly<Record<string, string>>;
  readonly createdMs: number;
}

export interface StreamRow {
  readonly id: number;
  readonly topicId: string;
  readonly partition: number;
  readonly logStartOffset: bigint;
  /** One past the last offset ever uploaded. */
  readonly uploadedEnd: bigint;
}

export type ObjectKind = 'stream-set' | 'stream';

/** A contiguous run of one stream's batches inside an object: offsets [startOffset, endOffset). */
export interface Range {
  readonly streamId: number;
  readonly startOffset: bigint;
  readonly endOffset: bigint;
  readonly objectKey: string;
  readonly position: number;
  readonly size: number;
  readonly maxTimestamp: bigint;
}

/** The last batch an idempotent producer wrote to a stream. */
export interface ProducerState {
  readonly streamId: number;
  readonly producerId: bigint;
  readonly epoch: number;
  readonly firstSequence: number;
  readonly lastSequence: number;
  readonly lastOffset: bigint;
}

/** An ACL binding, in Kafka's codes: resource type, name and pattern type; principal, host, operation and permission type. */
export interface StoredAcl {
  readonly resourceType: number;
  readonly resourceName: string;
  readonly patternType: number;
  readonly principal: string;
  readonly host: string;
  readonly operation: number;
  readonly permissionType: number;
}

export interface NewObject {
  readonly key: string;
  readonly kind: ObjectKind;
  readonly size: number;
  readonly ranges: readonly Omit<Range, 'objectKey'>[];
}

export class MetadataStore {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
    this.db.exec(SCHEMA);
  }

  close(): void {
    this.db.close();
  }

  private sql(text: string): StatementSync {
    let s = this.statements.get(text);
    if (s === undefined) {
      s = this.db.prepare(text);
      s.setReadBigInts(true);
      this.statements.set(text, s);
    }
    return s;
  }

  /** Runs `fn` in one transaction: all of it commits, or none of it. */
  transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  // Counters and settings.

  getMeta(key: string): string | undefined {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Reserves `count` object ids never handed out before (even if the objects they name were never committed); returns the first. */
  reserveObjectIds(count: number): bigint {
    return this.transaction(() => {
      const id = BigInt(this.getMeta('next_object_id') ?? '1');
      this.setMeta('next_object_id', String(id + BigInt(count)));
      return id;
    });
  }

  // Topics and streams.

  createTopic(name: string, partitions: number, configs: Record<string, string>, now = Date.now()): Topic {
    return this.transaction(() => {
      if (this.getTopic(name) !== undefined) throw new WeirError('CONFIG_INVALID', `topic ${name} already exists`, { where: `topic ${name}` });
      const id = randomUUID();
      this.sql('INSERT INTO topics(id, name, partitions, configs, created_ms) VALUES (?, ?, ?, ?, ?)').run(id, name, partitions, JSON.stringify(configs), now);
      for (let p = 0; p < partitions; p++) this.sql('INSERT INTO streams(topic_id, partition) VALUES (?, ?)').run(id, p);
      return { id, name, partitions, configs, createdMs: now };
    });
  }

  getTopic(name: string): Topic | undefined {
    const row = this.sql('SELECT * FROM topics WHERE name = ?').get(name);
    return row === undefined ? undefined : toTopic(row);
  }

  listTopics(): Topic[] {
    return this.sql('SELECT * FROM topics ORDER BY name').all().map(toTopic);
  }

  setTopicConfigs(name: string, configs: Record<string, string>): void {
    this.sql('UPDATE topics SET configs = ? WHERE name = ?').run(JSON.stringify(configs), name);
  }

  addPartitions(name: string, total: number): void {
    this.transaction(() => {
      const topic = this.getTopic(name);
      if (topic === undefined) throw new WeirError('CONFIG_INVALID', `no topic ${name}`, { where: `topic ${name}` });
      if (total <= topic.partitions) throw new WeirError('CONFIG_INVALID', `topic ${name} has ${topic.partitions} partitions; ${total} is not more`);
      for (let p = topic.partitions; p < total; p++) this.sql('INSERT INTO streams(topic_id, partition) VALUES (?, ?)').run(topic.id, p);
      this.sql('UPDATE topics SET partitions = ? WHERE id = ?').run(total, topic.id);
    });
  }

  /** Removes the topic, its streams, their ranges, producer state and committed offsets; returns the keys of objects no range refers to any more. */
  deleteTopic(name: string): string[] {
    return this.transaction(() => {
      const topic = this.getTopic(name);
      if (topic === undefined) return [];
      const keys = this.sql('SELECT DISTINCT r.object_key AS key FROM ranges r JOIN streams s ON s.id = r.stream_id WHERE s.topic_id = ?').all(topic.id) as { key: string }[];
      this.sql('DELETE FROM ranges WHERE stream_id IN (SELECT id FROM streams WHERE topic_id = ?)').run(topic.id);
      this.sql('DELETE FROM producers WHERE stream_id IN (SELECT id FROM streams WHERE topic_id = ?)').run(topic.id);
      // As Kafka does, committed offsets of a deleted topic go with it.
      this.sql('DELETE FROM group_offsets WHERE topic = ?').run(name);
      this.sql('DELETE FROM streams WHERE topic_id = ?').run(topic.id);
      this.sql('DELETE FROM topics WHERE id = ?').run(topic.id);
      return this.unreferenced(keys.map((k) => k.key));
    });
  }

  streams(): StreamRow[] {
    return this.sql('SELECT * FROM streams ORDER BY id').all().map(toStream);
  }

  streamOf(topicId: string, partition: number): StreamRow | undefined {
    const row = this.sql('SELECT * FROM streams WHERE topic_id = ? AND partition = ?').get(topicId, partition);
    return row === undefined ? undefined : toStream(row);
  }

  setLogStartOffset(streamId: number, offset: bigint): void {
    this.sql('UPDATE streams SET log_start_offset = ? WHERE id = ? AND log_start_offset < ?').run(offset, streamId, offset);
  }

  // The object index.

  /** Records an uploaded object and its ranges, and the WAL position it makes safe, in one transaction. */
  commitObject(object: NewObject, walCheckpoint: bigint | null, now = Date.now()): void {
    this.transaction(() => {
      this.insertObject(object, now);
      if (walCheckpoint !== null) this.setMeta('wal_checkpoint', walCheckpoint.toString());
    });
  }

  /** Swaps ranges for new objects (compaction): removes `removed` ranges, adds `added` objects; returns objects left unreferenced. */
  replaceRanges(removed: readonly Pick<Range, 'streamId' | 'startOffset'>[], added: readonly NewObject[], now = Date.now()): string[] {
    return this.transaction(() => {
      const keys: string[] = [];
      for (const r of removed) {
        const row = this.sql('SELECT object_key FROM ranges WHERE stream_id = ? AND start_offset = ?').get(r.streamId, r.startOffset) as { object_key: string } | undefined;
        if (row === undefined) throw new WeirError('INTERNAL', `range ${r.streamId}@${r.startOffset} vanished during compaction`);
        keys.push(row.object_key);
        this.sql('DELETE FROM ranges WHERE stream_id = ? AND start_offset = ?').run(r.streamId, r.startOffset);
      }
      for (const o of added) this.insertObject(o, now);
      return this.unreferenced(keys);
    });
  }

  private insertObject(object: NewObject, now: number): void {
    this.sql('INSERT INTO objects(key, kind, size, created_ms) VALUES (?, ?, ?, ?)').run(object.key, object.kind, object.size, now);
    for (const r of object.ranges) {
      this.sql('INSERT INTO ranges(stream_id, start_offset, end_offset, object_key, position, size, max_timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        r.streamId,
        r.startOffset,
        r.endOffset,
        object.key,
        r.position,
        r.size,
        r.maxTimestamp,
      );
      this.sql('UPDATE streams SET uploaded_end = ? WHERE id = ? AND uploaded_end < ?').run(r.endOffset, r.streamId, r.endOffset);
    }
  }

  /** Of these object keys, the ones no range refers to; their rows are removed (the caller deletes the objects). */
  private unreferenced(keys: readonly string[]): string[] {
    const out: string[] = [];
    for (const key of new Set(keys)) {
      const used = this.sql('SELECT 1 FROM ranges WHERE object_key = ? LIMIT 1').get(key);
      if (used === undefined) {
        this.sql('DELETE FROM objects WHERE key = ?').run(key);
        out.push(key);
      }
    }
    return out;
  }

  /** Drops ranges of a stream that end at or before `offset` (retention); returns objects left unreferenced. */
  dropRangesBefore(streamId: number, offset: bigint): string[] {
    return this.transaction(() => {
      const keys = this.sql('SELECT object_key FROM ranges WHERE stream_id = ? AND end_offset <= ?').all(streamId, offset) as { object_key: string }[];
      this.sql('DELETE FROM ranges WHERE stream_id = ? AND end_offset <= ?').run(streamId, offset);
      this.setLogStartOffset(streamId, offset);
      return this.unreferenced(keys.map((k) => k.object_key));
    });
  }

  ranges(streamId: number): Range[] {
    return this.sql('SELECT * FROM ranges WHERE stream_id = ? ORDER BY start_offset').all(streamId).map(toRange);
  }

  allRanges(): Range[] {
    return this.sql('SELECT * FROM ranges ORDER BY stream_id, start_offset').all().map(toRange);
  }

  objectKeys(): Set<string> {
    return new Set((this.sql('SELECT key FROM objects').all() as { key: string }[]).map((r) => r.key));
  }

  objects(kind: ObjectKind): { key: string; size: number; createdMs: number }[] {
    return (this.sql('SELECT key, size, created_ms FROM objects WHERE kind = ? ORDER BY key').all(kind) as { key: string; size: bigint; created_ms: bigint }[]).map(
      (r) => ({ key: r.key, size: Number(r.size), createdMs: Number(r.created_ms) }),
    );
  }

  walCheckpoint(): bigint {
    return BigInt(this.getMeta('wal_checkpoint') ?? '0');
  }

  // Idempotent producer state.

  saveProducer(p: ProducerState, now = Date.now()): void {
    this.sql(
      'INSERT INTO producers(stream_id, producer_id, epoch, first_sequence, last_sequence, last_offset, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT(stream_id, producer_id) DO UPDATE SET epoch = excluded.epoch, first_sequence = excluded.first_sequence, last_sequence = excluded.last_sequence, last_offset = excluded.last_offset, updated_ms = excluded.updated_ms',
    ).run(p.streamId, p.producerId, p.epoch, p.firstSequence, p.lastSequence, p.lastOffset, now);
  }

  producers(streamId: number): ProducerState[] {
    return (this.sql('SELECT * FROM producers WHERE stream_id = ? ORDER BY producer_id').all(streamId) as Record<string, unknown>[]).map((r) => ({
      streamId: Number(r.stream_id),
      producerId: r.producer_id as bigint,
      epoch: Number(r.epoch),
      firstSequence: Number(r.first_sequence),
      lastSequence: Number(r.last_sequence),
      lastOffset: r.last_offset as bigint,
    }));
  }

  // Committed group offsets.

  commitOffset(group: string, topic: string, partition: number, offset: bigint, leaderEpoch: number, metadata: string | null, now = Date.now()): void {
    this.sql(
      'INSERT INTO group_offsets(group_id, topic, partition, offset, leader_epoch, metadata, commit_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT(group_id, topic, partition) DO UPDATE SET offset = excluded.offset, leader_epoch = excluded.leader_epoch, metadata = excluded.metadata, commit_ms = excluded.commit_ms',
    ).run(group, topic, partition, offset, leaderEpoch, metadata, now);
  }

  committedOffsets(group: string): { topic: string; partition: number; offset: bigint; leaderEpoch: number; metadata: string | null }[] {
    return (this.sql('SELECT * FROM group_offsets WHERE group_id = ? ORDER BY topic, partition').all(group) as Record<string, unknown>[]).map((r) => ({
      topic: r.topic as string,
      partition: Number(r.partition),
      offset: r.offset as bigint,
      leaderEpoch: Number(r.leader_epoch),
      metadata: r.metadata as string | null,
    }));
  }

  deleteOffsets(group: string, topic?: string, partition?: number): void {
    if (topic === undefined) this.sql('DELETE FROM group_offsets WHERE group_id = ?').run(group);
    else this.sql('DELETE FROM group_offsets WHERE group_id = ? AND topic = ? AND partition = ?').run(group, topic, partition ?? -1);
  }

  groups(): string[] {
    return (this.sql('SELECT DISTINCT group_id FROM group_offsets ORDER BY group_id').all() as { group_id: string }[]).map((r) => r.group_id);
  }

  // ACL bindings.

  /** Stores the bindings not stored yet, in one transaction; an identical binding is kept once. Returns how many were new. */
  createAcls(acls: readonly StoredAcl[], now = Date.now()): number {
    return this.transaction(() => {
      let created = 0;
      for (const a of acls) {
        const r = this.sql(`INSERT OR IGNORE INTO acls(${ACL_COLUMNS}, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(...aclValues(a), now);
        created += Number(r.changes);
      }
      return created;
    });
  }

  /** Every stored binding, by resource (type, name, pattern type), then principal, host, operation and permission type. */
  listAcls(): StoredAcl[] {
    return (this.sql(`SELECT ${ACL_COLUMNS} FROM acls ORDER BY ${ACL_COLUMNS}`).all() as Record<string, unknown>[]).map(toAcl);
  }

  /** Removes exactly these bindings, in one transaction; returns how many were stored. */
  deleteAcls(acls: readonly StoredAcl[]): number {
    return this.transaction(() => {
      let deleted = 0;
      for (const a of acls) {
        deleted += Number(this.sql(`DELETE FROM acls WHERE ${ACL_KEY}`).run(...aclValues(a)).changes);
      }
      return deleted;
    });
  }
}

const ACL_COLUMNS = 'resource_type, resource_name, pattern_type, principal, host, operation, permission_type';
const ACL_KEY = ACL_COLUMNS.split(', ').map((c) => `${c} = ?`).join(' AND ');

function aclValues(a: StoredAcl): [number, string, number, string, string, number, number] {
  return [a.resourceType, a.resourceName, a.patternType, a.principal, a.host, a.operation, a.permissionType];
}

function toAcl(row: Record<string, unknown>): StoredAcl {
  return {
    resourceType: Number(row.resource_type),
    resourceName: row.resource_name as string,
    patternType: Number(row.pattern_type),
    principal: row.principal as string,
    host: row.host as string,
    operation: Number(row.operation),
    permissionType: Number(row.permission_type),
  };
}

function toTopic(row: Record<string, unknown>): Topic {
  return {
    id: row.id as string,
    name: row.name as string,
    partitions: Number(row.partitions),
    configs: JSON.parse(row.configs as string) as Record<string, string>,
    createdMs: Number(row.created_ms),
  };
}

function toStream(row: Record<string, unknown>): StreamRow {
  return {
    id: Number(row.id),
    topicId: row.topic_id as string,
    partition: Number(row.partition),
    logStartOffset: row.log_start_offset as bigint,
    uploadedEnd: row.uploaded_end as bigint,
  };
}

function toRange(row: Record<string, unknown>): Range {
  return {
    streamId: Number(row.stream_id),
    startOffset: row.start_offset as bigint,
    endOffset: row.end_offset as bigint,
    objectKey: row.object_key as string,
    position: Number(row.position),
    size: Number(row.size),
    maxTimestamp: row.max_timestamp as bigint,
  };
}
