// Generated from UpdateFeaturesRequest.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface UpdateFeaturesRequest {
  /** How long to wait in milliseconds before timing out the request. */
  timeoutMs: number;
  /** The list of updates to finalized features. */
  featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[];
  /** True if we should validate the request, but not perform the upgrade or downgrade. */
  validateOnly: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return { timeoutMs: 60000, featureUpdates: [], validateOnly: false };
}

function readUpdateFeaturesRequest(r: Reader, v: number, flex: boolean): UpdateFeaturesRequest {
  let timeoutMs: number = 60000;
  let featureUpdates: UpdateFeaturesRequestFeatureUpdateKey[] = [];
  let validateOnly: boolean = false;
  timeoutMs = r.int32("UpdateFeaturesRequest.timeoutMs");
  {
    const n = (flex ? r.compactArrayLength("UpdateFeaturesRequest.FeatureUpdates") : r.arrayLength("UpdateFeaturesRequest.FeatureUpdates"));
    const a: UpdateFeaturesRequestFeatureUpdateKey[] = [];
    for (let i = 0; i < n; i++) a.push(readUpdateFeaturesRequestFeatureUpdateKey(r, v, flex));
    featureUpdates = a;
  }
  if (v >= 1) {
    validateOnly = r.bool("UpdateFeaturesRequest.ValidateOnly");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("UpdateFeaturesRequest._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("UpdateFeaturesRequest._tagged");
      const size = r.uvarint("UpdateFeaturesRequest._tagged");
      (unknown ??= []).push({ tag, data: r.raw("UpdateFeaturesRequest._tagged", size) });
    }
  }
  const m: UpdateFeaturesRequest = { timeoutMs, featureUpdates, validateOnly };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateFeaturesRequest(w: Writer, v: number, flex: boolean, m: UpdateFeaturesRequest): void {
  w.int32(m.timeoutMs);
  (flex ? w.uvarint(m.featureUpdates!.length + 1) : w.int32(m.featureUpdates!.length));
  for (const x of m.featureUpdates!) writeUpdateFeaturesRequestFeatureUpdateKey(w, v, flex, x!);
  if (v >= 1) {
    w.bool(m.validateOnly);
  } else if (!(m.validateOnly === false)) throw unsupportedField("UpdateFeaturesRequest.ValidateOnly", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface UpdateFeaturesRequestFeatureUpdateKey {
  /** The name of the finalized feature to be updated. */
  feature: string;
  /** The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature. */
  maxVersionLevel: number;
  /** DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level. */
  allowDowngrade: boolean;
  /** Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy). */
  upgradeType: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultUpdateFeaturesRequestFeatureUpdateKey(): UpdateFeaturesRequestFeatureUpdateKey {
  return { feature: "", maxVersionLevel: 0, allowDowngrade: false, upgradeType: 1 };
}

function readUpdateFeaturesRequestFeatureUpdateKey(r: Reader, v: number, flex: boolean): UpdateFeaturesRequestFeatureUpdateKey {
  let feature: string = "";
  let maxVersionLevel: number = 0;
  let allowDowngrade: boolean = false;
  let upgradeType: number = 1;
  feature = (flex ? r.compactString("FeatureUpdateKey.Feature") : r.string("FeatureUpdateKey.Feature"));
  maxVersionLevel = r.int16("FeatureUpdateKey.MaxVersionLevel");
  if (v <= 0) {
    allowDowngrade = r.bool("FeatureUpdateKey.AllowDowngrade");
  }
  if (v >= 1) {
    upgradeType = r.int8("FeatureUpdateKey.UpgradeType");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FeatureUpdateKey._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FeatureUpdateKey._tagged");
      const size = r.uvarint("FeatureUpdateKey._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FeatureUpdateKey._tagged", size) });
    }
  }
  const m: UpdateFeaturesRequestFeatureUpdateKey = { feature, maxVersionLevel, allowDowngrade, upgradeType };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeUpdateFeaturesRequestFeatureUpdateKey(w: Writer, v: number, flex: boolean, m: UpdateFeaturesRequestFeatureUpdateKey): void {
  (flex ? w.compactString(m.feature!) : w.string(m.feature!));
  w.int16(m.maxVersionLevel);
  if (v <= 0) {
    w.bool(m.allowDowngrade);
  } else if (!(m.allowDowngrade === false)) throw unsupportedField("FeatureUpdateKey.AllowDowngrade", v);
  if (v >= 1) {
    w.int8(m.upgradeType);
  } else if (!(m.upgradeType === 1)) throw unsupportedField("FeatureUpdateKey.UpgradeType", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a UpdateFeaturesRequest of version `v`; the caller checks the reader for failure. */
export function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  return readUpdateFeaturesRequest(r, v, true);
}

/** Writes a UpdateFeaturesRequest of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeUpdateFeaturesRequest(w: Writer, v: number, m: UpdateFeaturesRequest): void {
  writeUpdateFeaturesRequest(w, v, true, m);
}

export const UpdateFeaturesRequestSchema: MessageSchema = {
  name: "UpdateFeaturesRequest",
  kind: "request",
  apiKey: 57,
  validVersions: [0, 1],
  flexibleVersions: [0, 1],
  fields: [{"name":"timeoutMs","prop":"timeoutMs","type":"int32","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"60000"},{"name":"FeatureUpdates","prop":"featureUpdates","type":"[]FeatureUpdateKey","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"Feature","prop":"feature","type":"string","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxVersionLevel","prop":"maxVersionLevel","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"AllowDowngrade","prop":"allowDowngrade","type":"bool","versions":[0,0],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"UpgradeType","prop":"upgradeType","type":"int8","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"1"}]},{"name":"ValidateOnly","prop":"validateOnly","type":"bool","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":"false"}],
};
