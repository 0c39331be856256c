// Generated from AddPartitionsToTxnResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface AddPartitionsToTxnResponse {
  /** Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The response top level error code. */
  errorCode: number;
  /** Results categorized by transactional ID. */
  resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[];
  /** The results for each topic. */
  resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return { throttleTimeMs: 0, errorCode: 0, resultsByTransaction: [], resultsByTopicV3AndBelow: [] };
}

function readAddPartitionsToTxnResponse(r: Reader, v: number, flex: boolean): AddPartitionsToTxnResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let resultsByTransaction: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
  let resultsByTopicV3AndBelow: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  throttleTimeMs = r.int32("AddPartitionsToTxnResponse.ThrottleTimeMs");
  if (v >= 4) {
    errorCode = r.int16("AddPartitionsToTxnResponse.ErrorCode");
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnResponse.ResultsByTransaction") : r.arrayLength("AddPartitionsToTxnResponse.ResultsByTransaction"));
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnResult[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r, v, flex));
      resultsByTransaction = a;
    }
  }
  if (v <= 3) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow") : r.arrayLength("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow"));
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v, flex));
      resultsByTopicV3AndBelow = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnResponse._tagged");
      const size = r.uvarint("AddPartitionsToTxnResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnResponse._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnResponse = { throttleTimeMs, errorCode, resultsByTransaction, resultsByTopicV3AndBelow };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnResponse(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnResponse): void {
  w.int32(m.throttleTimeMs);
  if (v >= 4) {
    w.int16(m.errorCode);
  }
  if (v >= 4) {
    (flex ? w.uvarint(m.resultsByTransaction!.length + 1) : w.int32(m.resultsByTransaction!.length));
    for (const x of m.resultsByTransaction!) writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w, v, flex, x!);
  } else if (!(m.resultsByTransaction.length === 0)) throw unsupportedField("AddPartitionsToTxnResponse.ResultsByTransaction", v);
  if (v <= 3) {
    (flex ? w.uvarint(m.resultsByTopicV3AndBelow!.length + 1) : w.int32(m.resultsByTopicV3AndBelow!.length));
    for (const x of m.resultsByTopicV3AndBelow!) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, v, flex, x!);
  } else if (!(m.resultsByTopicV3AndBelow.length === 0)) throw unsupportedField("AddPartitionsToTxnResponse.ResultsByTopicV3AndBelow", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  /** The topic name. */
  name: string;
  /** The results for each partition */
  resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  return { name: "", resultsByPartition: [] };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r: Reader, v: number, flex: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult {
  let name: string = "";
  let resultsByPartition: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
  name = (flex ? r.compactString("AddPartitionsToTxnTopicResult.Name") : r.string("AddPartitionsToTxnTopicResult.Name"));
  {
    const n = (flex ? r.compactArrayLength("AddPartitionsToTxnTopicResult.ResultsByPartition") : r.arrayLength("AddPartitionsToTxnTopicResult.ResultsByPartition"));
    const a: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult[] = [];
    for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r, v, flex));
    resultsByPartition = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnTopicResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnTopicResult._tagged");
      const size = r.uvarint("AddPartitionsToTxnTopicResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnTopicResult._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult = { name, resultsByPartition };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.resultsByPartition!.length + 1) : w.int32(m.resultsByPartition!.length));
  for (const x of m.resultsByPartition!) writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  /** The partition indexes. */
  partitionIndex: number;
  /** The response error code. */
  partitionErrorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  return { partitionIndex: 0, partitionErrorCode: 0 };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(r: Reader, v: number, flex: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult {
  let partitionIndex: number = 0;
  let partitionErrorCode: number = 0;
  partitionIndex = r.int32("AddPartitionsToTxnPartitionResult.PartitionIndex");
  partitionErrorCode = r.int16("AddPartitionsToTxnPartitionResult.PartitionErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnPartitionResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnPartitionResult._tagged");
      const size = r.uvarint("AddPartitionsToTxnPartitionResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnPartitionResult._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult = { partitionIndex, partitionErrorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnResponseAddPartitionsToTxnPartitionResult): void {
  w.int32(m.partitionIndex);
  w.int16(m.partitionErrorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** The results for each topic. */
  topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnResponseAddPartitionsToTxnResult(): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  return { transactionalId: "", topicResults: [] };
}

function readAddPartitionsToTxnResponseAddPartitionsToTxnResult(r: Reader, v: number, flex: boolean): AddPartitionsToTxnResponseAddPartitionsToTxnResult {
  let transactionalId: string = "";
  let topicResults: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
  if (v >= 4) {
    transactionalId = (flex ? r.compactString("AddPartitionsToTxnResult.TransactionalId") : r.string("AddPartitionsToTxnResult.TransactionalId"));
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnResult.TopicResults") : r.arrayLength("AddPartitionsToTxnResult.TopicResults"));
      const a: AddPartitionsToTxnResponseAddPartitionsToTxnTopicResult[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(r, v, flex));
      topicResults = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnResult._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnResult._tagged");
      const size = r.uvarint("AddPartitionsToTxnResult._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnResult._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnResponseAddPartitionsToTxnResult = { transactionalId, topicResults };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnResponseAddPartitionsToTxnResult(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnResponseAddPartitionsToTxnResult): void {
  if (v >= 4) {
    (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  } else if (!(m.transactionalId === "")) throw unsupportedField("AddPartitionsToTxnResult.TransactionalId", v);
  if (v >= 4) {
    (flex ? w.uvarint(m.topicResults!.length + 1) : w.int32(m.topicResults!.length));
    for (const x of m.topicResults!) writeAddPartitionsToTxnResponseAddPartitionsToTxnTopicResult(w, v, flex, x!);
  } else if (!(m.topicResults.length === 0)) throw unsupportedField("AddPartitionsToTxnResult.TopicResults", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddPartitionsToTxnResponse of version `v`; the caller checks the reader for failure. */
export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  return readAddPartitionsToTxnResponse(r, v, v >= 3);
}

/** Writes a AddPartitionsToTxnResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddPartitionsToTxnResponse(w: Writer, v: number, m: AddPartitionsToTxnResponse): void {
  writeAddPartitionsToTxnResponse(w, v, v >= 3, m);
}

export const AddPartitionsToTxnResponseSchema: MessageSchema = {
  name: "AddPartitionsToTxnResponse",
  kind: "response",
  apiKey: 24,
  validVersions: [0, 5],
  flexibleVersions: [3, 5],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"ResultsByTransaction","prop":"resultsByTransaction","type":"[]AddPartitionsToTxnResult","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicResults","prop":"topicResults","type":"[]AddPartitionsToTxnTopicResult","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResultsByPartition","prop":"resultsByPartition","type":"[]AddPartitionsToTxnPartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionErrorCode","prop":"partitionErrorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"ResultsByTopicV3AndBelow","prop":"resultsByTopicV3AndBelow","type":"[]AddPartitionsToTxnTopicResult","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ResultsByPartition","prop":"resultsByPartition","type":"[]AddPartitionsToTxnPartitionResult","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionErrorCode","prop":"partitionErrorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
