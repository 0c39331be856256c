// Generated from ListTransactionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface ListTransactionsResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  errorCode: number;
  /** Set of state filters provided in the request which were unknown to the transaction coordinator */
  unknownStateFilters: string[];
  transactionStates: ListTransactionsResponseTransactionState[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return { throttleTimeMs: 0, errorCode: 0, unknownStateFilters: [], transactionStates: [] };
}

function readListTransactionsResponse(r: Reader, v: number, flex: boolean): ListTransactionsResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let unknownStateFilters: string[] = [];
  let transactionStates: ListTransactionsResponseTransactionState[] = [];
  throttleTimeMs = r.int32("ListTransactionsResponse.ThrottleTimeMs");
  errorCode = r.int16("ListTransactionsResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("ListTransactionsResponse.UnknownStateFilters") : r.arrayLength("ListTransactionsResponse.UnknownStateFilters"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("ListTransactionsResponse.UnknownStateFilters") : r.string("ListTransactionsResponse.UnknownStateFilters")));
    unknownStateFilters = a;
  }
  {
    const n = (flex ? r.compactArrayLength("ListTransactionsResponse.TransactionStates") : r.arrayLength("ListTransactionsResponse.TransactionStates"));
    const a: ListTransactionsResponseTransactionState[] = [];
    for (let i = 0; i < n; i++) a.push(readListTransactionsResponseTransactionState(r, v, flex));
    transactionStates = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ListTransactionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ListTransactionsResponse._tagged");
      const size = r.uvarint("ListTransactionsResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ListTransactionsResponse._tagged", size) });
    }
  }
  const m: ListTransactionsResponse = { throttleTimeMs, errorCode, unknownStateFilters, transactionStates };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListTransactionsResponse(w: Writer, v: number, flex: boolean, m: ListTransactionsResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.unknownStateFilters!.length + 1) : w.int32(m.unknownStateFilters!.length));
  for (const x of m.unknownStateFilters!) (flex ? w.compactString(x!) : w.string(x!));
  (flex ? w.uvarint(m.transactionStates!.length + 1) : w.int32(m.transactionStates!.length));
  for (const x of m.transactionStates!) writeListTransactionsResponseTransactionState(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ListTransactionsResponseTransactionState {
  transactionalId: string;
  producerId: bigint;
  /** The current transaction state of the producer */
  transactionState: string;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultListTransactionsResponseTransactionState(): ListTransactionsResponseTransactionState {
  return { transactionalId: "", producerId: 0n, transactionState: "" };
}

function readListTransactionsResponseTransactionState(r: Reader, v: number, flex: boolean): ListTransactionsResponseTransactionState {
  let transactionalId: string = "";
  let producerId: bigint = 0n;
  let transactionState: string = "";
  transactionalId = (flex ? r.compactString("TransactionState.TransactionalId") : r.string("TransactionState.TransactionalId"));
  producerId = r.int64("TransactionState.ProducerId");
  transactionState = (flex ? r.compactString("TransactionState.TransactionState") : r.string("TransactionState.TransactionState"));
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TransactionState._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TransactionState._tagged");
      const size = r.uvarint("TransactionState._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TransactionState._tagged", size) });
    }
  }
  const m: ListTransactionsResponseTransactionState = { transactionalId, producerId, transactionState };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeListTransactionsResponseTransactionState(w: Writer, v: number, flex: boolean, m: ListTransactionsResponseTransactionState): void {
  (flex ? w.compactString(m.transactionalId!) : w.string(m.transactionalId!));
  w.int64(m.producerId);
  (flex ? w.compactString(m.transactionState!) : w.string(m.transactionState!));
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ListTransactionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  return readListTransactionsResponse(r, v, true);
}

/** Writes a ListTransactionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeListTransactionsResponse(w: Writer, v: number, m: ListTransactionsResponse): void {
  writeListTransactionsResponse(w, v, true, m);
}

export const ListTransactionsResponseSchema: MessageSchema = {
  name: "ListTransactionsResponse",
  kind: "response",
  apiKey: 66,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UnknownStateFilters","prop":"unknownStateFilters","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionStates","prop":"transactionStates","type":"[]TransactionState","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TransactionalId","prop":"transactionalId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ProducerId","prop":"producerId","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TransactionState","prop":"transactionState","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
