// Generated from ShareGroupDescribeResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ShareGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each described group. */
  groups: ShareGroupDescribeResponseDescribedGroup[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeResponse(): ShareGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function readShareGroupDescribeResponse(r: Reader, v: number, flex: boolean): ShareGroupDescribeResponse {
  let throttleTimeMs: number = 0;
  let groups: ShareGroupDescribeResponseDescribedGroup[] = [];
  throttleTimeMs = r.int32("ShareGroupDescribeResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("ShareGroupDescribeResponse.Groups") : r.arrayLength("ShareGroupDescribeResponse.Groups"));
    const a: ShareGroupDescribeResponseDescribedGroup[] = [];
    for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseDescribedGroup(r, v, flex));
    groups = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ShareGroupDescribeResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ShareGroupDescribeResponse._tagged");
      const size = r.uvarint("ShareGroupDescribeResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ShareGroupDescribeResponse._tagged", size) });
    }
  }
  const m: ShareGroupDescribeResponse = { throttleTimeMs, groups };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeResponse(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
  for (const x of m.groups!) writeShareGroupDescribeResponseDescribedGroup(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareGroupDescribeResponseTopicPartitions {
  /** The topic ID. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  /** The partitions. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeResponseTopicPartitions(): ShareGroupDescribeResponseTopicPartitions {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] };
}

function readShareGroupDescribeResponseTopicPartitions(r: Reader, v: number, flex: boolean): ShareGroupDescribeResponseTopicPartitions {
  let topicId: string = ZERO_UUID;
  let topicName: string = "";
  let partitions: number[] = [];
  topicId = r.uuid("TopicPartitions.TopicId");
  topicName = (flex ? r.compactString("TopicPartitions.TopicName") : r.string("TopicPartitions.TopicName"));
  {
    const n = (flex ? r.compactArrayLength("TopicPartitions.Partitions") : r.arrayLength("TopicPartitions.Partitions"));
    const a: number[] = [];
    for (let i = 0; i < n; i++) a.push(r.int32("TopicPartitions.Partitions"));
    partitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("TopicPartitions._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("TopicPartitions._tagged");
      const size = r.uvarint("TopicPartitions._tagged");
      (unknown ??= []).push({ tag, data: r.raw("TopicPartitions._tagged", size) });
    }
  }
  const m: ShareGroupDescribeResponseTopicPartitions = { topicId, topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeResponseTopicPartitions(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeResponseTopicPartitions): void {
  w.uuid(m.topicId);
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. */
  topicPartitions: ShareGroupDescribeResponseTopicPartitions[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeResponseAssignment(): ShareGroupDescribeResponseAssignment {
  return { topicPartitions: [] };
}

function readShareGroupDescribeResponseAssignment(r: Reader, v: number, flex: boolean): ShareGroupDescribeResponseAssignment {
  let topicPartitions: ShareGroupDescribeResponseTopicPartitions[] = [];
  {
    const n = (flex ? r.compactArrayLength("Assignment.TopicPartitions") : r.arrayLength("Assignment.TopicPartitions"));
    const a: ShareGroupDescribeResponseTopicPartitions[] = [];
    for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseTopicPartitions(r, v, flex));
    topicPartitions = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Assignment._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Assignment._tagged");
      const size = r.uvarint("Assignment._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Assignment._tagged", size) });
    }
  }
  const m: ShareGroupDescribeResponseAssignment = { topicPartitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeResponseAssignment(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeResponseAssignment): void {
  (flex ? w.uvarint(m.topicPartitions!.length + 1) : w.int32(m.topicPartitions!.length));
  for (const x of m.topicPartitions!) writeShareGroupDescribeResponseTopicPartitions(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareGroupDescribeResponseDescribedGroup {
  /** The describe error, or 0 if there was no error. */
  errorCode: number;
  /** The top-level error message, or null if there was no error. */
  errorMessage: string | null;
  /** The group ID string. */
  groupId: string;
  /** The group state string, or the empty string. */
  groupState: string;
  /** The group epoch. */
  groupEpoch: number;
  /** The assignment epoch. */
  assignmentEpoch: number;
  /** The selected assignor. */
  assignorName: string;
  /** The members. */
  members: ShareGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. */
  authorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeResponseDescribedGroup(): ShareGroupDescribeResponseDescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 };
}

function readShareGroupDescribeResponseDescribedGroup(r: Reader, v: number, flex: boolean): ShareGroupDescribeResponseDescribedGroup {
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let groupId: string = "";
  let groupState: string = "";
  let groupEpoch: number = 0;
  let assignmentEpoch: number = 0;
  let assignorName: string = "";
  let members: ShareGroupDescribeResponseMember[] = [];
  let authorizedOperations: number = -2147483648;
  errorCode = r.int16("DescribedGroup.ErrorCode");
  errorMessage = (flex ? r.compactNullableString("DescribedGroup.ErrorMessage") : r.nullableString("DescribedGroup.ErrorMessage"));
  groupId = (flex ? r.compactString("DescribedGroup.GroupId") : r.string("DescribedGroup.GroupId"));
  groupState = (flex ? r.compactString("DescribedGroup.GroupState") : r.string("DescribedGroup.GroupState"));
  groupEpoch = r.int32("DescribedGroup.GroupEpoch");
  assignmentEpoch = r.int32("DescribedGroup.AssignmentEpoch");
  assignorName = (flex ? r.compactString("DescribedGroup.AssignorName") : r.string("DescribedGroup.AssignorName"));
  {
    const n = (flex ? r.compactArrayLength("DescribedGroup.Members") : r.arrayLength("DescribedGroup.Members"));
    const a: ShareGroupDescribeResponseMember[] = [];
    for (let i = 0; i < n; i++) a.push(readShareGroupDescribeResponseMember(r, v, flex));
    members = a;
  }
  authorizedOperations = r.int32("DescribedGroup.AuthorizedOperations");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("DescribedGroup._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("DescribedGroup._tagged");
      const size = r.uvarint("DescribedGroup._tagged");
      (unknown ??= []).push({ tag, data: r.raw("DescribedGroup._tagged", size) });
    }
  }
  const m: ShareGroupDescribeResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, assignorName, members, authorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeResponseDescribedGroup(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeResponseDescribedGroup): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.compactString(m.groupState!) : w.string(m.groupState!));
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  (flex ? w.compactString(m.assignorName!) : w.string(m.assignorName!));
  (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
  for (const x of m.members!) writeShareGroupDescribeResponseMember(w, v, flex, x!);
  w.int32(m.authorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ShareGroupDescribeResponseMember {
  /** The member ID. */
  memberId: string;
  /** The member rack ID. */
  rackId: string | null;
  /** The current member epoch. */
  memberEpoch: number;
  /** The client ID. */
  clientId: string;
  /** The client host. */
  clientHost: string;
  /** The subscribed topic names. */
  subscribedTopicNames: string[];
  /** The current assignment. */
  assignment: ShareGroupDescribeResponseAssignment;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultShareGroupDescribeResponseMember(): ShareGroupDescribeResponseMember {
  return { memberId: "", rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], assignment: defaultShareGroupDescribeResponseAssignment() };
}

function readShareGroupDescribeResponseMember(r: Reader, v: number, flex: boolean): ShareGroupDescribeResponseMember {
  let memberId: string = "";
  let rackId: string | null = null;
  let memberEpoch: number = 0;
  let clientId: string = "";
  let clientHost: string = "";
  let subscribedTopicNames: string[] = [];
  let assignment: ShareGroupDescribeResponseAssignment = defaultShareGroupDescribeResponseAssignment();
  memberId = (flex ? r.compactString("Member.MemberId") : r.string("Member.MemberId"));
  rackId = (flex ? r.compactNullableString("Member.RackId") : r.nullableString("Member.RackId"));
  memberEpoch = r.int32("Member.MemberEpoch");
  clientId = (flex ? r.compactString("Member.ClientId") : r.string("Member.ClientId"));
  clientHost = (flex ? r.compactString("Member.ClientHost") : r.string("Member.ClientHost"));
  {
    const n = (flex ? r.compactArrayLength("Member.SubscribedTopicNames") : r.arrayLength("Member.SubscribedTopicNames"));
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push((flex ? r.compactString("Member.SubscribedTopicNames") : r.string("Member.SubscribedTopicNames")));
    subscribedTopicNames = a;
  }
  assignment = readShareGroupDescribeResponseAssignment(r, v, flex);
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Member._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Member._tagged");
      const size = r.uvarint("Member._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Member._tagged", size) });
    }
  }
  const m: ShareGroupDescribeResponseMember = { memberId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, assignment };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeShareGroupDescribeResponseMember(w: Writer, v: number, flex: boolean, m: ShareGroupDescribeResponseMember): void {
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  (flex ? w.compactNullableString(m.rackId) : w.nullableString(m.rackId));
  w.int32(m.memberEpoch);
  (flex ? w.compactString(m.clientId!) : w.string(m.clientId!));
  (flex ? w.compactString(m.clientHost!) : w.string(m.clientHost!));
  (flex ? w.uvarint(m.subscribedTopicNames!.length + 1) : w.int32(m.subscribedTopicNames!.length));
  for (const x of m.subscribedTopicNames!) (flex ? w.compactString(x!) : w.string(x!));
  writeShareGroupDescribeResponseAssignment(w, v, flex, m.assignment!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ShareGroupDescribeResponse of version `v`; the caller checks the reader for failure. */
export function decodeShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  return readShareGroupDescribeResponse(r, v, true);
}

/** Writes a ShareGroupDescribeResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeShareGroupDescribeResponse(w: Writer, v: number, m: ShareGroupDescribeResponse): void {
  writeShareGroupDescribeResponse(w, v, true, m);
}

export const ShareGroupDescribeResponseSchema: MessageSchema = {
  name: "ShareGroupDescribeResponse",
  kind: "response",
  apiKey: 77,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Groups","prop":"groups","type":"[]DescribedGroup","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupState","prop":"groupState","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupEpoch","prop":"groupEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AssignmentEpoch","prop":"assignmentEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AssignorName","prop":"assignorName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]Member","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"RackId","prop":"rackId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"MemberEpoch","prop":"memberEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientId","prop":"clientId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientHost","prop":"clientHost","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SubscribedTopicNames","prop":"subscribedTopicNames","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Assignment","prop":"assignment","type":"Assignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicPartitions","prop":"topicPartitions","type":"[]TopicPartitions","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"AuthorizedOperations","prop":"authorizedOperations","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}]}],
};
