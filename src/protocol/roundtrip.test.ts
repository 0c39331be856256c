// Every message in the definitions, every valid version: random values built from the message's
// schema (itself generated from Kafka's JSON) are encoded, decoded and re-encoded. The decoded value
// must equal the original and the second encoding must be byte-identical to the first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as generated from './generated/index.ts';
import { Reader } from './reader.ts';
import { rng, within, defaultOf, randomPrimitive, randomStruct, PRIMITIVES } from './testing/random-message.ts';
import { Writer } from './writer.ts';
import { ProtocolError } from './errors.ts';
import type { MessageSchema } from './codec.ts';
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
