// Generated from AlterClientQuotasResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The quota configuration entries to alter. */
  entries: AlterClientQuotasResponseEntryData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return { throttleTimeMs: 0, entries: [] };
}

function readAlterClientQuotasResponse(r: Reader, v: number, flex: boolean): AlterClientQuotasResponse {
  let throttleTimeMs: number = 0;
  let entries: AlterClientQuotasResponseEntryData[] = [];
  throttleTimeMs = r.int32("AlterClientQuotasResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("AlterClientQuotasResponse.Entries") : r.arrayLength("AlterClientQuotasResponse.Entries"));
    const a: AlterClientQuotasResponseEntryData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterClientQuotasResponseEntryData(r, v, flex));
    entries = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterClientQuotasResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterClientQuotasResponse._tagged");
      const size = r.uvarint("AlterClientQuotasResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterClientQuotasResponse._tagged", size) });
    }
  }
  const m: AlterClientQuotasResponse = { throttleTimeMs, entries };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasResponse(w: Writer, v: number, flex: boolean, m: AlterClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.entries!.length + 1) : w.int32(m.entries!.length));
  for (const x of m.entries!) writeAlterClientQuotasResponseEntryData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterClientQuotasResponseEntryData {
  /** The error code, or `0` if the quota alteration succeeded. */
  errorCode: number;
  /** The error message, or `null` if the quota alteration succeeded. */
  errorMessage: string | null;
  /** The quota entity to alter. */
  entity: AlterClientQuotasResponseEntityData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponseEntryData(): AlterClientQuotasResponseEntryData {
  return { errorCode: 0, errorMessage: "", entity: [] };
}

function readAlterClientQuotasResponseEntryData(r: Reader, v: number, flex: boolean): AlterClientQuotasResponseEntryData {
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let entity: AlterClientQuotasResponseEntityData[] = [];
  errorCode = r.int16("EntryData.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("EntryData.ErrorMessage") : r.nullableString("EntryData.ErrorMessage"));
  {
    const n = (flex ? r.compactArrayLength("EntryData.Entity") : r.arrayLength("EntryData.Entity"));
    const a: AlterClientQuotasResponseEntityData[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterClientQuotasResponseEntityData(r, v, flex));
    entity = a;
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
  const m: AlterClientQuotasResponseEntryData = { errorCode, errorMessage, entity };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasResponseEntryData(w: Writer, v: number, flex: boolean, m: AlterClientQuotasResponseEntryData): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.uvarint(m.entity!.length + 1) : w.int32(m.entity!.length));
  for (const x of m.entity!) writeAlterClientQuotasResponseEntityData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterClientQuotasResponseEntityData {
  /** The entity type. */
  entityType: string;
  /** The name of the entity, or null if the default. */
  entityName: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterClientQuotasResponseEntityData(): AlterClientQuotasResponseEntityData {
  return { entityType: "", entityName: "" };
}

function readAlterClientQuotasResponseEntityData(r: Reader, v: number, flex: boolean): AlterClientQuotasResponseEntityData {
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
  const m: AlterClientQuotasResponseEntityData = { entityType, entityName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterClientQuotasResponseEntityData(w: Writer, v: number, flex: boolean, m: AlterClientQuotasResponseEntityData): void {
  (flex ? w.compactString(m.entityType!) : w.string(m.entityType!));
  (flex ? w.compactNullableString(m.entityName) : w.nullableString(m.entityName));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterClientQuotasResponse of version `v`; the caller checks the reader for failure. */
export function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  return readAlterClientQuotasResponse(r, v, v >= 1);
}

/** Writes a AlterClientQuotasResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterClientQuotasResponse(w: Writer, v: number, m: AlterClientQuotasResponse): void {
  writeAlterClientQuotasResponse(w, v, v >= 1, m);
}

export const AlterClientQuotasResponseSchema: MessageSchema = {
  name: "AlterClientQuotasResponse",
  kind: "response",
  apiKey: 49,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Entries","prop":"entries","type":"[]EntryData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Entity","prop":"entity","type":"[]EntityData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EntityType","prop":"entityType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"EntityName","prop":"entityName","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
