// Generated from SnapshotFooterRecord.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface SnapshotFooterRecord {
  /** The version of the snapshot footer record */
  version: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return { version: 0 };
}

function readSnapshotFooterRecord(r: Reader, v: number, flex: boolean): SnapshotFooterRecord {
  let version: number = 0;
  version = r.int16("SnapshotFooterRecord.Version");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SnapshotFooterRecord._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SnapshotFooterRecord._tagged");
      const size = r.uvarint("SnapshotFooterRecord._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SnapshotFooterRecord._tagged", size) });
    }
  }
  const m: SnapshotFooterRecord = { version };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSnapshotFooterRecord(w: Writer, v: number, flex: boolean, m: SnapshotFooterRecord): void {
  w.int16(m.version);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SnapshotFooterRecord of version `v`; the caller checks the reader for failure. */
export function decodeSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  return readSnapshotFooterRecord(r, v, true);
}

/** Writes a SnapshotFooterRecord of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSnapshotFooterRecord(w: Writer, v: number, m: SnapshotFooterRecord): void {
  writeSnapshotFooterRecord(w, v, true, m);
}

export const SnapshotFooterRecordSchema: MessageSchema = {
  name: "SnapshotFooterRecord",
  kind: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Version","prop":"version","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
