// Generated from ListGroupsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ListGroupsRequest {
  /** The states of the groups we want to list. If empty, all groups are returned with their state. */
  statesFilter: string[];
  /** The types of the groups we want to list. If empty, all groups are returned with their type. */
  typesFilter: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListGroupsRequest(): ListGroupsRequest {
  return { statesFilter: [], typesFilter: [] };
}

function readListGroupsRequest(r: Reader, v: number, flex: boolean): ListGroupsRequest {
  let statesFilter: string[] = [];
  let typesFilter: string[] = [];
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("ListGroupsRequest.StatesFilter") : r.arrayLength("ListGroupsRequest.StatesFilter"));
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ListGroupsRequest.StatesFilter") : r.string("ListGroupsRequest.StatesFilter")));
      statesFilter = a;
    }
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("ListGroupsRequest.TypesFilter") : r.arrayLength("ListGroupsRequest.TypesFilter"));
      const a: string[] = [];
      for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ListGroupsRequest.TypesFilter") : r.string("ListGroupsRequest.TypesFilter")));
      typesFilter = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListGroupsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListGroupsRequest._tagged");
      const size = r.uvarint("ListGroupsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListGroupsRequest._tagged", size) });
    }
  }
  const m: ListGroupsRequest = { statesFilter, typesFilter };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListGroupsRequest(w: Writer, v: number, flex: boolean, m: ListGroupsRequest): void {
  if (v >= 4) {
    (flex ? w.uvarint(m.statesFilter!.length + 1) : w.int32(m.statesFilter!.length));
    for (const x of m.statesFilter!) (flex ? w.compactString(x!) : w.string(x!));
  } else if (!(m.statesFilter.length === 0)) throw unsupportedField("ListGroupsRequest.StatesFilter", v);
  if (v >= 5) {
    (flex ? w.uvarint(m.typesFilter!.length + 1) : w.int32(m.typesFilter!.length));
    for (const x of m.typesFilter!) (flex ? w.compactString(x!) : w.string(x!));
  } else if (!(m.typesFilter.length === 0)) throw unsupportedField("ListGroupsRequest.TypesFilter", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListGroupsRequest of version `v`; the caller checks the reader for failure. */
export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  return readListGroupsRequest(r, v, v >= 3);
}

/** Writes a ListGroupsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListGroupsRequest(w: Writer, v: number, m: ListGroupsRequest): void {
  writeListGroupsRequest(w, v, v >= 3, m);
}

export const ListGroupsRequestSchema: MessageSchema = {
  name: "ListGroupsRequest",
  kind: "request",
  apiKey: 16,
  validVersions: [0, 5],
  flexibleVersions: [3, 5],
  fields: [{"name":"StatesFilter","prop":"statesFilter","type":"[]string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TypesFilter","prop":"typesFilter","type":"[]string","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
