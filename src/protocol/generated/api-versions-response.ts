// Generated from ApiVersionsResponse.json by scripts/gen-protocol.ts — do not edit.
import type { Reader } from '../reader.ts';
import type { Writer } from '../writer.ts';
import type { MessageSchema, TaggedField, KnownTag } from '../codec.ts';
import { writeTaggedFields, unsupportedField, NO_TAGS } from '../codec.ts';

export interface ApiVersionsResponse {
  /** The top-level error code. */
  errorCode: number;
  /** The APIs supported by the broker. */
  apiKeys: ApiVersionsResponseApiVersion[];
  /** The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
  throttleTimeMs: number;
  /** Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. */
  supportedFeatures: ApiVersionsResponseSupportedFeatureKey[];
  /** The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. */
  finalizedFeaturesEpoch: bigint;
  /** List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. */
  finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[];
  /** Set by a KRaft controller if the required configurations for ZK migration are present */
  zkMigrationReady: boolean;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return { errorCode: 0, apiKeys: [], throttleTimeMs: 0, supportedFeatures: [], finalizedFeaturesEpoch: -1n, finalizedFeatures: [], zkMigrationReady: false };
}

function readApiVersionsResponse(r: Reader, v: number, flex: boolean): ApiVersionsResponse {
  let errorCode: number = 0;
  let apiKeys: ApiVersionsResponseApiVersion[] = [];
  let throttleTimeMs: number = 0;
  let supportedFeatures: ApiVersionsResponseSupportedFeatureKey[] = [];
  let finalizedFeaturesEpoch: bigint = -1n;
  let finalizedFeatures: ApiVersionsResponseFinalizedFeatureKey[] = [];
  let zkMigrationReady: boolean = false;
  errorCode = r.int16("ApiVersionsResponse.ErrorCode");
  {
    const n = (flex ? r.compactArrayLength("ApiVersionsResponse.ApiKeys") : r.arrayLength("ApiVersionsResponse.ApiKeys"));
    const a: ApiVersionsResponseApiVersion[] = [];
    for (let i = 0; i < n; i++) a.push(readApiVersionsResponseApiVersion(r, v, flex));
    apiKeys = a;
  }
  if (v >= 1) {
    throttleTimeMs = r.int32("ApiVersionsResponse.ThrottleTimeMs");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ApiVersionsResponse._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ApiVersionsResponse._tagged");
      const size = r.uvarint("ApiVersionsResponse._tagged");
      if (tag === 0 && v >= 3) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("ApiVersionsResponse.SupportedFeatures");
          const a: ApiVersionsResponseSupportedFeatureKey[] = [];
          for (let i = 0; i < n; i++) a.push(readApiVersionsResponseSupportedFeatureKey(r, v, flex));
          supportedFeatures = a;
        }
        if (r.pos !== end) r.fail("ApiVersionsResponse.SupportedFeatures", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 1 && v >= 3) {
        const end = r.pos + size;
        finalizedFeaturesEpoch = r.int64("ApiVersionsResponse.FinalizedFeaturesEpoch");
        if (r.pos !== end) r.fail("ApiVersionsResponse.FinalizedFeaturesEpoch", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 2 && v >= 3) {
        const end = r.pos + size;
        {
          const n = r.compactArrayLength("ApiVersionsResponse.FinalizedFeatures");
          const a: ApiVersionsResponseFinalizedFeatureKey[] = [];
          for (let i = 0; i < n; i++) a.push(readApiVersionsResponseFinalizedFeatureKey(r, v, flex));
          finalizedFeatures = a;
        }
        if (r.pos !== end) r.fail("ApiVersionsResponse.FinalizedFeatures", `tagged field size ${size} does not match its content`);
      }
      else if (tag === 3 && v >= 3) {
        const end = r.pos + size;
        zkMigrationReady = r.bool("ApiVersionsResponse.ZkMigrationReady");
        if (r.pos !== end) r.fail("ApiVersionsResponse.ZkMigrationReady", `tagged field size ${size} does not match its content`);
      }
      else (unknown ??= []).push({ tag, data: r.raw("ApiVersionsResponse._tagged", size) });
    }
  }
  const m: ApiVersionsResponse = { errorCode, apiKeys, throttleTimeMs, supportedFeatures, finalizedFeaturesEpoch, finalizedFeatures, zkMigrationReady };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeApiVersionsResponse(w: Writer, v: number, flex: boolean, m: ApiVersionsResponse): void {
  w.int16(m.errorCode);
  (flex ? w.uvarint(m.apiKeys!.length + 1) : w.int32(m.apiKeys!.length));
  for (const x of m.apiKeys!) writeApiVersionsResponseApiVersion(w, v, flex, x!);
  if (v >= 1) {
    w.int32(m.throttleTimeMs);
  }
  if (flex) {
    const known: KnownTag[] = [];
    if (v >= 3 && !(m.supportedFeatures.length === 0)) {
      known.push({ tag: 0, write: (w: Writer) => {
        w.uvarint(m.supportedFeatures!.length + 1);
        for (const x of m.supportedFeatures!) writeApiVersionsResponseSupportedFeatureKey(w, v, flex, x!);
      } });
    }
    if (v >= 3 && !(m.finalizedFeaturesEpoch === -1n)) {
      known.push({ tag: 1, write: (w: Writer) => {
        w.int64(m.finalizedFeaturesEpoch);
      } });
    }
    if (v >= 3 && !(m.finalizedFeatures.length === 0)) {
      known.push({ tag: 2, write: (w: Writer) => {
        w.uvarint(m.finalizedFeatures!.length + 1);
        for (const x of m.finalizedFeatures!) writeApiVersionsResponseFinalizedFeatureKey(w, v, flex, x!);
      } });
    }
    if (v >= 3 && !(m.zkMigrationReady === false)) {
      known.push({ tag: 3, write: (w: Writer) => {
        w.bool(m.zkMigrationReady);
      } });
    }
    writeTaggedFields(w, known, m._unknownTaggedFields);
  }
}

