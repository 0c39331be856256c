// Every message in the definitions, every valid version: random values built from the message's
// schema (itself generated from Kafka's JSON) are encoded, decoded and re-encoded. The decoded value
// must equal the original and the second encoding must be byte-identical to the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as generated from './generated/index.ts';
import { Reader, ZERO_UUID } from './reader.ts';
import { Writer } from './writer.ts';
import { ProtocolError } from './errors.ts';
import type { FieldSchema, MessageSchema, VersionRange } from './codec.ts';
import { decodeRequest, decodeResponse, encodeRequest, encodeResponse } from './frames.ts';
import { API_DEFINITIONS, type ApiKey } from './generated/apis.ts';

type Codec = {
  schema: MessageSchema;
  decode: (r: Reader, v: number) => unknown;
  encode: (w: Writer, v: number, m: unknown) => void;
};

const exportsByName = generated as unknown as Record<string, unknown>;
const codecs: Codec[] = Object.entries(exportsByName)
  .filter(([k]) => k.endsWith('Schema'))
  .map(([k, schema]) => {
    const name = k.slice(0, -'Schema'.length);
    return {
      schema: schema as MessageSchema,
      decode: exportsByName[`decode${name}`] as Codec['decode'],
      encode: exportsByName[`encode${name}`] as Codec['encode'],
    };
  });

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const within = (v: number, r: VersionRange | null): boolean => r !== null && v >= r[0] && v <= r[1];
const isArray = (t: string): boolean => t.startsWith('[]');
const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'uuid', 'bytes', 'records']);

/** The value Kafka's rules give a field that is absent (written independently of the generator). */
function defaultOf(f: FieldSchema): unknown {
  if (f.default === 'null') return null;
  if (isArray(f.type)) return [];
  if (!PRIMITIVES.has(f.type)) return Object.fromEntries((f.fields ?? []).map((x) => [x.prop, defaultOf(x)]));
  switch (f.type) {
    case 'bool':
      return f.default === 'true';
    case 'int64':
      return BigInt(f.default ?? 0);
    case 'string':
      return f.default ?? '';
    case 'uuid':
      return ZERO_UUID;
    case 'bytes':
      return Buffer.alloc(0);
    case 'records':
      return f.nullable !== null ? null : Buffer.alloc(0);
    default:
      return Number(f.default ?? 0);
  }
}

const ALPHABET = ['a', 'b', 'Z', '9', '-', '_', '.', 'é', 'ß', '日', '本', '🙂'];

function randomPrimitive(type: string, next: () => number): unknown {
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  switch (type) {
    case 'bool':
      return next() < 0.5;
    case 'int8':
      return int(-128, 127);
    case 'int16':
      return int(-32768, 32767);
    case 'uint16':
      return int(0, 65535);
    case 'int32':
      return int(-2147483648, 2147483647);
    case 'uint32':
      return int(0, 4294967295);
    case 'int64':
      return BigInt.asIntN(64, (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff)));
    case 'float64':
      return (next() - 0.5) * 1e12;
    case 'string':
      return Array.from({ length: int(0, 12) }, () => ALPHABET[int(0, ALPHABET.length - 1)]).join('');
    case 'uuid': {
      const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      return Buffer.from(Array.from({ length: int(0, 40) }, () => int(0, 255)));
  }
}

function randomStruct(fields: readonly FieldSchema[], v: number, flexible: boolean, next: () => number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.prop] = within(v, f.versions) ? randomField(f, v, flexible, next, depth) : defaultOf(f);
  if (flexible && next() < 0.3) {
    const used = new Set(fields.filter((f) => f.tag !== null).map((f) => f.tag));
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => 10 + Math.floor(next() * 200)))]
      .filter((t) => !used.has(t))
      .sort((a, b) => a - b);
    if (tags.length > 0) out._unknownTaggedFields = tags.map((tag) => ({ tag, data: randomPrimitive('bytes', next) }));
  }
  return out;
}

function randomField(f: FieldSchema, v: number, flexible: boolean, next: () => number, depth: number): unknown {
  if (within(v, f.nullable) && next() < 0.2) return null;
  if (within(v, f.tagged) && next() < 0.3) return defaultOf(f);
  const element = isArray(f.type) ? f.type.slice(2) : f.type;
  const one = (): unknown => (PRIMITIVES.has(element) ? randomPrimitive(element, next) : randomStruct(f.fields ?? [], v, flexible, next, depth + 1));
  if (!isArray(f.type)) return one();
  const n = depth > 3 ? 0 : Math.floor(next() * 3);
  return Array.from({ length: n }, one);
}

function encode(c: Codec, v: number, value: unknown): Buffer {
  const w = new Writer(16);
  c.encode(w, v, value);
  return w.finish();
}

