// Generated from AddPartitionsToTxnRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface AddPartitionsToTxnRequest {
  /** List of transactions to add partitions to. */
  transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[];
  /** The transactional id corresponding to the transaction. */
  v3AndBelowTransactionalId: string;
  /** Current producer id in use by the transactional id. */
  v3AndBelowProducerId: bigint;
  /** Current epoch associated with the producer id. */
  v3AndBelowProducerEpoch: number;
  /** The partitions to add to the transaction. */
  v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return { transactions: [], v3AndBelowTransactionalId: "", v3AndBelowProducerId: 0n, v3AndBelowProducerEpoch: 0, v3AndBelowTopics: [] };
}

function readAddPartitionsToTxnRequest(r: Reader, v: number, flex: boolean): AddPartitionsToTxnRequest {
  let transactions: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
  let v3AndBelowTransactionalId: string = "";
  let v3AndBelowProducerId: bigint = 0n;
  let v3AndBelowProducerEpoch: number = 0;
  let v3AndBelowTopics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnRequest.Transactions") : r.arrayLength("AddPartitionsToTxnRequest.Transactions"));
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r, v, flex));
      transactions = a;
    }
  }
  if (v <= 3) {
    v3AndBelowTransactionalId = (flex ? r.compactString("AddPartitionsToTxnRequest.V3AndBelowTransactionalId") : r.string("AddPartitionsToTxnRequest.V3AndBelowTransactionalId"));
  }
  if (v <= 3) {
    v3AndBelowProducerId = r.int64("AddPartitionsToTxnRequest.V3AndBelowProducerId");
  }
  if (v <= 3) {
    v3AndBelowProducerEpoch = r.int16("AddPartitionsToTxnRequest.V3AndBelowProducerEpoch");
  }
  if (v <= 3) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnRequest.V3AndBelowTopics") : r.arrayLength("AddPartitionsToTxnRequest.V3AndBelowTopics"));
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v, flex));
      v3AndBelowTopics = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnRequest._tagged");
      const size = r.uvarint("AddPartitionsToTxnRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnRequest._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnRequest = { transactions, v3AndBelowTransactionalId, v3AndBelowProducerId, v3AndBelowProducerEpoch, v3AndBelowTopics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnRequest(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnRequest): void {
  if (v >= 4) {
    (flex ? w.uvarint(m.transactions!.length + 1) : w.int32(m.transactions!.length));
    for (const x of m.transactions!) writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w, v, flex, x!);
  } else if (!(m.transactions.length === 0)) throw unsupportedField("AddPartitionsToTxnRequest.Transactions", v);
  if (v <= 3) {
    (flex ? w.compactString(m.v3AndBelowTransactionalId!) : w.string(m.v3AndBelowTransactionalId!));
  } else if (!(m.v3AndBelowTransactionalId === "")) throw unsupportedField("AddPartitionsToTxnRequest.V3AndBelowTransactionalId", v);
  if (v <= 3) {
    w.int64(m.v3AndBelowProducerId);
  } else if (!(m.v3AndBelowProducerId === 0n)) throw unsupportedField("AddPartitionsToTxnRequest.V3AndBelowProducerId", v);
  if (v <= 3) {
    w.int16(m.v3AndBelowProducerEpoch);
  } else if (!(m.v3AndBelowProducerEpoch === 0)) throw unsupportedField("AddPartitionsToTxnRequest.V3AndBelowProducerEpoch", v);
  if (v <= 3) {
    (flex ? w.uvarint(m.v3AndBelowTopics!.length + 1) : w.int32(m.v3AndBelowTopics!.length));
    for (const x of m.v3AndBelowTopics!) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, v, flex, x!);
  } else if (!(m.v3AndBelowTopics.length === 0)) throw unsupportedField("AddPartitionsToTxnRequest.V3AndBelowTopics", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  /** The name of the topic. */
  name: string;
  /** The partition indexes to add to the transaction */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTopic(): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  return { name: "", partitions: [] };
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r: Reader, v: number, flex: boolean): AddPartitionsToTxnRequestAddPartitionsToTxnTopic {
  let name: string = "";
  let partitions: number[] = [];
  name = (flex ? r.compactString("AddPartitionsToTxnTopic.Name") : r.string("AddPartitionsToTxnTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("AddPartitionsToTxnTopic.Partitions") : r.arrayLength("AddPartitionsToTxnTopic.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("AddPartitionsToTxnTopic.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnTopic._tagged");
      const size = r.uvarint("AddPartitionsToTxnTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnTopic._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnRequestAddPartitionsToTxnTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  /** The transactional id corresponding to the transaction. */
  transactionalId: string;
  /** Current producer id in use by the transactional id. */
  producerId: bigint;
  /** Current epoch associated with the producer id. */
  producerEpoch: number;
  /** Boolean to signify if we want to check if the partition is in the transaction rather than add it. */
  verifyOnly: boolean;
  /** The partitions to add to the transaction. */
  topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  return { transactionalId: "", producerId: 0n, producerEpoch: 0, verifyOnly: false, topics: [] };
}

function readAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(r: Reader, v: number, flex: boolean): AddPartitionsToTxnRequestAddPartitionsToTxnTransaction {
  let transactionalId: string = "";
  let producerId: bigint = 0n;
  let producerEpoch: number = 0;
  let verifyOnly: boolean = false;
  let topics: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
  if (v >= 4) {
    transactionalId = (flex ? r.compactString("AddPartitionsToTxnTransaction.TransactionalId") : r.string("AddPartitionsToTxnTransaction.TransactionalId"));
  }
  if (v >= 4) {
    producerId = r.int64("AddPartitionsToTxnTransaction.ProducerId");
  }
  if (v >= 4) {
    producerEpoch = r.int16("AddPartitionsToTxnTransaction.ProducerEpoch");
  }
  if (v >= 4) {
    verifyOnly = r.bool("AddPartitionsToTxnTransaction.VerifyOnly");
  }
  if (v >= 4) {
    {
      const n = (flex ? r.compactArrayLength("AddPartitionsToTxnTransaction.Topics") : r.arrayLength("AddPartitionsToTxnTransaction.Topics"));
      const a: AddPartitionsToTxnRequestAddPartitionsToTxnTopic[] = [];
      for (let i = 0; i < n; i++) a.push(readAddPartitionsToTxnRequestAddPartitionsToTxnTopic(r, v, flex));
      topics = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AddPartitionsToTxnTransaction._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AddPartitionsToTxnTransaction._tagged");
      const size = r.uvarint("AddPartitionsToTxnTransaction._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AddPartitionsToTxnTransaction._tagged", size) });
    }
  }
  const m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction = { transactionalId, producerId, producerEpoch, verifyOnly, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAddPartitionsToTxnRequestAddPartitionsToTxnTransaction(w: Writer, v: number, flex: boolean, m: AddPartitionsToTxnRequestAddPartitionsToTxnTransaction): void {
  if (v >= 4) {
    (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  } else if (!(m.transactionalId === "")) throw unsupportedField("AddPartitionsToTxnTransaction.TransactionalId", v);
  if (v >= 4) {
    w.int64(m.producerId);
  } else if (!(m.producerId === 0n)) throw unsupportedField("AddPartitionsToTxnTransaction.ProducerId", v);
  if (v >= 4) {
    w.int16(m.producerEpoch);
  } else if (!(m.producerEpoch === 0)) throw unsupportedField("AddPartitionsToTxnTransaction.ProducerEpoch", v);
  if (v >= 4) {
    w.bool(m.verifyOnly);
  } else if (!(m.verifyOnly === false)) throw unsupportedField("AddPartitionsToTxnTransaction.VerifyOnly", v);
  if (v >= 4) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeAddPartitionsToTxnRequestAddPartitionsToTxnTopic(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("AddPartitionsToTxnTransaction.Topics", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AddPartitionsToTxnRequest of version `v`; the caller checks the reader for failure. */
export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  return readAddPartitionsToTxnRequest(r, v, v >= 3);
}

/** Writes a AddPartitionsToTxnRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAddPartitionsToTxnRequest(w: Writer, v: number, m: AddPartitionsToTxnRequest): void {
  writeAddPartitionsToTxnRequest(w, v, v >= 3, m);
}

export const AddPartitionsToTxnRequestSchema: MessageSchema = {
  name: "AddPartitionsToTxnRequest",
  kind: "request",
  apiKey: 24,
  validVersions: [0, 5],
  flexibleVersions: [3, 5],
  fields: [{"name":"Transactions","prop":"transactions","type":"[]AddPartitionsToTxnTransaction","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerEpoch","prop":"producerEpoch","type":"int16","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"VerifyOnly","prop":"verifyOnly","type":"bool","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"},{"name":"Topics","prop":"topics","type":"[]AddPartitionsToTxnTopic","versions":[4,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"V3AndBelowTransactionalId","prop":"v3AndBelowTransactionalId","type":"string","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"V3AndBelowProducerId","prop":"v3AndBelowProducerId","type":"int64","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"V3AndBelowProducerEpoch","prop":"v3AndBelowProducerEpoch","type":"int16","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"V3AndBelowTopics","prop":"v3AndBelowTopics","type":"[]AddPartitionsToTxnTopic","versions":[0,3],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