export interface ApiVersionsResponseApiVersion {
  /** The API index. */
  apiKey: number;
  /** The minimum supported version, inclusive. */
  minVersion: number;
  /** The maximum supported version, inclusive. */
  maxVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsResponseApiVersion(): ApiVersionsResponseApiVersion {
  return { apiKey: 0, minVersion: 0, maxVersion: 0 };
}

function readApiVersionsResponseApiVersion(r: Reader, v: number, flex: boolean): ApiVersionsResponseApiVersion {
  let apiKey: number = 0;
  let minVersion: number = 0;
  let maxVersion: number = 0;
  apiKey = r.int16("ApiVersion.ApiKey");
  minVersion = r.int16("ApiVersion.MinVersion");
  maxVersion = r.int16("ApiVersion.MaxVersion");
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("ApiVersion._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("ApiVersion._tagged");
      const size = r.uvarint("ApiVersion._tagged");
      (unknown ??= []).push({ tag, data: r.raw("ApiVersion._tagged", size) });
    }
  }
  const m: ApiVersionsResponseApiVersion = { apiKey, minVersion, maxVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeApiVersionsResponseApiVersion(w: Writer, v: number, flex: boolean, m: ApiVersionsResponseApiVersion): void {
  w.int16(m.apiKey);
  w.int16(m.minVersion);
  w.int16(m.maxVersion);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ApiVersionsResponseSupportedFeatureKey {
  /** The name of the feature. */
  name: string;
  /** The minimum supported version for the feature. */
  minVersion: number;
  /** The maximum supported version for the feature. */
  maxVersion: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsResponseSupportedFeatureKey(): ApiVersionsResponseSupportedFeatureKey {
  return { name: "", minVersion: 0, maxVersion: 0 };
}

function readApiVersionsResponseSupportedFeatureKey(r: Reader, v: number, flex: boolean): ApiVersionsResponseSupportedFeatureKey {
  let name: string = "";
  let minVersion: number = 0;
  let maxVersion: number = 0;
  if (v >= 3) {
    name = (flex ? r.compactString("SupportedFeatureKey.Name") : r.string("SupportedFeatureKey.Name"));
  }
  if (v >= 3) {
    minVersion = r.int16("SupportedFeatureKey.MinVersion");
  }
  if (v >= 3) {
    maxVersion = r.int16("SupportedFeatureKey.MaxVersion");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("SupportedFeatureKey._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("SupportedFeatureKey._tagged");
      const size = r.uvarint("SupportedFeatureKey._tagged");
      (unknown ??= []).push({ tag, data: r.raw("SupportedFeatureKey._tagged", size) });
    }
  }
  const m: ApiVersionsResponseSupportedFeatureKey = { name, minVersion, maxVersion };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeApiVersionsResponseSupportedFeatureKey(w: Writer, v: number, flex: boolean, m: ApiVersionsResponseSupportedFeatureKey): void {
  if (v >= 3) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("SupportedFeatureKey.Name", v);
  if (v >= 3) {
    w.int16(m.minVersion);
  } else if (!(m.minVersion === 0)) throw unsupportedField("SupportedFeatureKey.MinVersion", v);
  if (v >= 3) {
    w.int16(m.maxVersion);
  } else if (!(m.maxVersion === 0)) throw unsupportedField("SupportedFeatureKey.MaxVersion", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

export interface ApiVersionsResponseFinalizedFeatureKey {
  /** The name of the feature. */
  name: string;
  /** The cluster-wide finalized max version level for the feature. */
  maxVersionLevel: number;
  /** The cluster-wide finalized min version level for the feature. */
  minVersionLevel: number;
  _unknownTaggedFields?: TaggedField[];
}

export function defaultApiVersionsResponseFinalizedFeatureKey(): ApiVersionsResponseFinalizedFeatureKey {
  return { name: "", maxVersionLevel: 0, minVersionLevel: 0 };
}

function readApiVersionsResponseFinalizedFeatureKey(r: Reader, v: number, flex: boolean): ApiVersionsResponseFinalizedFeatureKey {
  let name: string = "";
  let maxVersionLevel: number = 0;
  let minVersionLevel: number = 0;
  if (v >= 3) {
    name = (flex ? r.compactString("FinalizedFeatureKey.Name") : r.string("FinalizedFeatureKey.Name"));
  }
  if (v >= 3) {
    maxVersionLevel = r.int16("FinalizedFeatureKey.MaxVersionLevel");
  }
  if (v >= 3) {
    minVersionLevel = r.int16("FinalizedFeatureKey.MinVersionLevel");
  }
  let unknown: TaggedField[] | undefined;
  if (flex) {
    const count = r.taggedCount("FinalizedFeatureKey._tagged");
    for (let i = 0; i < count; i++) {
      const tag = r.uvarint("FinalizedFeatureKey._tagged");
      const size = r.uvarint("FinalizedFeatureKey._tagged");
      (unknown ??= []).push({ tag, data: r.raw("FinalizedFeatureKey._tagged", size) });
    }
  }
  const m: ApiVersionsResponseFinalizedFeatureKey = { name, maxVersionLevel, minVersionLevel };
  if (unknown !== undefined) m._unknownTaggedFields = unknown;
  return m;
}

function writeApiVersionsResponseFinalizedFeatureKey(w: Writer, v: number, flex: boolean, m: ApiVersionsResponseFinalizedFeatureKey): void {
  if (v >= 3) {
    (flex ? w.compactString(m.name!) : w.string(m.name!));
  } else if (!(m.name === "")) throw unsupportedField("FinalizedFeatureKey.Name", v);
  if (v >= 3) {
    w.int16(m.maxVersionLevel);
  } else if (!(m.maxVersionLevel === 0)) throw unsupportedField("FinalizedFeatureKey.MaxVersionLevel", v);
  if (v >= 3) {
    w.int16(m.minVersionLevel);
  } else if (!(m.minVersionLevel === 0)) throw unsupportedField("FinalizedFeatureKey.MinVersionLevel", v);
  if (flex) {
    writeTaggedFields(w, NO_TAGS, m._unknownTaggedFields);
  }
}

/** Reads a ApiVersionsResponse of version `v`; the caller checks the reader for failure. */
export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  return readApiVersionsResponse(r, v, v >= 3);
}

/** Writes a ApiVersionsResponse of version `v`; throws a ProtocolError when a field cannot be expressed in it. */
export function encodeApiVersionsResponse(w: Writer, v: number, m: ApiVersionsResponse): void {
  writeApiVersionsResponse(w, v, v >= 3, m);
}

export const ApiVersionsResponseSchema: MessageSchema = {
  name: "ApiVersionsResponse",
  kind: "response",
  apiKey: 18,
  validVersions: [0, 4],
  flexibleVersions: [3, 4],
  fields: [{"name":"ErrorCode","prop":"errorCode","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"ApiKeys","prop":"apiKeys","type":"[]ApiVersion","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null,"fields":[{"name":"ApiKey","prop":"apiKey","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinVersion","prop":"minVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxVersion","prop":"maxVersion","type":"int16","versions":[0,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"ThrottleTimeMs","prop":"throttleTimeMs","type":"int32","versions":[1,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":true,"flexible":null,"default":null},{"name":"SupportedFeatures","prop":"supportedFeatures","type":"[]SupportedFeatureKey","versions":[3,32767],"nullable":null,"tagged":[3,32767],"tag":0,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinVersion","prop":"minVersion","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxVersion","prop":"maxVersion","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"FinalizedFeaturesEpoch","prop":"finalizedFeaturesEpoch","type":"int64","versions":[3,32767],"nullable":null,"tagged":[3,32767],"tag":1,"ignorable":true,"flexible":null,"default":"-1"},{"name":"FinalizedFeatures","prop":"finalizedFeatures","type":"[]FinalizedFeatureKey","versions":[3,32767],"nullable":null,"tagged":[3,32767],"tag":2,"ignorable":true,"flexible":null,"default":null,"fields":[{"name":"Name","prop":"name","type":"string","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MaxVersionLevel","prop":"maxVersionLevel","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null},{"name":"MinVersionLevel","prop":"minVersionLevel","type":"int16","versions":[3,32767],"nullable":null,"tagged":null,"tag":null,"ignorable":false,"flexible":null,"default":null}]},{"name":"ZkMigrationReady","prop":"zkMigrationReady","type":"bool","versions":[3,32767],"nullable":null,"tagged":[3,32767],"tag":3,"ignorable":true,"flexible":null,"default":"false"}],
};
