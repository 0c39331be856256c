// Generated from UpdateRaftVoterResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, sameValue, NO_TAGS } from '../codec.ts';

export interface UpdateRaftVoterResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** The error code, or 0 if there was no error */
  errorCode: number;
  currentLeader: UpdateRaftVoterResponseCurrentLeader;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return { throttleTimeMs: 0, errorCode: 0, currentLeader: defaultUpdateRaftVoterResponseCurrentLeader() };
}

function readUpdateRaftVoterResponse(r: Reader, v: number, flex: boolean): UpdateRaftVoterResponse {
  let throttleTimeMs: number = 0;
  let errorCode: number = 0;
  let currentLeader: UpdateRaftVoterResponseCurrentLeader = defaultUpdateRaftVoterResponseCurrentLeader();
  throttleTimeMs = r.int32("UpdateRaftVoterResponse.ThrottleTimeMs");
  errorCode = r.int16("UpdateRaftVoterResponse.ErrorCode");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateRaftVoterResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateRaftVoterResponse._tagged");
      const size = r.uvarint("UpdateRaftVoterResponse._tagged");
      if (tag === 0) {
        const end = r.pos + size;
        currentLeader = readUpdateRaftVoterResponseCurrentLeader(r, v, flex);
        if (r.pos !== end) r.fail("UpdateRaftVoterResponse.CurrentLeader", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("UpdateRaftVoterResponse._tagged", size) });
    }
  }
  const m: UpdateRaftVoterResponse = { throttleTimeMs, errorCode, currentLeader };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateRaftVoterResponse(w: Writer, v: number, flex: boolean, m: UpdateRaftVoterResponse): void {
  w.int32(m.throttleTimeMs);
  w.int16(m.errorCode);
  if (flex) {
    const known: KnownTag[] = [];
    if (!(sameValue(m.currentLeader, defaultUpdateRaftVoterResponseCurrentLeader()))) {
      known.push({ tag: 0, write: (w: Writer) => {
        writeUpdateRaftVoterResponseCurrentLeader(w, v, flex, m.currentLeader!);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface UpdateRaftVoterResponseCurrentLeader {
  /** The replica id of the current leader or -1 if the leader is unknown */
  leaderId: number;
  /** The latest known leader epoch */
  leaderEpoch: number;
  /** The node's hostname */
  host: string;
  /** The node's port */
  port: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateRaftVoterResponseCurrentLeader(): UpdateRaftVoterResponseCurrentLeader {
  return { leaderId: -1, leaderEpoch: -1, host: "", port: 0 };
}

function readUpdateRaftVoterResponseCurrentLeader(r: Reader, v: number, flex: boolean): UpdateRaftVoterResponseCurrentLeader {
  let leaderId: number = -1;
  let leaderEpoch: number = -1;
  let host: string = "";
  let port: number = 0;
  leaderId = r.int32("CurrentLeader.LeaderId");
  leaderEpoch = r.int32("CurrentLeader.LeaderEpoch");
  host = (flex ? r.compactString("CurrentLeader.Host") : r.string("CurrentLeader.Host"));
  port = r.int32("CurrentLeader.Port");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("CurrentLeader._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("CurrentLeader._tagged");
      const size = r.uvarint("CurrentLeader._tagged");
      (unknown ??= []).push({ tag, data: r.raw("CurrentLeader._tagged", size) });
    }
  }
  const m: UpdateRaftVoterResponseCurrentLeader = { leaderId, leaderEpoch, host, port };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateRaftVoterResponseCurrentLeader(w: Writer, v: number, flex: boolean, m: UpdateRaftVoterResponseCurrentLeader): void {
  w.int32(m.leaderId);
  w.int32(m.leaderEpoch);
  (flex ? w.compactString(m.host!) : w.string(m.host!));
  w.int32(m.port);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateRaftVoterResponse of version `v`; the caller checks the reader for failure. */
export function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  return readUpdateRaftVoterResponse(r, v, true);
}

/** Writes a UpdateRaftVoterResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateRaftVoterResponse(w: Writer, v: number, m: UpdateRaftVoterResponse): void {
  writeUpdateRaftVoterResponse(w, v, true, m);
}

export const UpdateRaftVoterResponseSchema: MessageSchema = {
  name: "UpdateRaftVoterResponse",
  kind: "response",
  apiKey: 82,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"CurrentLeader","prop":"currentLeader","type":"CurrentLeader","versions":[0,32767],"nullable":null,"tagged":[0,32767],"tag":0,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"LeaderId","prop":"leaderId","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"LeaderEpoch","prop":"leaderEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-1"},{"name":"Host","prop":"host","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Port","prop":"port","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}],
};
