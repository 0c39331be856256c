// Generated from ListTransactionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ListTransactionsRequest {
  /** The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned */
  stateFilters: string[];
  /** The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned */
  producerIdFilters: bigint[];
  /** Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned */
  durationFilter: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return { stateFilters: [], producerIdFilters: [], durationFilter: -1n };
}

function readListTransactionsRequest(r: Reader, v: number, flex: boolean): ListTransactionsRequest {
  let stateFilters: string[] = [];
  let producerIdFilters: bigint[] = [];
  let durationFilter: bigint = -1n;
  {
    const n = (flex ? r.compactArrayLength("ListTransactionsRequest.StateFilters") : r.arrayLength("ListTransactionsRequest.StateFilters"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ListTransactionsRequest.StateFilters") : r.string("ListTransactionsRequest.StateFilters")));
    stateFilters = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ListTransactionsRequest.ProducerIdFilters") : r.arrayLength("ListTransactionsRequest.ProducerIdFilters"));
    const a: bigint[] = [];
    for (let i = 0; i < n; i++) a.push(r.int64("ListTransactionsRequest.ProducerIdFilters"));
    producerIdFilters = a;
  }
  if (v >= 1) {
    durationFilter = r.int64("ListTransactionsRequest.DurationFilter");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListTransactionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListTransactionsRequest._tagged");
      const size = r.uvarint("ListTransactionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListTransactionsRequest._tagged", size) });
    }
  }
  const m: ListTransactionsRequest = { stateFilters, producerIdFilters, durationFilter };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListTransactionsRequest(w: Writer, v: number, flex: boolean, m: ListTransactionsRequest): void {
  (flex ? w.uvarint(m.stateFilters!.length + 1) : w.int32(m.stateFilters!.length));
  for (const x of m.stateFilters!) (flex ? w.compactString(x!) : w.string(x!));
  (flex ? w.uvarint(m.producerIdFilters!.length + 1) : w.int32(m.producerIdFilters!.length));
  for (const x of m.producerIdFilters!) w.int64(x);
  if (v >= 1) {
    w.int64(m.durationFilter);
  } else if (!(m.durationFilter === -1n)) throw unsupportedField("ListTransactionsRequest.DurationFilter", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListTransactionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  return readListTransactionsRequest(r, v, true);
}

/** Writes a ListTransactionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListTransactionsRequest(w: Writer, v: number, m: ListTransactionsRequest): void {
  writeListTransactionsRequest(w, v, true, m);
}

export const ListTransactionsRequestSchema: MessageSchema = {
  name: "ListTransactionsRequest",
  kind: "request",
  apiKey: 66,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"StateFilters","prop":"stateFilters","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerIdFilters","prop":"producerIdFilters","type":"[]int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"DurationFilter","prop":"durationFilter","type":"int64","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"}],
};
