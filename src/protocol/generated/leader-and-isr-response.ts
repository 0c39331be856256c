// Generated from LeaderAndIsrResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface LeaderAndIsrResponse {
  /** The error code, or 0 if there was no error. */
  errorCode: number;
  /** Each partition in v0 to v4 message. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  /** Each topic */
  topics: LeaderAndIsrResponseLeaderAndIsrTopicError[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return { errorCode: 0, partitionErrors: [], topics: [] };
}

function readLeaderAndIsrResponse(r: Reader, v: number, flex: boolean): LeaderAndIsrResponse {
  let errorCode: number = 0;
  let partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  let topics: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
  errorCode = r.int16("LeaderAndIsrResponse.ErrorCode");
  if (v <= 4) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrResponse.PartitionErrors") : r.arrayLength("LeaderAndIsrResponse.PartitionErrors"));
      const a: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, v, flex));
      partitionErrors = a;
    }
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrResponse.Topics") : r.arrayLength("LeaderAndIsrResponse.Topics"));
      const a: LeaderAndIsrResponseLeaderAndIsrTopicError[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrTopicError(r, v, flex));
      topics = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrResponse._tagged");
      const size = r.uvarint("LeaderAndIsrResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrResponse._tagged", size) });
    }
  }
  const m: LeaderAndIsrResponse = { errorCode, partitionErrors, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrResponse(w: Writer, v: number, flex: boolean, m: LeaderAndIsrResponse): void {
  w.int16(m.errorCode);
  if (v <= 4) {
    (flex ? w.uvarint(m.partitionErrors!.length + 1) : w.int32(m.partitionErrors!.length));
    for (const x of m.partitionErrors!) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, v, flex, x!);
  } else if (!(m.partitionErrors.length === 0)) throw unsupportedField("LeaderAndIsrResponse.PartitionErrors", v);
  if (v >= 5) {
    (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
    for (const x of m.topics!) writeLeaderAndIsrResponseLeaderAndIsrTopicError(w, v, flex, x!);
  } else if (!(m.topics.length === 0)) throw unsupportedField("LeaderAndIsrResponse.Topics", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderAndIsrResponseLeaderAndIsrPartitionError {
  /** The topic name. */
  topicName: string;
  /** The partition index. */
  partitionIndex: number;
  /** The partition error code, or 0 if there was no error. */
  errorCode: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrResponseLeaderAndIsrPartitionError(): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  return { topicName: "", partitionIndex: 0, errorCode: 0 };
}

function readLeaderAndIsrResponseLeaderAndIsrPartitionError(r: Reader, v: number, flex: boolean): LeaderAndIsrResponseLeaderAndIsrPartitionError {
  let topicName: string = "";
  let partitionIndex: number = 0;
  let errorCode: number = 0;
  if (v <= 4) {
    topicName = (flex ? r.compactString("LeaderAndIsrPartitionError.TopicName") : r.string("LeaderAndIsrPartitionError.TopicName"));
  }
  partitionIndex = r.int32("LeaderAndIsrPartitionError.PartitionIndex");
  errorCode = r.int16("LeaderAndIsrPartitionError.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrPartitionError._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrPartitionError._tagged");
      const size = r.uvarint("LeaderAndIsrPartitionError._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrPartitionError._tagged", size) });
    }
  }
  const m: LeaderAndIsrResponseLeaderAndIsrPartitionError = { topicName, partitionIndex, errorCode };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w: Writer, v: number, flex: boolean, m: LeaderAndIsrResponseLeaderAndIsrPartitionError): void {
  if (v <= 4) {
    (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  }
  w.int32(m.partitionIndex);
  w.int16(m.errorCode);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface LeaderAndIsrResponseLeaderAndIsrTopicError {
  /** The unique topic ID */
  topicId: string;
  /** Each partition. */
  partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultLeaderAndIsrResponseLeaderAndIsrTopicError(): LeaderAndIsrResponseLeaderAndIsrTopicError {
  return { topicId: ZERO_UUID, partitionErrors: [] };
}

function readLeaderAndIsrResponseLeaderAndIsrTopicError(r: Reader, v: number, flex: boolean): LeaderAndIsrResponseLeaderAndIsrTopicError {
  let topicId: string = ZERO_UUID;
  let partitionErrors: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
  if (v >= 5) {
    topicId = r.uuid("LeaderAndIsrTopicError.TopicId");
  }
  if (v >= 5) {
    {
      const n = (flex ? r.compactArrayLength("LeaderAndIsrTopicError.PartitionErrors") : r.arrayLength("LeaderAndIsrTopicError.PartitionErrors"));
      const a: LeaderAndIsrResponseLeaderAndIsrPartitionError[] = [];
      for (let i = 0; i < n; i++) a.push(readLeaderAndIsrResponseLeaderAndIsrPartitionError(r, v, flex));
      partitionErrors = a;
    }
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("LeaderAndIsrTopicError._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("LeaderAndIsrTopicError._tagged");
      const size = r.uvarint("LeaderAndIsrTopicError._tagged");
      (unknown ??= []).push({ tag, data: r.raw("LeaderAndIsrTopicError._tagged", size) });
    }
  }
  const m: LeaderAndIsrResponseLeaderAndIsrTopicError = { topicId, partitionErrors };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeLeaderAndIsrResponseLeaderAndIsrTopicError(w: Writer, v: number, flex: boolean, m: LeaderAndIsrResponseLeaderAndIsrTopicError): void {
  if (v >= 5) {
    w.uuid(m.topicId);
  } else if (!(m.topicId === ZERO_UUID)) throw unsupportedField("LeaderAndIsrTopicError.TopicId", v);
  if (v >= 5) {
    (flex ? w.uvarint(m.partitionErrors!.length + 1) : w.int32(m.partitionErrors!.length));
    for (const x of m.partitionErrors!) writeLeaderAndIsrResponseLeaderAndIsrPartitionError(w, v, flex, x!);
  } else if (!(m.partitionErrors.length === 0)) throw unsupportedField("LeaderAndIsrTopicError.PartitionErrors", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a LeaderAndIsrResponse of version `v`; the caller checks the reader for failure. */
export function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  return readLeaderAndIsrResponse(r, v, v >= 4);
}

/** Writes a LeaderAndIsrResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeLeaderAndIsrResponse(w: Writer, v: number, m: LeaderAndIsrResponse): void {
  writeLeaderAndIsrResponse(w, v, v >= 4, m);
}

export const LeaderAndIsrResponseSchema: MessageSchema = {
  name: "LeaderAndIsrResponse",
  kind: "response",
  apiKey: 4,
  validVersions: [0, 7],
  flexibleVersions: [4, 7],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionErrors","prop":"partitionErrors","type":"[]LeaderAndIsrPartitionError","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"Topics","prop":"topics","type":"[]LeaderAndIsrTopicError","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"PartitionErrors","prop":"partitionErrors","type":"[]LeaderAndIsrPartitionError","versions":[5,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicName","prop":"topicName","type":"string","versions":[0,4],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"PartitionIndex","prop":"partitionIndex","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
