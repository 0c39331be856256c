// Generated from KRaftVersionRecord.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface KRaftVersionRecord {
  /** The version of the kraft version record */
  version: number;
  /** The kraft protocol version */
  kRaftVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return { version: 0, kRaftVersion: 0 };
}

function readKRaftVersionRecord(r: Reader, v: number, flex: boolean): KRaftVersionRecord {
  let version: number = 0;
  let kRaftVersion: number = 0;
  version = r.int16("KRaftVersionRecord.Version");
  kRaftVersion = r.int16("KRaftVersionRecord.KRaftVersion");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("KRaftVersionRecord._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("KRaftVersionRecord._tagged");
      const size = r.uvarint("KRaftVersionRecord._tagged");
      (unknown ??= []).push({ tag, data: r.raw("KRaftVersionRecord._tagged", size) });
    }
  }
  const m: KRaftVersionRecord = { version, kRaftVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeKRaftVersionRecord(w: Writer, v: number, flex: boolean, m: KRaftVersionRecord): void {
  w.int16(m.version);
  w.int16(m.kRaftVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a KRaftVersionRecord of version `v`; the caller checks the reader for failure. */
export function decodeKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  return readKRaftVersionRecord(r, v, true);
}

/** Writes a KRaftVersionRecord of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeKRaftVersionRecord(w: Writer, v: number, m: KRaftVersionRecord): void {
  writeKRaftVersionRecord(w, v, true, m);
}

export const KRaftVersionRecordSchema: MessageSchema = {
  name: "KRaftVersionRecord",
  kind: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Version","prop":"version","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"KRaftVersion","prop":"kRaftVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
