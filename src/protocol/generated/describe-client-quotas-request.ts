// Generated from DescribeClientQuotasRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeClientQuotasRequest {
  /** Filter components to apply to quota entities. */
  components: DescribeClientQuotasRequestComponentData[];
  /** Whether the match is strict, i.e. should exclude entities with unspecified entity types. */
  strict: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return { components: [], strict: false };
}

function readDescribeClientQuotasRequest(r: Reader, v: number, flex: boolean): DescribeClientQuotasRequest {
  let components: DescribeClientQuotasRequestComponentData[] = [];
  let strict: boolean = false;
  {
    const n = (flex ? r.compactArrayLength("DescribeClientQuotasRequest.Components") : r.arrayLength("DescribeClientQuotasRequest.Components"));
    const a: DescribeClientQuotasRequestComponentData[] = [];
    for (let i = 0; i < n; i++) a.push(readDescribeClientQuotasRequestComponentData(r, v, flex));
    components = a;
  }
  strict = r.bool("DescribeClientQuotasRequest.Strict");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeClientQuotasRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeClientQuotasRequest._tagged");
      const size = r.uvarint("DescribeClientQuotasRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeClientQuotasRequest._tagged", size) });
    }
  }
  const m: DescribeClientQuotasRequest = { components, strict };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasRequest(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasRequest): void {
  (flex ? w.uvarint(m.components!.length + 1) : w.int32(m.components!.length));
  for (const x of m.components!) writeDescribeClientQuotasRequestComponentData(w, v, flex, x!);
  w.bool(m.strict);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface DescribeClientQuotasRequestComponentData {
  /** The entity type that the filter component applies to. */
  entityType: string;
  /** How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}. */
  matchType: number;
  /** The string to match against, or null if unused for the match type. */
  match: string | null;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeClientQuotasRequestComponentData(): DescribeClientQuotasRequestComponentData {
  return { entityType: "", matchType: 0, match: "" };
}

function readDescribeClientQuotasRequestComponentData(r: Reader, v: number, flex: boolean): DescribeClientQuotasRequestComponentData {
  let entityType: string = "";
  let matchType: number = 0;
  let match: string | null = "";
  entityType = (flex ? r.compactString("ComponentData.EntityType") : r.string("ComponentData.EntityType"));
  matchType = r.int8("ComponentData.MatchType");
  match = (flex ? r.compactNullableString("ComponentData.Match") : r.nullableString("ComponentData.Match"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ComponentData._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ComponentData._tagged");
      const size = r.uvarint("ComponentData._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ComponentData._tagged", size) });
    }
  }
  const m: DescribeClientQuotasRequestComponentData = { entityType, matchType, match };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeClientQuotasRequestComponentData(w: Writer, v: number, flex: boolean, m: DescribeClientQuotasRequestComponentData): void {
  (flex ? w.compactString(m.entityType!) : w.string(m.entityType!));
  w.int8(m.matchType);
  (flex ? w.compactNullableString(m.match) : w.nullableString(m.match));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeClientQuotasRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  return readDescribeClientQuotasRequest(r, v, v >= 1);
}

/** Writes a DescribeClientQuotasRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeClientQuotasRequest(w: Writer, v: number, m: DescribeClientQuotasRequest): void {
  writeDescribeClientQuotasRequest(w, v, v >= 1, m);
}

export const DescribeClientQuotasRequestSchema: MessageSchema = {
  name: "DescribeClientQuotasRequest",
  kind: "request",
  apiKey: 48,
  validVersions: [0, 1],
  flexibleVersions: [1, 1],
  fields: [{"name":"Components","prop":"components","type":"[]ComponentData","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"EntityType","prop":"entityType","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MatchType","prop":"matchType","type":"int8","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Match","prop":"match","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Strict","prop":"strict","type":"bool","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
