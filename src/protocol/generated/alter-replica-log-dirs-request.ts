// Generated from AlterReplicaLogDirsRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface AlterReplicaLogDirsRequest {
  /** The alterations to make for each directory. */
  dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return { dirs: [] };
}

function readAlterReplicaLogDirsRequest(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsRequest {
  let dirs: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
  {
    const n = (flex ? r.compactArrayLength("AlterReplicaLogDirsRequest.Dirs") : r.arrayLength("AlterReplicaLogDirsRequest.Dirs"));
    const a: AlterReplicaLogDirsRequestAlterReplicaLogDir[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsRequestAlterReplicaLogDir(r, v, flex));
    dirs = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDirsRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDirsRequest._tagged");
      const size = r.uvarint("AlterReplicaLogDirsRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDirsRequest._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsRequest = { dirs };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsRequest(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsRequest): void {
  (flex ? w.uvarint(m.dirs!.length + 1) : w.int32(m.dirs!.length));
  for (const x of m.dirs!) writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDir {
  /** The absolute directory path. */
  path: string;
  /** The topics to add to the directory. */
  topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDir(): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  return { path: "", topics: [] };
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDir(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsRequestAlterReplicaLogDir {
  let path: string = "";
  let topics: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
  path = (flex ? r.compactString("AlterReplicaLogDir.Path") : r.string("AlterReplicaLogDir.Path"));
  {
    const n = (flex ? r.compactArrayLength("AlterReplicaLogDir.Topics") : r.arrayLength("AlterReplicaLogDir.Topics"));
    const a: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic[] = [];
    for (let i = 0; i < n; i++) a.push(readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r, v, flex));
    topics = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDir._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDir._tagged");
      const size = r.uvarint("AlterReplicaLogDir._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDir._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDir = { path, topics };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDir(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsRequestAlterReplicaLogDir): void {
  (flex ? w.compactString(m.path!) : w.string(m.path!));
  (flex ? w.uvarint(m.topics!.length + 1) : w.int32(m.topics!.length));
  for (const x of m.topics!) writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  /** The topic name. */
  name: string;
  /** The partition indexes. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  return { name: "", partitions: [] };
}

function readAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(r: Reader, v: number, flex: boolean): AlterReplicaLogDirsRequestAlterReplicaLogDirTopic {
  let name: string = "";
  let partitions: number[] = [];
  name = (flex ? r.compactString("AlterReplicaLogDirTopic.Name") : r.string("AlterReplicaLogDirTopic.Name"));
  {
    const n = (flex ? r.compactArrayLength("AlterReplicaLogDirTopic.Partitions") : r.arrayLength("AlterReplicaLogDirTopic.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("AlterReplicaLogDirTopic.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("AlterReplicaLogDirTopic._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("AlterReplicaLogDirTopic._tagged");
      const size = r.uvarint("AlterReplicaLogDirTopic._tagged");
      (unknown ??= []).push({ tag, data: r.raw("AlterReplicaLogDirTopic._tagged", size) });
    }
  }
  const m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic = { name, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeAlterReplicaLogDirsRequestAlterReplicaLogDirTopic(w: Writer, v: number, flex: boolean, m: AlterReplicaLogDirsRequestAlterReplicaLogDirTopic): void {
  (flex ? w.compactString(m.name!) : w.string(m.name!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a AlterReplicaLogDirsRequest of version `v`; the caller checks the reader for failure. */
export function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  return readAlterReplicaLogDirsRequest(r, v, v >= 2);
}

/** Writes a AlterReplicaLogDirsRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeAlterReplicaLogDirsRequest(w: Writer, v: number, m: AlterReplicaLogDirsRequest): void {
  writeAlterReplicaLogDirsRequest(w, v, v >= 2, m);
}

export const AlterReplicaLogDirsRequestSchema: MessageSchema = {
  name: "AlterReplicaLogDirsRequest",
  kind: "request",
  apiKey: 34,
  validVersions: [0, 2],
  flexibleVersions: [2, 2],
  fields: [{"name":"Dirs","prop":"dirs","type":"[]AlterReplicaLogDir","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Path","prop":"path","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Topics","prop":"topics","type":"[]AlterReplicaLogDirTopic","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}],
};
