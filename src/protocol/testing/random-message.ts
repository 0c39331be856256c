// Random values for any generated message, built from its schema alone (so from Kafka's
// definitions, not from hand-written lists): for round-trip tests, fuzzing and benchmarks.
import type { FieldSchema } from '../codec.ts';
import { within, defaultOf } from '../fit.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export { within, defaultOf };
const isArray = (t: string): boolean => t.startsWith('[]');
export const PRIMITIVES = new Set(['bool', 'int8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'float64', 'string', 'uuid', 'bytes', 'records']);

const ALPHABET = ['a', 'b', 'Z', '9', '-', '_', '.', 'é', 'ß', '日', '本', '🙂'];

export function randomPrimitive(type: string, next: () => number): unknown {
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

export function randomStruct(fields: readonly FieldSchema[], v: number, flexible: boolean, next: () => number, depth: number): Record<string, unknown> {
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
