// Kafka records to rows and back, as Flink's kafka connectors lay them out. The connector row holds
// physical and metadata columns (a source's: physical first). The key format reads and writes the
// key fields ('key.fields', or upsert-kafka's PRIMARY KEY; named without 'key.fields-prefix'), the value
// format the value fields (all physical columns, or those not in the key with
// 'value.fields-include' = 'EXCEPT_KEY'). Flink's quirks kept: with a key format, a record whose
// key is null yields no row; a null value yields no row (kafka) or a DELETE of the key (upsert-kafka).
// An avro-confluent format's subject defaults to '<topic>-key' / '<topic>-value', as Flink's.
import type { ConnectorContext } from '../types.ts';
import type { Change, Row, RowKind } from '../../../sql/types/values.ts';
import type { Field } from '../../../sql/plan/physical.ts';
import type { RecordHeader } from '../../../protocol/records/index.ts';
import type { Deserializer, Serializer } from '../../formats/types.ts';
import { formatFor, formatOptions } from '../../formats/index.ts';
import { WeirError } from '../../../util/errors.ts';
import type { KafkaOptions } from './options.ts';
import type { FetchedRecord, OutRecord } from './transport.ts';

/** Metadata keys a kafka table may read, and the ones a sink may write. */
export const READABLE_METADATA = ['topic', 'partition', 'headers', 'leader-epoch', 'offset', 'timestamp', 'timestamp-type'] as const;
export const WRITABLE_METADATA = ['headers', 'timestamp'] as const;

interface Layout {
  /** Positions of the key fields and the value fields in the connector row. */
  readonly key: readonly number[];
  readonly value: readonly number[];
  readonly keyFormat: { readonly fields: Field[]; readonly name: string; readonly options: Map<string, string> } | undefined;
  readonly valueFormat: { readonly fields: Field[]; readonly name: string; readonly options: Map<string, string> };
  readonly metadata: readonly { readonly index: number; readonly key: string }[];
}

function layoutOf(ctx: ConnectorContext, o: KafkaOptions, allowed: readonly string[]): Layout {
  const isMetadata = new Set(ctx.metadata.map((m) => m.index));
  for (const m of ctx.metadata) {
    if (!allowed.includes(m.key)) {
      throw new WeirError('CONFIG_INVALID', `${o.label}: metadata key '${m.key}' is not ${allowed === READABLE_METADATA ? 'readable' : 'writable'}; available keys: ${allowed.join(', ')}`, {
        where: `${ctx.table}.${ctx.fields[m.index]?.name ?? m.index}`,
      });
    }
  }
  // Physical columns: every field that is not a metadata column, in order.
  const physical = ctx.fields.map((_, i) => i).filter((i) => !isMetadata.has(i));
  const names = physical.map((i) => ctx.fields[i]!.name);
  let key: number[] = [];
  if (o.upsert) {
    key = [...(ctx.primaryKey ?? [])];
    if (key.length === 0) throw new WeirError('CONFIG_INVALID', `${o.label} needs a PRIMARY KEY: it gives the fields of the message key`, { where: ctx.table });
  } else if (ctx.options.has('key.fields')) {
    key = ctx.options.get('key.fields')!.split(';').map((name) => {
      const i = names.indexOf(name.trim());
      if (i < 0) throw new WeirError('CONFIG_INVALID', `'key.fields' of ${o.label} names '${name.trim()}', which is not a physical column; columns: ${names.join(', ')}`, { where: ctx.table });
      return physical[i]!;
    });
  }
  const exceptKey = (ctx.options.get('value.fields-include') ?? 'ALL').toUpperCase() === 'EXCEPT_KEY';
  const value = physical.filter((i) => !exceptKey || !key.includes(i));
  const prefix = ctx.options.get('key.fields-prefix') ?? '';
  const keyFormatName = ctx.options.get('key.format');
  const keyFormat =
    key.length > 0 && keyFormatName !== undefined
      ? { ...formatOptions(ctx.options, 'key.format'), fields: key.map((i) => ({ name: ctx.fields[i]!.name.slice(prefix.length), type: ctx.fields[i]!.type })) }
      : undefined;
  const valueKey = ctx.options.has('value.format') ? 'value.format' : 'format';
  const valueFormat = { ...formatOptions(ctx.options, valueKey), fields: value.map((i) => ctx.fields[i]!) };
  if (keyFormat !== undefined) defaultSubject(keyFormat, 'key', o);
  defaultSubject(valueFormat, 'value', o);
  return { key: keyFormat === undefined ? [] : key, value, keyFormat, valueFormat, metadata: ctx.metadata };
}

/** Flink's default registry subject of an avro-confluent format: '<topic>-key' or '<topic>-value', for a single topic. */
function defaultSubject(format: { readonly name: string; readonly options: Map<string, string> }, part: 'key' | 'value', o: KafkaOptions): void {
  if (format.name !== 'avro-confluent' || format.options.has('subject') || o.pattern !== undefined || o.topics.length !== 1) return;
  format.options.set('subject', `${o.topics[0]}-${part}`);
}

/** Turns fetched records into connector rows. */
export class RecordDecoder {
  private readonly ctx: ConnectorContext;
  private readonly upsert: boolean;
  private readonly layout: Layout;
  private readonly keys: Deserializer | undefined;
  private readonly values: Deserializer;

  constructor(ctx: ConnectorContext, o: KafkaOptions) {
    this.ctx = ctx;
    this.upsert = o.upsert;
    this.layout = layoutOf(ctx, o, READABLE_METADATA);
    const { keyFormat, valueFormat } = this.layout;
    this.keys = keyFormat === undefined ? undefined : formatFor(keyFormat.name).deserializer({ options: keyFormat.options, fields: keyFormat.fields });
    this.values = formatFor(valueFormat.name).deserializer({ options: valueFormat.options, fields: valueFormat.fields });
  }