function versionsOf(s: MessageSchema): number[] {
  const out: number[] = [];
  for (let v = s.validVersions[0]; v <= s.validVersions[1]; v++) out.push(v);
  return out;
}

test('the definitions give codecs for every message', () => {
  assert.ok(codecs.length >= 180, `found ${codecs.length} message codecs`);
  const apis = Object.keys(API_DEFINITIONS).length;
  assert.ok(apis >= 85, `found ${apis} APIs`);
  for (const c of codecs) assert.equal(typeof c.decode, 'function', c.schema.name);
});

for (const c of codecs) {
  test(`${c.schema.name}: every version round-trips byte-identically`, () => {
    for (const v of versionsOf(c.schema)) {
      const flexible = within(v, c.schema.flexibleVersions);
      for (let seed = 1; seed <= 12; seed++) {
        const value = randomStruct(c.schema.fields, v, flexible, rng(seed * 7919 + v), 0);
        const bytes = encode(c, v, value);
        const r = new Reader(bytes);
        const decoded = c.decode(r, v);
        r.checkEnd({ message: c.schema.name, version: v });
        assert.deepStrictEqual(decoded, value, `${c.schema.name} v${v} seed ${seed}`);
        assert.deepStrictEqual(encode(c, v, decoded), bytes, `${c.schema.name} v${v} seed ${seed}: re-encoding differs`);
        // Every proper prefix of the encoding is a short input: a ProtocolError, never another exception.
        if (seed === 1 && bytes.length > 0) {
          const cut = new Reader(bytes.subarray(0, bytes.length - 1));
          c.decode(cut, v);
          assert.throws(() => cut.checkEnd({ message: c.schema.name, version: v }), ProtocolError);
        }
      }
    }
  });
}

test('ignorable fields are dropped in versions that lack them; others refuse to be written', () => {
  let ignorable = 0;
  let strict = 0;
  for (const c of codecs) {
    for (const v of versionsOf(c.schema)) {
      const flexible = within(v, c.schema.flexibleVersions);
      for (const f of c.schema.fields) {
        if (within(v, f.versions) || within(v, f.tagged) || !PRIMITIVES.has(f.type) || f.type === 'records') continue;
        const value = randomStruct(c.schema.fields, v, flexible, rng(v), 0);
        const base = encode(c, v, value);
        let other = randomPrimitive(f.type, rng(v + 1));
        if (JSON.stringify(String(other)) === JSON.stringify(String(defaultOf(f)))) other = f.type === 'bool' ? !defaultOf(f) : randomPrimitive(f.type, rng(v + 2));
        const changed = { ...value, [f.prop]: other };
        if (f.ignorable) {
          assert.deepStrictEqual(encode(c, v, changed), base, `${c.schema.name} v${v} ${f.name}`);
          ignorable++;
        } else {
          assert.throws(() => encode(c, v, changed), ProtocolError, `${c.schema.name} v${v} ${f.name}`);
          strict++;
        }
      }
    }
  }
  assert.ok(ignorable > 100 && strict > 100, `checked ${ignorable} ignorable and ${strict} strict cases`);
});

test('requests and responses of every API and version frame and unframe with their headers', () => {
  for (const [key, api] of Object.entries(API_DEFINITIONS)) {
    const k = Number(key) as ApiKey;
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      const flexible = api.flexibleMin !== null && v >= api.flexibleMin;
      const req = randomStruct(api.requestSchema.fields, v, flexible, rng(v + k * 100), 0);
      const frame = Buffer.concat(encodeRequest(k, v, 77, 'weir-test', req as never));
      assert.equal(frame.readInt32BE(0), frame.length - 4);
      const decoded = decodeRequest(frame.subarray(4));
      assert.equal(decoded.api.key, k);
      assert.equal(decoded.header.correlationId, 77);
      assert.equal(decoded.header.clientId, k === 7 && v === 0 ? '' : 'weir-test');
      assert.deepStrictEqual(decoded.body, req);
      const res = randomStruct(api.responseSchema.fields, v, flexible, rng(v + k * 100 + 1), 0);
      const out = Buffer.concat(encodeResponse(k, v, 78, res as never));
      const back = decodeResponse(k, v, out.subarray(4));
      assert.equal(back.correlationId, 78);
      assert.deepStrictEqual(back.body, res);
    }
  }
});

test('a null where the version does not allow one is refused when encoding', () => {
  const w = new Writer();
  assert.throws(
    () => generated.encodeMetadataRequest(w, 0, { topics: null, allowAutoTopicCreation: true, includeClusterAuthorizedOperations: false, includeTopicAuthorizedOperations: false }),
    (e: unknown) => e instanceof ProtocolError && /Topics/.test(e.message),
  );
});
