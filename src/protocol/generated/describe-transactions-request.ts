// Generated from DescribeTransactionsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface DescribeTransactionsRequest {
  /** Array of transactionalIds to include in describe results. If empty, then no results will be returned. */
  transactionalIds: string[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return { transactionalIds: [] };
}

function readDescribeTransactionsRequest(r: Reader, v: number, flex: boolean): DescribeTransactionsRequest {
  let transactionalIds: string[] = [];
  {
    const n = (flex ? r.compactArrayLength("DescribeTransactionsRequest.TransactionalIds") : r.arrayLength("DescribeTransactionsRequest.TransactionalIds"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("DescribeTransactionsRequest.TransactionalIds") : r.string("DescribeTransactionsRequest.TransactionalIds")));
    transactionalIds = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribeTransactionsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribeTransactionsRequest._tagged");
      const size = r.uvarint("DescribeTransactionsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribeTransactionsRequest._tagged", size) });
    }
  }
  const m: DescribeTransactionsRequest = { transactionalIds };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeDescribeTransactionsRequest(w: Writer, v: number, flex: boolean, m: DescribeTransactionsRequest): void {
  (flex ? w.uvarint(m.transactionalIds!.length + 1) : w.int32(m.transactionalIds!.length));
  for (const x of m.transactionalIds!) (flex ? w.compactString(x!) : w.string(x!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a DescribeTransactionsRequest of version `v`; the caller checks the reader for failure. */
export function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  return readDescribeTransactionsRequest(r, v, true);
}

/** Writes a DescribeTransactionsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeDescribeTransactionsRequest(w: Writer, v: number, m: DescribeTransactionsRequest): void {
  writeDescribeTransactionsRequest(w, v, true, m);
}

export const DescribeTransactionsRequestSchema: MessageSchema = {
  name: "DescribeTransactionsRequest",
  kind: "request",
  apiKey: 65,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"TransactionalIds","prop":"transactionalIds","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
