// A catalog table as the planner sees it: the row its connector produces (physical, then metadata
// columns), the table's columns in declaration order (computed ones included, typed by
// inference), the rowtime attribute and watermark, the primary key, and the row a sink writes.
import { CONNECTORS, type TableEntry } from '../catalog/index.ts';
import * as T from '../types/types.ts';
import type { LogicalType } from '../types/types.ts';
import type { Field, MetadataColumn } from './physical.ts';
import { inputRef, type Rex } from './rex.ts';
import { ExprTranslator, Scope, fail, posOf, typeOf } from './expr.ts';

export interface TableSchema {
  readonly name: string;
  readonly entry: TableEntry;
  readonly sourceFields: readonly Field[];
  readonly metadata: readonly MetadataColumn[];
  /** All columns, declaration order; the rowtime column carries the ROWTIME attribute. */
  readonly fields: readonly Field[];
  /** Each column from the connector row. */
  readonly projection: readonly Rex[];
  readonly watermark?: { readonly time: number; readonly expr: Rex };
  readonly primaryKey?: readonly number[];
  /** The row an INSERT writes: physical columns and writable (non-virtual) metadata columns. */
  readonly sinkFields: readonly Field[];
  /** Which of `sinkFields` are metadata, and their keys. */
  readonly sinkMetadata: readonly MetadataColumn[];
}

export function tableSchema(entry: TableEntry, file: string): TableSchema {
  const ddl = entry.ddl;
  const name = entry.path[2];
  const known = CONNECTORS[entry.connector]?.metadata;
  const sourceFields: Field[] = [];
  const metadata: MetadataColumn[] = [];
  for (const c of ddl.columns) if (c.kind === 'physical') sourceFields.push({ name: c.name, type: typeOf(c.type, file) });
  for (const c of ddl.columns) {
    if (c.kind !== 'metadata') continue;
    const key = c.key ?? c.name;
    const at = posOf(file, c);
    if (known === undefined || !known.readable.includes(key)) {
      const keys = known?.readable ?? [];
      fail(at, `Invalid metadata key '${key}' in column '${c.name}' of table '${name}'. The ${entry.connector} connector supports ${keys.length === 0 ? 'no metadata keys' : `the following metadata keys for reading: ${keys.join(', ')}`}`);
    }
    metadata.push({ index: sourceFields.length, key });
    sourceFields.push({ name: c.name, type: typeOf(c.type, file) });
  }
  const sourceScope = new Scope(sourceFields.map((f) => ({ name: f.name, type: f.type })));
  const tx = new ExprTranslator(file, sourceScope);
  const fields: Field[] = [];
  const projection: Rex[] = [];
  for (const c of ddl.columns) {
    if (c.kind === 'computed') {
      const rex = tx.translate(c.expr);
      projection.push(rex);
      fields.push({ name: c.name, type: rex.type });
    } else {
      const i = sourceFields.findIndex((f) => f.name === c.name);
      projection.push(inputRef(i, sourceFields[i]!.type));
      fields.push({ name: c.name, type: sourceFields[i]!.type });
    }
  }
  let watermark: TableSchema['watermark'];
  if (ddl.watermark !== undefined) {
    const wm = ddl.watermark;
    const time = fields.findIndex((f) => f.name === wm.timeColumn);
    const t = fields[time]!.type;
    const at = posOf(file, wm);
    if (!((t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.precision <= 3)) {
      fail(at, `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${T.toSql(t)} (table '${name}', column '${wm.timeColumn}').`);
    }
    fields[time] = { name: wm.timeColumn, type: { ...t, timeAttribute: 'ROWTIME' } as LogicalType };
    const expr = new ExprTranslator(file, new Scope(fields.map((f) => ({ name: f.name, type: f.type })))).translate(wm.expr);
    if (expr.type.kind !== 'TIMESTAMP' && expr.type.kind !== 'TIMESTAMP_LTZ') {
      fail(at, `Watermark strategy ${'`'}${wm.timeColumn}${'`'} must be of type TIMESTAMP or TIMESTAMP_LTZ but is ${T.toSql(expr.type)}.`);
    }
    watermark = { time, expr };
  }
  const primaryKey = ddl.primaryKey?.columns.map((c) => fields.findIndex((f) => f.name === c));
  if (primaryKey !== undefined) {
    for (const i of primaryKey) fields[i] = { ...fields[i]!, type: T.withNullable(fields[i]!.type, false) };
  }
  const sinkFields: Field[] = [];
  const sinkMetadata: MetadataColumn[] = [];
  for (const c of ddl.columns) {
    if (c.kind === 'physical') sinkFields.push({ name: c.name, type: typeOf(c.type, file) });
    if (c.kind === 'metadata' && !c.virtual) {
      if (known === undefined || !known.writable.includes(c.key ?? c.name)) continue;
      sinkMetadata.push({ index: sinkFields.length, key: c.key ?? c.name });
      sinkFields.push({ name: c.name, type: typeOf(c.type, file) });
    }
  }
  return {
    name, entry, sourceFields, metadata, fields, projection, sinkFields, sinkMetadata,
    ...(watermark !== undefined ? { watermark } : {}),
    ...(primaryKey !== undefined ? { primaryKey } : {}),
  };
}
