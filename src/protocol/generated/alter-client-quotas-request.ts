// Generated from AlterClientQuotasRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterClientQuotasRequest {
  /** The quota configuration entries to alter. */
  entries: AlterClientQuotasRequestEntryData[];
  /** Whether the alteration should be validated, but not performed. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return { entries: [], validateOnly: false };
}

function readAlterClientQuotasRequest(r: Reader, v: number, flex: boolean): AlterClientQuotasRequest {
  let entries: AlterClientQuotasRequestEntryData[] = [];
  let validateOnly: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("AlterClientQuotasRequest.Entries") : r.arrayLength("AlterClientQuotasRequest.Entries"));
    const a: AlterClientQuotasRequestEntryData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestEntryData(r, v, flex));
    entries = a;
  }
  validateOnly = r.bool("AlterClientQuotasRequest.ValidateOnly");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterClientQuotasRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterClientQuotasRequest._tagged");
      const size = r.uvarint("AlterClientQuotasRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterClientQuotasRequest._tagged", size) });
    }
  }
  const m: AlterClientQuotasRequest = { entries, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasRequest(w: Writer, v: number, flex: boolean, m: AlterClientQuotasRequest): void {
  (flex ? w.uvarint(m.entries!.length + 1) : w.int32(m.entries!.length));
  for (const x of m.entries!) writeAlterClientQuotasRequestEntryData(w, v, flex, x!);
  w.bool(m.validateOnly);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterClientQuotasRequestEntryData {
  /** The quota entity to alter. */
  entity: AlterClientQuotasRequestEntityData[];
  /** An individual quota configuration entry to alter. */
  ops: AlterClientQuotasRequestOpData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequestEntryData(): AlterClientQuotasRequestEntryData {
  return { entity: [], ops: [] };
}

function readAlterClientQuotasRequestEntryData(r: Reader, v: number, flex: boolean): AlterClientQuotasRequestEntryData {
  let entity: AlterClientQuotasRequestEntityData[] = [];
  let ops: AlterClientQuotasRequestOpData[] = [];
  {
    const n = (flex ? r.compactArrayLength("EntryData.Entity") : r.arrayLength("EntryData.Entity"));
    const a: AlterClientQuotasRequestEntityData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestEntityData(r, v, flex));
    entity = a;
  }
  {
    const n = (flex ? r.compactArrayLength("EntryData.Ops") : r.arrayLength("EntryData.Ops"));
    const a: AlterClientQuotasRequestOpData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterClientQuotasRequestOpData(r, v, flex));
    ops = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EntryData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EntryData._tagged");
      const size = r.uvarint("EntryData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EntryData._tagged", size) });
    }
  }
  const m: AlterClientQuotasRequestEntryData = { entity, ops };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasRequestEntryData(w: Writer, v: number, flex: boolean, m: AlterClientQuotasRequestEntryData): void {
  (flex ? w.uvarint(m.entity!.length + 1) : w.int32(m.entity!.length));
  for (const x of m.entity!) writeAlterClientQuotasRequestEntityData(w, v, flex, x!);
  (flex ? w.uvarint(m.ops!.length + 1) : w.int32(m.ops!.length));
  for (const x of m.ops!) writeAlterClientQuotasRequestOpData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterClientQuotasRequestEntityData {
  /** The entity type. */
  entityType: string;
  /** The name of the entity, or null if the default. */
  entityName: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequestEntityData(): AlterClientQuotasRequestEntityData {
  return { entityType: "", entityName: "" };
}

function readAlterClientQuotasRequestEntityData(r: Reader, v: number, flex: boolean): AlterClientQuotasRequestEntityData {
  let entityType: string = "";
  let entityName: string | null = "";
  entityType = (flex ? r.compactString("EntityData.EntityType") : r.string("EntityData.EntityType"));
  entityName = (flex ? r.compactNullableString("EntityData.EntityName") : r.nullableString("EntityData.EntityName"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("EntityData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("EntityData._tagged");
      const size = r.uvarint("EntityData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("EntityData._tagged", size) });
    }
  }
  const m: AlterClientQuotasRequestEntityData = { entityType, entityName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasRequestEntityData(w: Writer, v: number, flex: boolean, m: AlterClientQuotasRequestEntityData): void {
  (flex ? w.compactString(m.entityType!) : w.string(m.entityType!));
  (flex ? w.compactNullableString(m.entityName) : w.nullableString(m.entityName));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterClientQuotasRequestOpData {
  /** The quota configuration key. */
  key: string;
  /** The value to set, otherwise ignored if the value is to be removed. */
  value: number;
  /** Whether the quota configuration value should be removed, otherwise set. */
  remove: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasRequestOpData(): AlterClientQuotasRequestOpData {
  return { key: "", value: 0, remove: false };
}

function readAlterClientQuotasRequestOpData(r: Reader, v: number, flex: boolean): AlterClientQuotasRequestOpData {
  let key: string = "";
  let value: number = 0;
  let remove: boolean = false;
  key = (flex ? r.compactString("OpData.Key") : r.string("OpData.Key"));
  value = r.float64("OpData.Value");
  remove = r.bool("OpData.Remove");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("OpData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("OpData._tagged");
      const size = r.uvarint("OpData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("OpData._tagged", size) });
    }
  }
  const m: AlterClientQuotasRequestOpData = { key, value, remove };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasRequestOpData(w: Writer, v: number, flex: boolean, m: AlterClientQuotasRequestOpData): void {
  (flex ? w.compactString(m.key!) : w.string(m.key!));
  w.float64(m.value);
  w.bool(m.remove);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterClientQuotasRequest of version `v`; the caller checks the reader for failure. */
export function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  return readAlterClientQuotasRequest(r, v, v >= 1);
}

/** Writes a AlterClientQuotasRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterClientQuotasRequest(w: Writer, v: number, m: AlterClientQuotasRequest): void {
  writeAlterClientQuotasRequest(w, v, v >= 1, m);
}

export const AlterClientQuotasRequestSchema: MessageSchema = {
  name: "AlterClientQuotasRequest",
  kind: "request",
  apiKey: 49,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"Entries","prop":"entries","type":"[]EntryData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Entity","prop":"entity","type":"[]EntityData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EntityType","prop":"entityType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"EntityName","prop":"entityName","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Ops","prop":"ops","type":"[]OpData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Key","prop":"key","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"float64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Remove","prop":"remove","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"ValidateOnly","prop":"validateOnly","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
