// Generated from SnapshotHeaderRecord.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';

export interface SnapshotHeaderRecord {
  /** The version of the snapshot header record */
  version: number;
  /** The append time of the last record from the log contained in this snapshot */
  lastContainedLogTimestamp: bigint;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return { version: 0, lastContainedLogTimestamp: 0n };
}

function readSnapshotHeaderRecord(r: Reader, v: number, flex: boolean): SnapshotHeaderRecord {
  let version: number = 0;
  let lastContainedLogTimestamp: bigint = 0n;
  version = r.int16("SnapshotHeaderRecord.Version");
  lastContainedLogTimestamp = r.int64("SnapshotHeaderRecord.LastContainedLogTimestamp");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SnapshotHeaderRecord._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SnapshotHeaderRecord._tagged");
      const size = r.uvarint("SnapshotHeaderRecord._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SnapshotHeaderRecord._tagged", size) });
    }
  }
  const m: SnapshotHeaderRecord = { version, lastContainedLogTimestamp };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeSnapshotHeaderRecord(w: Writer, v: number, flex: boolean, m: SnapshotHeaderRecord): void {
  w.int16(m.version);
  w.int64(m.lastContainedLogTimestamp);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a SnapshotHeaderRecord of version `v`; the caller checks the reader for failure. */
export function decodeSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  return readSnapshotHeaderRecord(r, v, true);
}

/** Writes a SnapshotHeaderRecord of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeSnapshotHeaderRecord(w: Writer, v: number, m: SnapshotHeaderRecord): void {
  writeSnapshotHeaderRecord(w, v, true, m);
}

export const SnapshotHeaderRecordSchema: MessageSchema = {
  name: "SnapshotHeaderRecord",
  kind: "data",
  apiKey: null,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"Version","prop":"version","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"LastContainedLogTimestamp","prop":"lastContainedLogTimestamp","type":"int64","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}],
};