  /**
   * For formats that fetch something before decoding (avro-confluent's writer schemas): a promise
   * to await before decoding these records; undefined (nothing to await) for the others.
   */
  prepare(batches: readonly (readonly FetchedRecord[])[]): Promise<void> | undefined {
    const waits: Promise<void>[] = [];
    if (this.keys?.prepare !== undefined) waits.push(this.keys.prepare(messages(batches, 'key')));
    if (this.values.prepare !== undefined) waits.push(this.values.prepare(messages(batches, 'value')));
    return waits.length === 0 ? undefined : Promise.all(waits).then(() => undefined);
  }

  /** The record's row and kind, or undefined when it yields none (skipped ones are counted). */
  decode(topic: string, partition: number, r: FetchedRecord): { kind: RowKind; row: Row } | undefined {
    const { key, value, metadata } = this.layout;
    const row: Row = new Array(this.ctx.fields.length).fill(null);
    if (this.keys !== undefined) {
      if (r.key === null) return undefined;
      const k = this.parse(this.keys, r.key, 'key', topic, partition, r.offset);
      if (k === undefined) return undefined;
      key.forEach((pos, i) => (row[pos] = k[i] ?? null));
    }
    let kind: RowKind = '+I';
    if (r.value === null) {
      if (!this.upsert) return undefined;
      kind = '-D';
    } else {
      const v = this.parse(this.values, r.value, 'value', topic, partition, r.offset);
      if (v === undefined) return undefined;
      value.forEach((pos, i) => (row[pos] = v[i] ?? null));
    }
    for (const m of metadata) row[m.index] = readMetadata(m.key, topic, partition, r);
    return { kind, row };
  }

  private parse(d: Deserializer, bytes: Uint8Array, part: 'key' | 'value', topic: string, partition: number, offset: bigint): Row | undefined {
    let row: Row | undefined;
    try {
      row = d.decode(bytes);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new WeirError('RECORD_CORRUPT', `table '${this.ctx.table}': cannot decode the ${part} of the record at topic ${topic}, partition ${partition}, offset ${offset}: ${reason}`, {
        cause: err,
        where: `${topic}-${partition}@${offset}`,
        hint: `Fix or remove the record, or set the ${part} format's 'ignore-parse-errors' option to skip such records`,
      });
    }
    if (row === undefined) this.ctx.skipped(1);
    return row;
  }
}

function messages(batches: readonly (readonly FetchedRecord[])[], part: 'key' | 'value'): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const records of batches) for (const r of records) if (r[part] !== null) out.push(r[part]);
  return out;
}

function readMetadata(key: string, topic: string, partition: number, r: FetchedRecord): unknown {
  switch (key) {
    case 'topic':
      return topic;
    case 'partition':
      return partition;
    case 'headers': {
      const map = new Map<string, Uint8Array | null>();
      for (const h of r.headers) map.set(h.key, h.value);
      return map;
    }
    case 'leader-epoch':
      return r.leaderEpoch < 0 ? null : r.leaderEpoch;
    case 'offset':
      return r.offset;
    case 'timestamp':
      return Number(r.timestamp);
    case 'timestamp-type':
      return r.timestamp < 0n ? 'NoTimestampType' : r.logAppendTime ? 'LogAppendTime' : 'CreateTime';
  }
  return null;
}

/** Turns changes into records to write. */
export class RecordEncoder {
  private readonly upsert: boolean;
  private readonly layout: Layout;
  private readonly keys: Serializer | undefined;
  private readonly values: Serializer;
  private readonly headersAt: number | undefined;
  private readonly timestampAt: number | undefined;

  constructor(ctx: ConnectorContext, o: KafkaOptions) {
    this.upsert = o.upsert;
    this.layout = layoutOf(ctx, o, WRITABLE_METADATA);
    const { keyFormat, valueFormat } = this.layout;
    this.keys = keyFormat === undefined ? undefined : formatFor(keyFormat.name).serializer({ options: keyFormat.options, fields: keyFormat.fields });
    this.values = formatFor(valueFormat.name).serializer({ options: valueFormat.options, fields: valueFormat.fields });
    this.headersAt = ctx.metadata.find((m) => m.key === 'headers')?.index;
    this.timestampAt = ctx.metadata.find((m) => m.key === 'timestamp')?.index;
  }

  /** Awaited once before the first encode: formats that register something (avro-confluent's schema) do it here. */
  async open(): Promise<void> {
    await this.keys?.open?.();
    await this.values.open?.();
  }

  /** The record for a change, or undefined for one not written (upsert-kafka's -U). */
  encode(change: Change): OutRecord | undefined {
    if (this.upsert && change.kind === '-U') return undefined;
    const row = change.row;
    const key = this.keys === undefined ? null : this.keys.encode(this.layout.key.map((i) => row[i] ?? null));
    const tombstone = this.upsert && change.kind === '-D';
    const value = tombstone ? null : this.values.encode(this.layout.value.map((i) => row[i] ?? null));
    const headers: RecordHeader[] = [];
    const h = this.headersAt === undefined ? null : row[this.headersAt];
    if (h instanceof Map) for (const [k, v] of h) headers.push({ key: String(k), value: v === null || v === undefined ? null : (v as Uint8Array) });
    const ts = this.timestampAt === undefined ? null : row[this.timestampAt];
    return { key, value, headers, timestamp: typeof ts === 'number' ? BigInt(Math.trunc(ts)) : undefined };
  }
}
