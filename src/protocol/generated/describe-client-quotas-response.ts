// Generated from DescribeClientQuotasResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeClientQuotasResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or `0` if the quota description succeeded. */
  errorCode: number;
  /** The error message, or `null` if the quota description succeeded. */
  errorMessage: string | null;
  /** A result entry. */
  entries: DescribeClientQuotasResponseEntryData[] | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: "", entries: [] };
}

function readDescribeClientQuotasResponse(r: Reader, v: number, flex: boolean): DescribeClientQuotasResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let errorMessage: string | null = "";
  let entries: DescribeClientQuotasResponseEntryData[] | null = [];
  throttleTimeMs = r.int32("DescribeClientQuotasResponse.ThrottleTimeMs");
  errorCode = r.int16("DescribeClientQuotasResponse.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribeClientQuotasResponse.ErrorMessage") : r.nullableString("DescribeClientQuotasResponse.ErrorMessage"));
  {
    const n = (flex ? r.compactNullableArrayLength("DescribeClientQuotasResponse.Entries") : r.nullableArrayLength("DescribeClientQuotasResponse.Entries"));
    if (n < 0) entries = null;
    else {
      const a: DescribeClientQuotasResponseEntryData[] = [];
      for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseEntryData(r, v, flex));
      entries = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeClientQuotasResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeClientQuotasResponse._tagged");
      const size = r.uvarint("DescribeClientQuotasResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeClientQuotasResponse._tagged", size) });
    }
  }
  const m: DescribeClientQuotasResponse = { throttleTimeMs, errorCode, errorMessage, entries };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasResponse(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  if (m.entries === null) (flex ? w.uvarint(0) : w.int32(-1));
  else {
    (flex ? w.uvarint(m.entries!.length + 1) : w.int32(m.entries!.length));
    for (const x of m.entries!) writeDescribeClientQuotasResponseEntryData(w, v, flex, x!);
  }
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeClientQuotasResponseEntryData {
  /** The quota entity description. */
  entity: DescribeClientQuotasResponseEntityData[];
  /** The quota values for the entity. */
  values: DescribeClientQuotasResponseValueData[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasResponseEntryData(): DescribeClientQuotasResponseEntryData {
  return { entity: [], values: [] };
}

function readDescribeClientQuotasResponseEntryData(r: Reader, v: number, flex: boolean): DescribeClientQuotasResponseEntryData {
  let entity: DescribeClientQuotasResponseEntityData[] = [];
  let values: DescribeClientQuotasResponseValueData[] = [];
  {
    const n = (flex ? r.compactArrayLength("EntryData.Entity") : r.arrayLength("EntryData.Entity"));
    const a: DescribeClientQuotasResponseEntityData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseEntityData(r, v, flex));
    entity = a;
  }
  {
    const n = (flex ? r.compactArrayLength("EntryData.Values") : r.arrayLength("EntryData.Values"));
    const a: DescribeClientQuotasResponseValueData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasResponseValueData(r, v, flex));
    values = a;
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
  const m: DescribeClientQuotasResponseEntryData = { entity, values };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasResponseEntryData(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasResponseEntryData): void {
  (flex ? w.uvarint(m.entity!.length + 1) : w.int32(m.entity!.length));
  for (const x of m.entity!) writeDescribeClientQuotasResponseEntityData(w, v, flex, x!);
  (flex ? w.uvarint(m.values!.length + 1) : w.int32(m.values!.length));
  for (const x of m.values!) writeDescribeClientQuotasResponseValueData(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeClientQuotasResponseEntityData {
  /** The entity type. */
  entityType: string;
  /** The entity name, or null if the default. */
  entityName: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasResponseEntityData(): DescribeClientQuotasResponseEntityData {
  return { entityType: "", entityName: "" };
}

function readDescribeClientQuotasResponseEntityData(r: Reader, v: number, flex: boolean): DescribeClientQuotasResponseEntityData {
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
  const m: DescribeClientQuotasResponseEntityData = { entityType, entityName };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasResponseEntityData(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasResponseEntityData): void {
  (flex ? w.compactString(m.entityType!) : w.string(m.entityType!));
  (flex ? w.compactNullableString(m.entityName) : w.nullableString(m.entityName));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeClientQuotasResponseValueData {
  /** The quota configuration key. */
  key: string;
  /** The quota configuration value. */
  value: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasResponseValueData(): DescribeClientQuotasResponseValueData {
  return { key: "", value: 0 };
}

function readDescribeClientQuotasResponseValueData(r: Reader, v: number, flex: boolean): DescribeClientQuotasResponseValueData {
  let key: string = "";
  let value: number = 0;
  key = (flex ? r.compactString("ValueData.Key") : r.string("ValueData.Key"));
  value = r.float64("ValueData.Value");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ValueData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ValueData._tagged");
      const size = r.uvarint("ValueData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ValueData._tagged", size) });
    }
  }
  const m: DescribeClientQuotasResponseValueData = { key, value };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasResponseValueData(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasResponseValueData): void {
  (flex ? w.compactString(m.key!) : w.string(m.key!));
  w.float64(m.value);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeClientQuotasResponse of version `v`; the caller checks the reader for failure. */
export function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  return readDescribeClientQuotasResponse(r, v, v >= 1);
}

/** Writes a DescribeClientQuotasResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeClientQuotasResponse(w: Writer, v: number, m: DescribeClientQuotasResponse): void {
  writeDescribeClientQuotasResponse(w, v, v >= 1, m);
}

export const DescribeClientQuotasResponseSchema: MessageSchema = {
  name: "DescribeClientQuotasResponse",
  kind: "response",
  apiKey: 48,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Entries","prop":"entries","type":"[]EntryData","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Entity","prop":"entity","type":"[]EntityData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EntityType","prop":"entityType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"EntityName","prop":"entityName","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Values","prop":"values","type":"[]ValueData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Key","prop":"key","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Value","prop":"value","type":"float64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
