// Generated from ConsumerGroupDescribeResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, NO_TAGS } from '../codec.ts';
import { ZERO_UUID } from '../reader.ts';

export interface ConsumerGroupDescribeResponse {
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Each described group. */
  groups: ConsumerGroupDescribeResponseDescribedGroup[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponse(): ConsumerGroupDescribeResponse {
  return { throttleTimeMs: 0, groups: [] };
}

function readConsumerGroupDescribeResponse(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeResponse {
  let throttleTimeMs: number = 0;
  let groups: ConsumerGroupDescribeResponseDescribedGroup[] = [];
  throttleTimeMs = r.int32("ConsumerGroupDescribeResponse.ThrottleTimeMs");
  {
    const n = (flex ? r.compactArrayLength("ConsumerGroupDescribeResponse.Groups") : r.arrayLength("ConsumerGroupDescribeResponse.Groups"));
    const a: ConsumerGroupDescribeResponseDescribedGroup[] = [];
    for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseDescribedGroup(r, v, flex));
    groups = a;
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ConsumerGroupDescribeResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ConsumerGroupDescribeResponse._tagged");
      const size = r.uvarint("ConsumerGroupDescribeResponse._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ConsumerGroupDescribeResponse._tagged", size) });
    }
  }
  const m: ConsumerGroupDescribeResponse = { throttleTimeMs, groups };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeResponse(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeResponse): void {
  w.int32(m.throttleTimeMs);
  (flex ? w.uvarint(m.groups!.length + 1) : w.int32(m.groups!.length));
  for (const x of m.groups!) writeConsumerGroupDescribeResponseDescribedGroup(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ConsumerGroupDescribeResponseTopicPartitions {
  /** The topic ID. */
  topicId: string;
  /** The topic name. */
  topicName: string;
  /** The partitions. */
  partitions: number[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponseTopicPartitions(): ConsumerGroupDescribeResponseTopicPartitions {
  return { topicId: ZERO_UUID, topicName: "", partitions: [] };
}

function readConsumerGroupDescribeResponseTopicPartitions(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeResponseTopicPartitions {
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
  const m: ConsumerGroupDescribeResponseTopicPartitions = { topicId, topicName, partitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeResponseTopicPartitions(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeResponseTopicPartitions): void {
  w.uuid(m.topicId);
  (flex ? w.compactString(m.topicName!) : w.string(m.topicName!));
  (flex ? w.uvarint(m.partitions!.length + 1) : w.int32(m.partitions!.length));
  for (const x of m.partitions!) w.int32(x);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ConsumerGroupDescribeResponseAssignment {
  /** The assigned topic-partitions to the member. */
  topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[];
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponseAssignment(): ConsumerGroupDescribeResponseAssignment {
  return { topicPartitions: [] };
}

function readConsumerGroupDescribeResponseAssignment(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeResponseAssignment {
  let topicPartitions: ConsumerGroupDescribeResponseTopicPartitions[] = [];
  {
    const n = (flex ? r.compactArrayLength("Assignment.TopicPartitions") : r.arrayLength("Assignment.TopicPartitions"));
    const a: ConsumerGroupDescribeResponseTopicPartitions[] = [];
    for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseTopicPartitions(r, v, flex));
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
  const m: ConsumerGroupDescribeResponseAssignment = { topicPartitions };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeResponseAssignment(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeResponseAssignment): void {
  (flex ? w.uvarint(m.topicPartitions!.length + 1) : w.int32(m.topicPartitions!.length));
  for (const x of m.topicPartitions!) writeConsumerGroupDescribeResponseTopicPartitions(w, v, flex, x!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ConsumerGroupDescribeResponseDescribedGroup {
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
  members: ConsumerGroupDescribeResponseMember[];
  /** 32-bit bitfield to represent authorized operations for this group. */
  authorizedOperations: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponseDescribedGroup(): ConsumerGroupDescribeResponseDescribedGroup {
  return { errorCode: 0, errorMessage: null, groupId: "", groupState: "", groupEpoch: 0, assignmentEpoch: 0, assignorName: "", members: [], authorizedOperations: -2147483648 };
}

function readConsumerGroupDescribeResponseDescribedGroup(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeResponseDescribedGroup {
  let errorCode: number = 0;
  let errorMessage: string | null = null;
  let groupId: string = "";
  let groupState: string = "";
  let groupEpoch: number = 0;
  let assignmentEpoch: number = 0;
  let assignorName: string = "";
  let members: ConsumerGroupDescribeResponseMember[] = [];
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
    const a: ConsumerGroupDescribeResponseMember[] = [];
    for (let i = 0; i < n; i++) a.push(readConsumerGroupDescribeResponseMember(r, v, flex));
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
  const m: ConsumerGroupDescribeResponseDescribedGroup = { errorCode, errorMessage, groupId, groupState, groupEpoch, assignmentEpoch, assignorName, members, authorizedOperations };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeResponseDescribedGroup(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeResponseDescribedGroup): void {
  w.int16(m.errorCode);
  (flex ? w.compactNullableString(m.errorMessage) : w.nullableString(m.errorMessage));
  (flex ? w.compactString(m.groupId!) : w.string(m.groupId!));
  (flex ? w.compactString(m.groupState!) : w.string(m.groupState!));
  w.int32(m.groupEpoch);
  w.int32(m.assignmentEpoch);
  (flex ? w.compactString(m.assignorName!) : w.string(m.assignorName!));
  (flex ? w.uvarint(m.members!.length + 1) : w.int32(m.members!.length));
  for (const x of m.members!) writeConsumerGroupDescribeResponseMember(w, v, flex, x!);
  w.int32(m.authorizedOperations);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ConsumerGroupDescribeResponseMember {
  /** The member ID. */
  memberId: string;
  /** The member instance ID. */
  instanceId: string | null;
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
  /** the subscribed topic regex otherwise or null of not provided. */
  subscribedTopicRegex: string | null;
  /** The current assignment. */
  assignment: ConsumerGroupDescribeResponseAssignment;
  /** The target assignment. */
  targetAssignment: ConsumerGroupDescribeResponseAssignment;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultConsumerGroupDescribeResponseMember(): ConsumerGroupDescribeResponseMember {
  return { memberId: "", instanceId: null, rackId: null, memberEpoch: 0, clientId: "", clientHost: "", subscribedTopicNames: [], subscribedTopicRegex: null, assignment: defaultConsumerGroupDescribeResponseAssignment(), targetAssignment: defaultConsumerGroupDescribeResponseAssignment() };
}

function readConsumerGroupDescribeResponseMember(r: Reader, v: number, flex: boolean): ConsumerGroupDescribeResponseMember {
  let memberId: string = "";
  let instanceId: string | null = null;
  let rackId: string | null = null;
  let memberEpoch: number = 0;
  let clientId: string = "";
  let clientHost: string = "";
  let subscribedTopicNames: string[] = [];
  let subscribedTopicRegex: string | null = null;
  let assignment: ConsumerGroupDescribeResponseAssignment = defaultConsumerGroupDescribeResponseAssignment();
  let targetAssignment: ConsumerGroupDescribeResponseAssignment = defaultConsumerGroupDescribeResponseAssignment();
  memberId = (flex ? r.compactString("Member.MemberId") : r.string("Member.MemberId"));
  instanceId = (flex ? r.compactNullableString("Member.InstanceId") : r.nullableString("Member.InstanceId"));
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
  subscribedTopicRegex = (flex ? r.compactNullableString("Member.SubscribedTopicRegex") : r.nullableString("Member.SubscribedTopicRegex"));
  assignment = readConsumerGroupDescribeResponseAssignment(r, v, flex);
  targetAssignment = readConsumerGroupDescribeResponseAssignment(r, v, flex);
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("Member._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("Member._tagged");
      const size = r.uvarint("Member._tagged");
      (unknown ??= []).push({ tag, data: r.raw("Member._tagged", size) });
    }
  }
  const m: ConsumerGroupDescribeResponseMember = { memberId, instanceId, rackId, memberEpoch, clientId, clientHost, subscribedTopicNames, subscribedTopicRegex, assignment, targetAssignment };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeConsumerGroupDescribeResponseMember(w: Writer, v: number, flex: boolean, m: ConsumerGroupDescribeResponseMember): void {
  (flex ? w.compactString(m.memberId!) : w.string(m.memberId!));
  (flex ? w.compactNullableString(m.instanceId) : w.nullableString(m.instanceId));
  (flex ? w.compactNullableString(m.rackId) : w.nullableString(m.rackId));
  w.int32(m.memberEpoch);
  (flex ? w.compactString(m.clientId!) : w.string(m.clientId!));
  (flex ? w.compactString(m.clientHost!) : w.string(m.clientHost!));
  (flex ? w.uvarint(m.subscribedTopicNames!.length + 1) : w.int32(m.subscribedTopicNames!.length));
  for (const x of m.subscribedTopicNames!) (flex ? w.compactString(x!) : w.string(x!));
  (flex ? w.compactNullableString(m.subscribedTopicRegex) : w.nullableString(m.subscribedTopicRegex));
  writeConsumerGroupDescribeResponseAssignment(w, v, flex, m.assignment!);
  writeConsumerGroupDescribeResponseAssignment(w, v, flex, m.targetAssignment!);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ConsumerGroupDescribeResponse of version `v`; the caller checks the reader for failure. */
export function decodeConsumerGroupDescribeResponse(r: Reader, v: number): ConsumerGroupDescribeResponse {
  return readConsumerGroupDescribeResponse(r, v, true);
}

/** Writes a ConsumerGroupDescribeResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeConsumerGroupDescribeResponse(w: Writer, v: number, m: ConsumerGroupDescribeResponse): void {
  writeConsumerGroupDescribeResponse(w, v, true, m);
}

export const ConsumerGroupDescribeResponseSchema: MessageSchema = {
  name: "ConsumerGroupDescribeResponse",
  kind: "response",
  apiKey: 69,
  validVersions: [0, 0],
  flexibleVersions: [0, 0],
  fields: [{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Groups","prop":"groups","type":"[]DescribedGroup","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ErrorMessage","prop":"errorMessage","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"GroupId","prop":"groupId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupState","prop":"groupState","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"GroupEpoch","prop":"groupEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AssignmentEpoch","prop":"assignmentEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AssignorName","prop":"assignorName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Members","prop":"members","type":"[]Member","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"MemberId","prop":"memberId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"InstanceId","prop":"instanceId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"RackId","prop":"rackId","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"MemberEpoch","prop":"memberEpoch","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientId","prop":"clientId","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ClientHost","prop":"clientHost","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SubscribedTopicNames","prop":"subscribedTopicNames","type":"[]string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"SubscribedTopicRegex","prop":"subscribedTopicRegex","type":"string","versions":[0,32767],"nullable":[0,32767],"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"null"},{"name":"Assignment","prop":"assignment","type":"Assignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicPartitions","prop":"topicPartitions","type":"[]TopicPartitions","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]},{"name":"TargetAssignment","prop":"targetAssignment","type":"Assignment","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicPartitions","prop":"topicPartitions","type":"[]TopicPartitions","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"TopicId","prop":"topicId","type":"uuid","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"TopicName","prop":"topicName","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"Partitions","prop":"partitions","type":"[]int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]}]}]},{"name":"AuthorizedOperations","prop":"authorizedOperations","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"-2147483648"}]}],
};
